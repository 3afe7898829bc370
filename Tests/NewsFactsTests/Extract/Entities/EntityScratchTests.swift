import NewsCore
import Testing
@testable import NewsExtract

/// Scratch buffers kept between entity passes change nothing: tokens written into a reused
/// scratch are the tokens of a fresh array, whatever text the scratch held before, and a
/// text read twice (the second time with buffers left by other texts) gives the same mentions.
@Suite struct EntityScratchTests {
  /// Texts in an order that makes the scratch grow, shrink in use and grow again.
  static let texts = [
    "President Tokayev met Chancellor Olaf Scholz in Berlin on Monday.",
    String(repeating: ",", count: 300),
    "",
    String(repeating: "The Kazakh Ministry of Energy said. ", count: 40),
    "A.",
  ]

  static func fields(_ tokens: some Sequence<NameToken>) -> [[UInt64]] {
    tokens.map { [UInt64($0.start), UInt64($0.end), UInt64($0.shape.rawValue), $0.key] }
  }

  @Test func reusedScratchGivesTheTokensOfAFreshArray() {
    let scratch = EntityScratch()
    for text in Self.texts + Self.texts.reversed() {
      let bytes = Array(text.utf8)
      let fresh = bytes.withUnsafeBufferPointer { NameTokenizer.tokens($0) }
      let reused = bytes.withUnsafeBufferPointer { Array(NameTokenizer.tokens($0, in: scratch)) }
      #expect(Self.fields(reused) == Self.fields(fresh), "\(text.prefix(30))")
    }
  }

  @Test func mentionsDoNotDependOnTheTextsReadBefore() {
    let extractor = EntityExtractor()
    let first = Self.texts.map { extractor.mentions(in: $0) }
    let again = Self.texts.reversed().map { extractor.mentions(in: $0) }.reversed()
    for (a, b) in zip(first, again) {
      #expect(a.map(\.span) == b.map(\.span))
      #expect(a.map(\.rule) == b.map(\.rule))
    }
    #expect(first[0].contains { $0.text == "Olaf Scholz" })
  }
}
