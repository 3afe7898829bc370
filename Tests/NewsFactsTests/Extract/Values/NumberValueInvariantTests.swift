import NewsCore
import Testing

@testable import NewsExtract

/// Invariants every value extractor keeps on any input: spans inside the text, fact text equal
/// to the code-point slice, text order, no overlap within one extractor, the same output twice.
/// Inputs are generated from value-like tokens by a fixed-seed generator, so runs are repeatable.
@Suite struct NumberValueInvariantTests {
  static let tokens: [String] = [
    "$", "US$", "€", "£", "₸", "¥", "5", "1,234.5", "1 234,5", "1.234,5", ".50", "12", "2024", "3-4", "million", "bn",
    "m", "a", "half", "twenty", "-", "–", "to", "and", "between", "%", "percent", "per", "cent", "pct", "dollars",
    "USD", "MUSD", "Rs.", "cents", "pence", "people", "visits", "Boeing", "737", "COP29", "of", "the", ",", ".", "\n",
    "\u{00A0}", "—", "“", "Türkiye", "точка", "5th", "+7", "(", ")", "999999999999999999", "1.2.3", "9,999,999,999",
    "point", "five", "cents", "and", "hundred", "trillion", "bn", "€", "kr", "Rs", "USD50", "115USD", "pp", "-",
  ]

  static func inputs() -> [String] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var result: [String] = []
    for _ in 0..<500 {
      var parts: [String] = []
      for _ in 0..<12 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let token = tokens[Int(state >> 33) % tokens.count]
        let glue = (state >> 20) & 3 == 0 ? "" : " "
        parts.append(token + glue)
      }
      result.append(parts.joined())
    }
    return result
  }

  static let extractors: [any FactExtractor] = [MoneyExtractor(), PercentExtractor(), QuantityExtractor()]

  @Test func factsStayInsideTheirText() {
    for input in Self.inputs() {
      let scalars = Array(input.unicodeScalars)
      for extractor in Self.extractors {
        let facts = extractor.facts(in: input, context: numberTablesContext)
        var previousEnd = 0
        for fact in facts {
          #expect(fact.span.start >= 0 && fact.span.end <= scalars.count && fact.span.start < fact.span.end)
          guard fact.span.end <= scalars.count, fact.span.start < fact.span.end else { continue }
          var slice = String.UnicodeScalarView()
          slice.append(contentsOf: scalars[fact.span.start..<fact.span.end])
          #expect(String(slice) == fact.text, "\(input)")
          #expect(fact.span.start >= previousEnd, "facts in order, not overlapping: \(input)")
          previousEnd = fact.span.end
        }
        #expect(extractor.facts(in: input, context: numberTablesContext) == facts)
      }
    }
  }
}
