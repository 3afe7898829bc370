import NewsCore
import Testing
@testable import NewsExtract

/// The fixed reference day of every date test.
let dateReference = CalendarDay(year: 2025, month: 7, day: 28)

/// One table row: a sentence, the date text expected in it and its value in compact form
/// (`2025-05-21` for a point, `2025-01..2025-05` for a period).
struct DateExample: Sendable, CustomStringConvertible {
  var sentence: String
  var text: String
  var value: String
  var description: String { "\(sentence) → \(value)" }

  init(_ sentence: String, _ text: String, _ value: String) {
    self.sentence = sentence
    self.text = text
    self.value = value
  }
}

/// The date facts of `sentence` at the reference day (or none).
func dateFacts(_ sentence: String, reference: CalendarDay? = dateReference, dayFirst: Bool? = nil) -> [Fact] {
  DateExtractor().facts(in: sentence, context: ExtractionContext(reference: reference, dayFirst: dayFirst))
}

/// A value in the compact form of `DateExample.value`.
func compact(_ value: JSON) -> String {
  if let v = value["value"]?.stringValue { return v }
  return "\(value["start"]?.stringValue ?? "?")..\(value["end"]?.stringValue ?? "?")"
}

/// Expects `example.text` among the dates of its sentence, with `example.value`.
func expectReads(_ example: DateExample, sourceLocation: SourceLocation = #_sourceLocation) {
  let facts = dateFacts(example.sentence)
  let fact = facts.first { $0.text == example.text }
  #expect(fact != nil, "no date \"\(example.text)\" in \(facts.map(\.text))", sourceLocation: sourceLocation)
  if let fact { #expect(compact(fact.value) == example.value, sourceLocation: sourceLocation) }
}

/// Expects no date at all in `sentence`.
func expectNoDate(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let facts = dateFacts(sentence)
  #expect(facts.isEmpty, "\(facts.map(\.text))", sourceLocation: sourceLocation)
}
