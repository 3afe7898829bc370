import NewsCore
import Testing

@testable import NewsExtract

/// Quantities: a number with the noun it counts, and the "never" list.
@Suite struct QuantityExtractorTests {
  static let cases: [NumberValueCase] = [
    NumberValueCase(
      input: "The region welcomed 540,000 visitors.", text: "540,000 visitors", value: countValue(540000, "visitors"),
      attributes: ["unit_lemma": "visitor"]),
    NumberValueCase(
      input: "Delegates from 14 countries came.", text: "14 countries", value: countValue(14, "countries"),
      attributes: ["unit_lemma": "country"]),
    NumberValueCase(
      input: "It hosts more than 9,000 pupils.", text: "9,000 pupils", value: countValue(9000, "pupils"),
      qualifier: "more than"),
    NumberValueCase(
      input: "They launched 41 joint ventures.", text: "41 joint ventures", value: countValue(41, "ventures"),
      attributes: ["unit_phrase": "joint ventures"]),
    NumberValueCase(input: "He held 9 bilateral talks.", text: "9 bilateral talks", value: countValue(9, "talks")),
    NumberValueCase(input: "She made twenty trips abroad.", text: "twenty trips", value: countValue(20, "trips")),
    NumberValueCase(
      input: "About 300 people attended.", text: "300 people", value: countValue(300, "people"), qualifier: "about",
      attributes: ["unit_lemma": "person"]),
    NumberValueCase(
      input: "The firm employs 2.5 million workers.", text: "2.5 million workers", value: countValue(2.5e6, "workers")),
    NumberValueCase(
      input: "A fleet of twelve aircraft flew.", text: "twelve aircraft", value: countValue(12, "aircraft")),
    NumberValueCase(input: "The line runs 590 km north.", text: "590 km", value: countValue(590, "km")),
    NumberValueCase(input: "The party won 25 seats in the vote.", text: "25 seats", value: countValue(25, "seats")),
    NumberValueCase(
      input: "Police detained 3 000 protesters.", text: "3 000 protesters", value: countValue(3000, "protesters")),
  ]

  @Test(arguments: cases) func findsTheCount(_ row: NumberValueCase) {
    let facts = QuantityExtractor().facts(in: row.input, context: numberTablesContext)
    #expect(facts.count == 1)
    guard let fact = facts.first else { return }
    #expect(fact.kind == .quantity)
    #expect(fact.text == row.text)
    #expect(fact.value == row.value)
    if let q = row.qualifier { #expect(fact.qualifier == q) }
    for (key, value) in row.attributes { #expect(fact.attributes[key] == value, "attribute \(key)") }
  }

  /// One row per "never": years, dates, money, ordinals, phone numbers, model numbers,
  /// codes, scores, addresses, percentages, durations.
  static let negatives: [String] = [
    "In 2009 projects were frozen.",
    "The talks ended on 12 May.",
    "It costs $40 dollars.",
    "It sold 40 percent more.",
    "This is the fifth meeting.",
    "It was their 21st meetings cycle.",
    "Call +7 701 555 12 34 for tickets.",
    "A Boeing 737 jets crashed.",
    "The COP29 delegates arrived.",
    "They won 3-1 games ago.",
    "He lives at 221 Baker Street.",
    "The war lasted 5 years.",
    "She tried 3 times.",
    "The 1990s saw changes.",
    "Are you free two sundays from now?",
    "Revenue was $12 billion.",
    "We ate several hundred calories.",
  ]

  @Test(arguments: negatives) func findsNoCount(_ input: String) {
    #expect(QuantityExtractor().facts(in: input, context: numberTablesContext).isEmpty)
  }
}
