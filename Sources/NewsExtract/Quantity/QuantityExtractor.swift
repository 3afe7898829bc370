import NewsCore

/// Counted things: a number with the noun it counts — "863,000 tourists", "more than 12,000
/// students", "78 joint projects", "twenty visits" → `{"value", "unit"}` where `unit` is the
/// counted noun; adjectives between stay in the `unit_phrase` attribute, the hedge in
/// `Fact.qualifier`. Numbers that are years, dates, money, percentages, ordinals, phone or
/// model numbers, codes, scores or addresses are left alone (`QuantityGuards`).
public struct QuantityExtractor: FactExtractor {
  public init() {}

  /// Adjectives or modifiers allowed between the number and the counted noun.
  static let maxModifiers = 2

  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    let b = text.bytes
    var facts: [Fact] = []
    for n in NumberScanner.numbers(in: b) {
      guard n.value.double >= 2 || n.hasFraction, !QuantityGuards.rejects(n, in: b),
        let (unit, phrase, end) = QuantityExtractor.countedNoun(after: n, in: b)
      else { continue }
      var attributes: [String: JSON] = [:]
      if phrase != unit { attributes["unit_phrase"] = .string(phrase) }
      let qualifier = ValueQualifiers.qualifier(before: n.range.lowerBound, in: b)?.phrase
      facts.append(
        text.fact(
          .quantity, at: n.range.lowerBound..<end, value: ["value": .number(n.value.double), "unit": .string(unit)],
          rule: n.form == .words ? "quantity.words-noun" : "quantity.figure-noun", qualifier: qualifier,
          attributes: attributes))
    }
    return facts
  }

  /// The counted noun after `n`: up to two lower-case modifiers, then a plural noun.
  static func countedNoun(after n: NumberExpression, in b: [UInt8]) -> (unit: String, phrase: String, end: Int)? {
    let e = n.range.upperBound
    guard e < b.count, b[e] == UInt8(ascii: " ") else { return nil }
    let words = NearbyWords.words(after: e, in: b, count: maxModifiers + 1)
    guard let first = words.first, first.range.lowerBound == e + 1 else { return nil }
    for (index, w) in words.enumerated() {
      guard b[w.range.lowerBound].isLower || CountedNouns.measureUnits.contains(w.text), !w.text.contains("."),
        !FunctionWords.contains(w.text), !CountedNouns.excluded.contains(w.text),
        CurrencyLexicon.phrases[w.text] == nil, NumberLexicon.words.value(b, w.range) == nil
      else { return nil }
      if index > 0, b[words[index - 1].range.upperBound] != UInt8(ascii: " ") { return nil }
      if CountedNouns.isPlural(w.text) {
        let phrase = words[0...index].map(\.text).joined(separator: " ")
        return (w.text, phrase, w.range.upperBound)
      }
    }
    return nil
  }
}
