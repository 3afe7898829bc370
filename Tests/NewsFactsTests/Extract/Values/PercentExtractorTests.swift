import NewsCore
import Testing

@testable import NewsExtract

/// Percentages: signs, words, written numbers, negatives, ranges and percentage points.
@Suite struct PercentExtractorTests {
  static let cases: [NumberValueCase] = [
    NumberValueCase(input: "Inflation was 4.5% in June.", text: "4.5%", value: percentValue(4.5)),
    NumberValueCase(input: "Inflation was 4.5 % in June.", text: "4.5 %", value: percentValue(4.5)),
    NumberValueCase(input: "Output grew 4.5 percent last year.", text: "4.5 percent", value: percentValue(4.5)),
    NumberValueCase(input: "Output grew 4.5 per cent last year.", text: "4.5 per cent", value: percentValue(4.5)),
    NumberValueCase(input: "Shares rose 3.2 pct on Friday.", text: "3.2 pct", value: percentValue(3.2)),
    NumberValueCase(input: "Turnout was four percent higher.", text: "four percent", value: percentValue(4)),
    NumberValueCase(input: "Forty-two per cent of voters agreed.", text: "Forty-two per cent", value: percentValue(42)),
    NumberValueCase(input: "Prices fell -2.5% over the year.", text: "-2.5%", value: percentValue(-2.5)),
    NumberValueCase(input: "Returns were minus three percent.", text: "minus three percent", value: percentValue(-3)),
    NumberValueCase(input: "Support is about 60%.", text: "60%", value: percentValue(60), qualifier: "about"),
    NumberValueCase(input: "Rates may rise 3-4% next year.", text: "3-4%", value: ["min": 3, "max": 4]),
    NumberValueCase(
      input: "Growth of 3 to 4 percent is expected.", text: "3 to 4 percent", value: ["min": 3, "max": 4]),
    NumberValueCase(
      input: "Growth between 2 and 3 percent is likely.", text: "2 and 3 percent", value: ["min": 2, "max": 3]),
    NumberValueCase(
      input: "The rate was cut by 0.25 percentage points.", text: "0.25 percentage points", value: percentValue(0.25),
      attributes: ["unit": "percentage_point"]),
    NumberValueCase(
      input: "Margins widened 1.5pp in May.", text: "1.5pp", value: percentValue(1.5),
      attributes: ["unit": "percentage_point"]),
    NumberValueCase(input: "Unemployment rose 12,5% in Spain.", text: "12,5%", value: percentValue(12.5)),
    NumberValueCase(
      input: "Rates hit one point five percent.", text: "one point five percent", value: percentValue(1.5)),
    NumberValueCase(input: "Sales rose 35pc in June.", text: "35pc", value: percentValue(35)),
    NumberValueCase(input: "It was a 5-percent rise.", text: "5-percent", value: percentValue(5)),
    NumberValueCase(input: "yields rose 4 . 8 % at issue", text: "4 . 8 %", value: percentValue(4.8)),
    NumberValueCase(input: "It was a hundred percent true.", text: "a hundred percent", value: percentValue(100)),
  ]

  @Test(arguments: cases) func findsThePercentage(_ row: NumberValueCase) {
    let facts = PercentExtractor().facts(in: row.input, context: numberTablesContext)
    #expect(facts.count == 1)
    guard let fact = facts.first else { return }
    #expect(fact.kind == .percent)
    #expect(fact.text == row.text)
    #expect(fact.value == row.value)
    if let q = row.qualifier { #expect(fact.qualifier == q) }
    for (key, value) in row.attributes { #expect(fact.attributes[key] == value, "attribute \(key)") }
  }

  @Test func pointsAreKeptApartFromPercents() {
    let facts = PercentExtractor().facts(
      in: "Support rose 5 percentage points to 40 percent.", context: numberTablesContext)
    #expect(facts.map(\.rule) == ["percent.points", "percent.number"])
    #expect(facts.first?.attributes["unit"] == "percentage_point")
    #expect(facts.last?.attributes["unit"] == nil)
  }

  static let negatives: [String] = [
    "See https://example.com/search?q=30%25%2020% for more.",
    "One third of the budget went to roads.",
    "The percentage of voters is unknown.",
    "He gave 100 percentile answers.",
    "The code was A20% wide.",
    "They bought 35 PCs for the school.",
  ]

  @Test(arguments: negatives) func findsNoPercentage(_ input: String) {
    #expect(PercentExtractor().facts(in: input, context: numberTablesContext).isEmpty)
  }
}
