import NewsCore
import Testing

@testable import NewsExtract

/// Percentages: signs, words, written numbers, negatives, ranges and percentage points.
@Suite struct PercentExtractorTests {
  static let cases: [ValueCase] = [
    ValueCase(input: "Inflation was 4.5% in June.", text: "4.5%", value: percent(4.5)),
    ValueCase(input: "Inflation was 4.5 % in June.", text: "4.5 %", value: percent(4.5)),
    ValueCase(input: "Output grew 4.5 percent last year.", text: "4.5 percent", value: percent(4.5)),
    ValueCase(input: "Output grew 4.5 per cent last year.", text: "4.5 per cent", value: percent(4.5)),
    ValueCase(input: "Shares rose 3.2 pct on Friday.", text: "3.2 pct", value: percent(3.2)),
    ValueCase(input: "Turnout was four percent higher.", text: "four percent", value: percent(4)),
    ValueCase(input: "Forty-two per cent of voters agreed.", text: "Forty-two per cent", value: percent(42)),
    ValueCase(input: "Prices fell -2.5% over the year.", text: "-2.5%", value: percent(-2.5)),
    ValueCase(input: "Returns were minus three percent.", text: "minus three percent", value: percent(-3)),
    ValueCase(input: "Support is about 60%.", text: "60%", value: percent(60), qualifier: "about"),
    ValueCase(input: "Rates may rise 3-4% next year.", text: "3-4%", value: ["min": 3, "max": 4]),
    ValueCase(input: "Growth of 3 to 4 percent is expected.", text: "3 to 4 percent", value: ["min": 3, "max": 4]),
    ValueCase(
      input: "Growth between 2 and 3 percent is likely.", text: "2 and 3 percent", value: ["min": 2, "max": 3]),
    ValueCase(
      input: "The rate was cut by 0.25 percentage points.", text: "0.25 percentage points", value: percent(0.25),
      attributes: ["unit": "percentage_point"]),
    ValueCase(
      input: "Margins widened 1.5pp in May.", text: "1.5pp", value: percent(1.5),
      attributes: ["unit": "percentage_point"]),
    ValueCase(input: "Unemployment rose 12,5% in Spain.", text: "12,5%", value: percent(12.5)),
    ValueCase(input: "Rates hit one point five percent.", text: "one point five percent", value: percent(1.5)),
    ValueCase(input: "Sales rose 35pc in June.", text: "35pc", value: percent(35)),
    ValueCase(input: "It was a 5-percent rise.", text: "5-percent", value: percent(5)),
    ValueCase(input: "yields rose 4 . 8 % at issue", text: "4 . 8 %", value: percent(4.8)),
    ValueCase(input: "It was a hundred percent true.", text: "a hundred percent", value: percent(100)),
  ]

  @Test(arguments: cases) func findsThePercentage(_ row: ValueCase) {
    let facts = PercentExtractor().facts(in: row.input, context: valueContext)
    #expect(facts.count == 1)
    guard let fact = facts.first else { return }
    #expect(fact.kind == .percent)
    #expect(fact.text == row.text)
    #expect(fact.value == row.value)
    if let q = row.qualifier { #expect(fact.qualifier == q) }
    for (key, value) in row.attributes { #expect(fact.attributes[key] == value, "attribute \(key)") }
  }

  @Test func pointsAreKeptApartFromPercents() {
    let facts = PercentExtractor().facts(in: "Support rose 5 percentage points to 40 percent.", context: valueContext)
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
    #expect(PercentExtractor().facts(in: input, context: valueContext).isEmpty)
  }
}
