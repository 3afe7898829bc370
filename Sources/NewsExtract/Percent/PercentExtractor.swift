import NewsCore

/// Percentages: `4.5%`, `4.5 percent` (first version; see issue 3).
public struct PercentExtractor: FactExtractor {
  static let pattern = Pattern(literal: #"(\d+(?:\.\d+)?)\h?(?:%|percent\b|per\hcent\b)"#)

  public init() {}

  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    PercentExtractor.pattern.matches(in: text).compactMap { m in
      guard let n = Double(text.view(of: m[1]!)) else { return nil }
      return text.fact(.percent, at: m.range, value: ["value": .number(n)], rule: "percent.number")
    }
  }
}
