import Testing

@testable import NewsExtract

/// The marker table against comparing every marker at every position, ignoring ASCII case.
@Suite struct DateMarkerTableTests {
  static func reference(_ markers: [String], _ text: [UInt8], at i: Int, to: Int) -> Bool {
    markers.contains { marker in
      let needle = Array(marker.utf8)
      guard i + needle.count <= to else { return false }
      return needle.indices.allSatisfy { j in DateMarkerTable.lower(text[i + j]) == needle[j] }
    }
  }

  @Test func findsWhatComparingEveryMarkerFinds() {
    let markers = DateVocabulary.futureMarkers + ["x", "é!"]
    let table = DateMarkerTable(markers)
    var random = Generator(seed: 90)
    let pieces = ["Will ", "will", "'LL ", "shall ", "Going To ", "plan", "plans to", "expected to", "is to ", "IS TO", "set ",
                  "upcoming", "would ", " ", ".", "X", "é!", "É!", "e"]
    for _ in 0..<1_000 {
      let text = Array((0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined().utf8)
      text.withUnsafeBufferPointer { buffer in
        for i in text.indices {
          for to in i...text.count {
            #expect(table.matches(buffer, at: i, to: to) == Self.reference(markers, text, at: i, to: to))
          }
        }
      }
    }
    #expect(!table.hasEmpty)
    #expect(DateMarkerTable(["a", ""]).hasEmpty)
  }
}
