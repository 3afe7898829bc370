import Foundation
import Testing
@testable import NewsCore
@testable import NewsPipeline

/// The `extract --ndjson` contract (../shared/docs/contract.md): one line out per line in,
/// same id and order, error lines for bad lines, code-point offsets.
@Suite struct NDJSONContractTests {
  @Test func answersEveryLineInOrderWithItsOwnId() throws {
    var objects: [JSON] = []
    for i in 0..<60 {
      // Documents of very different sizes, so parallel workers finish out of order.
      let body = String(repeating: "Trade rose 4.5 percent to $1.9 billion. ", count: i % 7 == 0 ? 400 : 1)
      objects.append(i % 2 == 0 ? ["id": .string("t\(i)"), "text": .string(body)] : ["id": .int(i), "html": .string("<p>\(body)</p>")])
    }
    let out = StreamHarness.run(StreamHarness.lines(objects))
    #expect(out.count == 60)
    for (i, line) in out.enumerated() {
      let json = try StreamHarness.parse(line)
      #expect(json["id"] == objects[i]["id"])
      #expect(json["error"] == nil)
    }
  }

  @Test func badLinesGetErrorLinesAndTheStreamGoesOn() throws {
    var input: [UInt8] = []
    input += Array(#"{"id":"ok1","text":"It cost $5 million."}"#.utf8) + [10]
    input += Array("this is not json".utf8) + [10]
    input += Array(#"{"id":"none"}"#.utf8) + [10]
    input += Array(#"[1,2]"#.utf8) + [10]
    input += [0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D, 10]  // invalid UTF-8
    input += [10]  // an empty line
    input += Array(#"{"id":"ok2","html":"<p>Up 3%.</p>"}"#.utf8)  // no final newline
    let out = try StreamHarness.run(input).map(StreamHarness.parse)
    #expect(out.count == 7)
    #expect(out[0]["id"] == "ok1" && out[0]["error"] == nil)
    #expect(out[1]["id"] == JSON.null && out[1]["error"]?.stringValue?.contains("invalid JSON") == true)
    #expect(out[2]["id"] == "none" && out[2]["error"]?.stringValue?.contains("neither a \"text\" nor an \"html\"") == true)
    #expect(out[3]["error"]?.stringValue?.contains("not a JSON object") == true)
    #expect(out[4]["error"]?.stringValue?.contains("not valid UTF-8") == true)
    #expect(out[5]["error"]?.stringValue?.contains("empty") == true)
    #expect(out[6]["id"] == "ok2" && out[6]["error"] == nil)
  }

  @Test func offsetsAreCodePointsIntoTheReturnedText() throws {
    let text = "Türkiye’s exports 🇹🇷 reached $1.9\u{00A0}billion in 2024."
    let out = StreamHarness.run(StreamHarness.lines([["id": "u", "text": .string(text)]]))
    let json = try StreamHarness.parse(out[0])
    #expect(json["text"]?.stringValue == text)
    let scalars = Array(text.unicodeScalars)
    guard case .array(let facts)? = json["facts"] else { Issue.record("no facts"); return }
    let money = facts.first { $0["kind"] == "money" }
    #expect(money != nil)
    for fact in facts {
      let start = Int(fact["start"]!.doubleValue!), end = Int(fact["end"]!.doubleValue!)
      let slice = String(String.UnicodeScalarView(scalars[start..<end]))
      #expect(slice == fact["text"]?.stringValue)
    }
    #expect(money?["text"]?.stringValue == "$1.9\u{00A0}billion")
  }

  @Test func publishedIsTheReferenceAndABadOneIsAWarningNotALoss() throws {
    let lines: [JSON] = [
      ["id": "a", "text": "Trade grew last year.", "published": "2025-07-28"],
      ["id": "b", "text": "Trade grew last year.", "published": "July 28th"],
    ]
    let out = try StreamHarness.run(StreamHarness.lines(lines)).map(StreamHarness.parse)
    #expect(out[0]["published"] == "2025-07-28")
    #expect(out[1]["error"] == nil)
    #expect(out[1]["warnings"] != nil)
  }

  @Test func answersALineBeforeTheStreamEnds() throws {
    // A client that sends one line and waits must get its answer without closing its end.
    let inPipe = Pipe(), outPipe = Pipe()
    let stream = NDJSONStream(pipeline: Pipeline(), output: outPipe.fileHandleForWriting.fileDescriptor)
    let finished = DispatchSemaphore(value: 0)
    Thread { stream.run(input: inPipe.fileHandleForReading.fileDescriptor); finished.signal() }.start()
    inPipe.fileHandleForWriting.write(Data(#"{"id":"first","text":"Up 3%."}"#.utf8 + [10]))
    var received = Data()
    while !received.contains(10) { received += outPipe.fileHandleForReading.availableData }
    #expect(String(decoding: received, as: UTF8.self).contains(#""id":"first""#))
    try inPipe.fileHandleForWriting.close()
    finished.wait()
  }
}
