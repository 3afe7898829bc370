import NewsCore

/// Counted things: a number with the noun it counts — "863,000 tourists", "more than 12,000
/// students", "78 joint projects", "twenty visits" → `{"value", "unit"}` where `unit` is the
/// counted noun; adjectives between stay in the `unit_phrase` attribute, the singular in
/// `unit_lemma`, the hedge in `Fact.qualifier`. Numbers that are years, dates, money, percentages, ordinals, phone or
/// model numbers, codes, scores or addresses are left alone (`QuantityGuards`).
public struct QuantityExtractor: FactExtractor {
  /// An extractor; it keeps no state between documents.
  public init() {}

  /// Adjectives or modifiers allowed between the number and the counted noun.
  static let maxModifiers = 2

  /// The facts in `text`, in text order.
  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    let b = text.bytes
    var facts: [Fact] = []
    var builder = FactBuilder(text)
    for n in NumberScanner.numbers(in: b) {
      let e = n.range.upperBound
      guard e + 1 < b.count, b[e] == UInt8(ascii: " "), b[e + 1].isLetter, n.value.double >= 2 || n.hasFraction,
        let (unit, phrase, end) = QuantityExtractor.countedNoun(after: n, in: b), !QuantityGuards.rejects(n, in: b)
      else { continue }
      var attributes: [String: JSON] = [:]
      if phrase != unit { attributes["unit_phrase"] = .string(phrase) }
      attributes["unit_lemma"] = .string(UnitLemma.of(unit))
      let qualifier = ValueQualifiers.qualifier(before: n.range.lowerBound, in: b)?.phrase
      facts.append(
        builder.fact(
          .quantity, at: n.range.lowerBound..<end, value: ["value": .number(n.value.double), "unit": .string(unit)],
          rule: n.form == .words ? "quantity.words-noun" : "quantity.figure-noun", qualifier: qualifier,
          attributes: attributes))
    }
    return facts
  }

  /// The counted noun after `n`: up to two lower-case modifiers, then a plural noun.
  static func countedNoun(after n: NumberExpression, in b: [UInt8]) -> (unit: String, phrase: String, end: Int)? {
    let e = n.range.upperBound
    guard e + 1 < b.count, b[e] == UInt8(ascii: " "), b[e + 1].isLetter else { return nil }
    var words: [Range<Int>] = []
    var k = e + 1
    while words.count <= maxModifiers, let r = NearbyWords.range(at: k, in: b) {
      guard b[r.lowerBound].isLower || CountedNouns.measureTable.value(b, r) != nil, PackedWord.key(b, r) != nil,
        FunctionWords.table.value(b, r) == nil, CountedNouns.excludedTable.value(b, r) == nil,
        NumberLexicon.words.value(b, r) == nil, !isCurrencyName(b, r)
      else { return nil }
      words.append(r)
      if CountedNouns.isPlural(b, r) {
        let unit = NearbyWords.lowercase(b, r)
        let phrase = NearbyWords.lowercase(b, words[0].lowerBound..<r.upperBound)
        return (unit, phrase, r.upperBound)
      }
      guard r.upperBound + 1 < b.count, b[r.upperBound] == UInt8(ascii: " ") else { return nil }
      k = r.upperBound + 1
    }
    return nil
  }

  static func isCurrencyName(_ b: [UInt8], _ r: Range<Int>) -> Bool {
    CurrencyLexicon.firstWords.value(b, r) != nil && CurrencyLexicon.phrases[NearbyWords.lowercase(b, r)] != nil
  }
}
