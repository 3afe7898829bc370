import NewsCore

/// Money amounts: `$5 billion`, `10 billion US dollars` … (first version; see issue 3).
public struct MoneyExtractor: FactExtractor {
  static let dollar = Pattern(literal: #"\$\h?(\d[\d,]*(?:\.\d+)?)(?:\h(million|billion))?"#)

  public init() {}

  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    MoneyExtractor.dollar.matches(in: text).compactMap { m in
      guard let n = Double(text.view(of: m[1]!).replacingOccurrences(of: ",", with: "")) else { return nil }
      let scale = m[2].map { text.view(of: $0) == "million" ? 1e6 : 1e9 } ?? 1
      return text.fact(.money, at: m.range, value: ["amount": .number(n * scale), "currency": "USD"], rule: "money.dollar")
    }
  }
}
