import Testing
@testable import NewsCore

@Suite struct TextBufferBatchTests {
  /// Texts with folded characters (curly quotes, no-break spaces, dashes) at various places.
  static let originals = [
    "Kazakhstan\u{2019}s \u{201C}$990\u{00A0}million\u{201D} \u{2013} 3\u{2009}000",
    "Plain ASCII text without any folded character.",
    "\u{201C}Erdoğan\u{201D} met \u{2018}Tokayev\u{2019} \u{2014} in Astana\u{00A0}City, 2025\u{2013}07\u{2013}28.",
  ]

  /// Every range of words and the spaces around them, in text order and then reversed and
  /// overlapping, so that the batch walk is asked forward, backward and in place.
  static func ranges(_ text: TextBuffer) -> [Range<Int>] {
    var bounds = [0]
    for (i, b) in text.bytes.enumerated() where b == 0x20 { bounds.append(i) }
    bounds.append(text.bytes.count)
    var ranges: [Range<Int>] = []
    for i in 1..<bounds.count { ranges.append(bounds[i - 1]..<bounds[i]) }
    for i in 2..<max(2, bounds.count) { ranges.append(bounds[i - 2]..<bounds[i]) }
    return ranges + ranges.reversed()
  }

  @Test(arguments: originals)
  func batchTextsEqualOneByOneTexts(_ original: String) {
    let text = TextBuffer(original)
    let ranges = Self.ranges(text)
    #expect(text.texts(of: ranges) == ranges.map { text.text(of: $0) })
  }

  @Test func batchTextsKeepOriginalCharacters() {
    let text = TextBuffer("A \u{201C}quote\u{201D} and\u{00A0}more")
    let quote = text.bytes.firstIndex(of: UInt8(ascii: "\""))!
    let more = text.bytes.count - 4
    #expect(text.texts(of: [quote..<(quote + 7), more..<text.bytes.count, 0..<1]) == ["\u{201C}quote\u{201D}", "more", "A"])
  }
}
