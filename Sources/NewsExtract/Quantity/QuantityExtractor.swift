import NewsCore

/// Counted things: `863,000 tourists` (first version; see issue 3).
public struct QuantityExtractor: FactExtractor {
  static let pattern = Pattern(literal: #"(?<![\d$.,])(\d{1,3}(?:,\d{3})+|\d+)\h([a-z]{3,}s)\b"#)

  public init() {}

  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    QuantityExtractor.pattern.matches(in: text).compactMap { m in
      guard let n = Double(text.view(of: m[1]!).replacingOccurrences(of: ",", with: "")) else { return nil }
      return text.fact(
        .quantity, at: m.range, value: ["value": .number(n), "unit": .string(text.view(of: m[2]!))],
        rule: "quantity.number-noun")
    }
  }
}
