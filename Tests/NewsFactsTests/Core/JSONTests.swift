import Testing
@testable import NewsCore

@Suite struct JSONTests {
  @Test(arguments: [
    (#"{"b":1,"a":[true,false,null],"c":"x"}"#, #"{"a":[true,false,null],"b":1,"c":"x"}"#),
    (#"  {"text":"Erdo\u011fan \ud83d\ude00 \"q\" \\ \/"}  "#, #"{"text":"Erdoğan 😀 \"q\" \\ /"}"#),
    (#"[1.5, -2, 3e2, 0]"#, #"[1.5,-2,300,0]"#),
    (#"{"nested":{"z":{},"y":[]}}"#, #"{"nested":{"y":[],"z":{}}}"#),
    ("\"line\\nbreak\\ttab\\u0001\"", "\"line\\nbreak\\ttab\\u0001\""),
  ])
  func roundTripsWithSortedKeys(input: String, written: String) throws {
    let value = try JSON(parsing: Array(input.utf8))
    #expect(JSONWriter().string(of: value) == written)
  }

  @Test(arguments: [
    ("{\"a\":1", "unterminated object"),
    ("{\"a\" 1}", "expected ':'"),
    ("[1,]", "unexpected character ']'"),
    ("nul", "expected null"),
    ("{} x", "unexpected data after the value"),
    ("\"abc", "unterminated string"),
  ])
  func rejectsMalformedInputWithAReason(input: String, reason: String) {
    #expect {
      _ = try JSON(parsing: Array(input.utf8))
    } throws: { error in
      (error as? JSONReadError)?.message == reason
    }
  }

  @Test func rejectsHostileNesting() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONReadError.self) { _ = try JSON(parsing: Array(deep.utf8)) }
  }

  @Test func writesWholeNumbersAsIntegersAndOthersShortest() {
    #expect(JSONWriter().string(of: .number(622_500_000)) == "622500000")
    #expect(JSONWriter().string(of: .number(0.5)) == "0.5")
    #expect(JSONWriter().string(of: .number(4.5)) == "4.5")
    #expect(JSONWriter().string(of: .double(.nan)) == "null")
  }

  @Test func prettyOutputIsIndentedAndStable() {
    let value: JSON = ["b": [1, 2], "a": "x"]
    #expect(JSONWriter(pretty: true).string(of: value) == "{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    2\n  ]\n}")
  }
}
