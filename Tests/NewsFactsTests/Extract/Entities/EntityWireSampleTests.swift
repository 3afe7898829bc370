import Foundation
import NewsCore
import Testing

/// Quality gate: exact-span micro F1 over the annotated wire-style samples
/// (`Fixtures/entities/*.txt`, the same files `Scripts/eval-entities` scores).
@Suite struct EntityWireSampleTests {
  struct Sample {
    var text: String
    var gold: Set<String>
  }

  static func samples(_ name: String) throws -> [Sample] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/entities/\(name)", withExtension: "txt"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    var documents: [[Substring]] = [[]]
    for line in lines where !line.hasPrefix("#") {
      if line.trimmingCharacters(in: .whitespaces) == "===" { documents.append([]) } else { documents[documents.count - 1].append(line) }
    }
    let mark = try Regex(#"\[(PER|ORG|LOC) ([^\]]+)\]"#)
    let types = ["PER": "person", "ORG": "organization", "LOC": "location"]
    return documents.compactMap { lines in
      let marked = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
      guard !marked.isEmpty else { return nil }
      var text = "", gold: Set<String> = [], rest = marked[...]
      while let match = rest.firstMatch(of: mark) {
        text += rest[..<match.range.lowerBound]
        let start = text.unicodeScalars.count
        let name = String(match.output[2].substring!)
        text += name
        gold.insert("\(types[String(match.output[1].substring!)]!):\(start):\(text.unicodeScalars.count)")
        rest = rest[match.range.upperBound...]
      }
      text += rest
      return Sample(text: text, gold: gold)
    }
  }

  static func f1(_ name: String) throws -> Double {
    var tp = 0, fp = 0, fn = 0
    for sample in try samples(name) {
      var predicted: Set<String> = []
      for entity in EntityTestSupport.entities(sample.text) {
        for m in entity.mentions { predicted.insert("\(entity.type.rawValue):\(m.span.start):\(m.span.end)") }
      }
      tp += predicted.intersection(sample.gold).count
      fp += predicted.subtracting(sample.gold).count
      fn += sample.gold.subtracting(predicted).count
    }
    let precision = Double(tp) / Double(max(tp + fp, 1)), recall = Double(tp) / Double(max(tp + fn, 1))
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  @Test func samplesParse() throws {
    let samples = try Self.samples("wire-samples")
    #expect(samples.count == 15)
    #expect(samples[0].text.hasPrefix("ATHENS 1997-03-14"))
    #expect(samples[0].gold.contains("location:0:6"))
  }

  /// Pinned floors, a little under the measured scores (0.97, 0.96, 0.97, 0.95, 0.95, 0.96, 0.94
  /// on 2026-11-25; wire-samples-6 scored 0.81 before the rules it measured, -7 0.93 as written).
  @Test(arguments: ["wire-samples", "wire-samples-2", "wire-samples-3", "wire-samples-4", "wire-samples-5", "wire-samples-6", "wire-samples-7"])
  func scoresAboveTheFloor(_ name: String) throws {
    #expect(try Self.f1(name) >= 0.90)
  }

  /// wire-samples-8 was written blind (by a session without the code) and scored 0.874 as
  /// written on 2026-12-02, 0.938 after the rules it led to; its floor sits a little under.
  @Test func blindSampleScoresAboveItsFloor() throws {
    #expect(try Self.f1("wire-samples-8") >= 0.92)
  }

  /// wire-samples-9 was written blind to be hard (no cues, names shared by a person, a company
  /// and a place): 0.830 as written, 0.850 before its misses were read, 0.912 after.
  @Test func hardBlindSampleScoresAboveItsFloor() throws {
    #expect(try Self.f1("wire-samples-9") >= 0.89)
  }
}
