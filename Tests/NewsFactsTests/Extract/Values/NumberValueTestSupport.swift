import NewsCore
import Testing

@testable import NewsExtract

/// One table row: an input sentence, the text of the single fact expected in it, its value,
/// and optionally its qualifier and attributes.
struct NumberValueCase: Sendable, CustomTestStringConvertible {
  let input: String
  let text: String
  let value: JSON
  var qualifier: String? = nil
  var attributes: [String: JSON] = [:]

  var testDescription: String { input }
}

/// The fixed reference date of every value table (2025-07-28).
let numberTablesContext = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28))

/// Money and other shorthands for the tables.
func usdAmount(_ amount: Double) -> JSON { ["amount": .number(amount), "currency": "USD"] }
func moneyAmount(_ amount: Double, _ currency: String) -> JSON {
  ["amount": .number(amount), "currency": .string(currency)]
}
func moneyRangeValue(_ min: Double, _ max: Double, _ currency: String) -> JSON {
  ["min": .number(min), "max": .number(max), "currency": .string(currency)]
}
func percentValue(_ value: Double) -> JSON { ["value": .number(value)] }
func countValue(_ value: Double, _ unit: String) -> JSON { ["value": .number(value), "unit": .string(unit)] }
