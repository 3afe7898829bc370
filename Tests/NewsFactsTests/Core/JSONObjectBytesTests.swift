import Testing
@testable import NewsCore

/// `JSON.object(parsing:rawKeys:)`: the stream's way to read a page as bytes.
@Suite struct JSONObjectBytesTests {
  static func read(_ line: String) throws -> JSONObjectBytes? {
    try JSON.object(parsing: Array(line.utf8), rawKeys: ["html", "text"])
  }

  /// Raw strings decode exactly as `JSON(parsing:)` decodes them.
  @Test(arguments: [
    #""plain""#,
    #""Erdo\u011fan \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t""#,
    #""lone \ud800 high, lone \udc00 low, bad pair \ud800\u0041 end""#,
    #""Ünïcödé as is: 東京 — ok""#,
    #""a long run before an escape: 0123456789012345678901234567890123456789\n and after""#,
    #""""#,
  ])
  func decodesStringsAsTheTreeReaderDoes(_ literal: String) throws {
    let tree = try JSON(parsing: Array(literal.utf8)).stringValue
    let raw = try #require(try Self.read(#"{"html": "# + literal + "}"))
    #expect(raw.strings["html"].map { String(decoding: $0, as: UTF8.self) } == tree)
  }

  @Test func decodesLoneSurrogatesAsReplacementCharacters() throws {
    let object = try #require(try Self.read(#"{"text": "a\ud800b \udc00 \ud800\u0041c"}"#))
    #expect(object.strings["text"] == Array("a\u{FFFD}b \u{FFFD} \u{FFFD}c".utf8))
  }

  @Test func keepsOtherMembersAsValues() throws {
    let object = try #require(try Self.read(#"{"id": 7, "url": "https://x", "text": "a\nb", "extra": [1, {"k": null}]}"#))
    #expect(object.members == ["id": 7, "url": "https://x", "extra": [1, ["k": nil]]])
    #expect(object.strings == ["text": Array("a\nb".utf8)])
  }

  @Test func theLastOfTwoSameKeysCounts() throws {
    let replaced = try #require(try Self.read(#"{"html": "a", "html": 5}"#))
    #expect(replaced.strings["html"] == nil && replaced.members["html"] == 5)
    let restored = try #require(try Self.read(#"{"html": 5, "html": "b"}"#))
    #expect(restored.strings["html"] == Array("b".utf8) && restored.members["html"] == nil)
  }

  @Test(arguments: ["[1, 2]", "\"text\"", "  42 ", "null"])
  func givesNilForValidJSONThatIsNoObject(_ line: String) throws {
    #expect(try Self.read(line) == nil)
  }

  @Test(arguments: [
    ("{\"html\": \"abc", "unterminated string"),
    ("{\"html\" \"x\"}", "expected ':'"),
    ("{\"html\": \"x\",}", "expected a string key"),
    ("{\"html\": \"x\"} x", "unexpected data after the value"),
    ("{\"html\": \"\\q\"}", "bad escape '\\q'"),
    ("[1,]", "unexpected character ']'"),
  ])
  func rejectsWhatTheTreeReaderRejects(_ line: String, reason: String) {
    #expect {
      _ = try Self.read(line)
    } throws: { error in
      (error as? JSONReadError)?.message == reason
    }
  }

  /// Where a broken escape is reported: the bad digit, or the escape's start when cut short.
  @Test(arguments: [
    (#""\u12G4""#, "bad hex digit in \\u escape", 5),
    (#""\u12"#, "truncated \\u escape", 3),
    (#""\ud800\u12x4""#, "bad hex digit in \\u escape", 11),
    (#""ab\"#, "unterminated string", 4),
    (#""a\qb""#, "bad escape '\\q'", 4),
  ])
  func reportsBrokenEscapesWhereTheyAre(_ literal: String, message: String, offset: Int) {
    #expect {
      _ = try JSON(parsing: Array(literal.utf8))
    } throws: { error in
      (error as? JSONReadError).map { $0.message == message && $0.offset == offset } ?? false
    }
  }

  @Test(arguments: [
    ("", true), ("plain ASCII", true), ("Zürich 東京 😀", true),
  ])
  func validatesUTF8(_ text: String, valid: Bool) {
    #expect(UTF8Validity.isValid(Array(text.utf8)) == valid)
  }

  @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x41, 0xE2, 0x82], [0xFF]] as [[UInt8]])
  func rejectsMalformedUTF8(_ bytes: [UInt8]) {
    #expect(!UTF8Validity.isValid(bytes))
  }

  /// Output strings: runs copied whole, every byte that needs it escaped.
  @Test(arguments: [
    ("plain", #""plain""#),
    ("q\"b\\n\nr\rt\tc\u{01}d\u{7F}e", #""q\"b\\n\nr\rt\tc\u0001d\u007fe""#),
    ("\u{1F}東京\"", #""\u001f東京\"""#),
    ("", #""""#),
  ])
  func writesStringsEscaped(_ value: String, written: String) {
    #expect(JSONWriter().string(of: .string(value)) == written)
  }
}
