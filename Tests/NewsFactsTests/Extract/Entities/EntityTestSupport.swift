import Testing
import NewsCore
import NewsNormalize
@testable import NewsExtract

/// Shared helpers of the entity tests: run the extractor at the fixed reference date and
/// list what it found as (type, text) pairs.
enum EntityTestSupport {
  static let context = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28), language: "en")
  static let extractor = EntityExtractor()

  static func mentions(_ text: String) -> [EntityMention] {
    extractor.mentions(in: TextBuffer(text), context: context)
  }

  /// `person:Kassym-Jomart Tokayev`-style labels of the mentions of `text`.
  static func labels(_ text: String) -> [String] {
    mentions(text).map { "\($0.type.rawValue):\($0.text)" }
  }

  /// Expects every `expected` label among the mentions of `example.text`, and no `absent` one.
  static func expect(_ example: EntityExample, sourceLocation: SourceLocation = #_sourceLocation) {
    let labels = labels(example.text)
    for label in example.expected { #expect(labels.contains(label), "\(labels)", sourceLocation: sourceLocation) }
    for label in example.absent { #expect(!labels.contains(label), "\(labels)", sourceLocation: sourceLocation) }
  }

  static func entities(_ text: String) -> [Entity] {
    EntityResolver().entities(from: mentions(text))
  }
}

/// One row of a table-driven test: an input and the mentions it must (and must not) give.
struct EntityExample: CustomTestStringConvertible, Sendable {
  var text: String
  var expected: [String]
  var absent: [String] = []
  var testDescription: String { text }
}
