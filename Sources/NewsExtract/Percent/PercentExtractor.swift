import NewsCore

/// Percentages: `4.5%`, "4.5 percent", "4.5 per cent", "4.5 pct", "twenty percent", "minus
/// five percent", ranges ("3-4%", "between 3 and 4 percent" → `{"min", "max"}`) and
/// percentage points, kept apart by rule `percent.points` and attribute
/// `"unit": "percentage_point"`. A `%` inside a URL is not a percentage.
public struct PercentExtractor: FactExtractor {
  /// An extractor; it keeps no state between documents.
  public init() {}

  /// The facts in `text`, in text order.
  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    var facts: [Fact] = []
    var builder = FactBuilder(text)
    PercentSigns.pattern.forEachMatch(in: text) { m in
      if let fact = PercentExtractor.percent(signAt: m.range, in: text, builder: &builder) { facts.append(fact) }
      return true
    }
    return facts
  }

  /// The number a sign belongs to: the one ending just before it (one space at most).
  static func number(endingAt end: Int, in b: [UInt8]) -> (NumberExpression, [NumberExpression])? {
    var lineStart = end
    while lineStart > 0, end - lineStart < 96, b[lineStart - 1] != 10 { lineStart -= 1 }
    let found = NumberScanner.numbers(in: b, range: lineStart..<end)
    guard let last = found.last, last.range.upperBound == end else { return nil }
    return (last, found)
  }

  static func percent(signAt sign: Range<Int>, in text: TextBuffer, builder: inout FactBuilder) -> Fact? {
    let b = text.bytes
    let signText = text.view(of: sign)
    let points = PercentSigns.isPoints(signText)
    if sign.upperBound < b.count, b[sign.upperBound].isAlphanumeric { return nil }  // "%25", "%2020"
    let lowerSign = signText.lowercased()
    var k = NearbyWords.skipSpacesBack(b, from: sign.lowerBound, limit: signText == "%" ? 1 : 2)
    if k == sign.lowerBound, k >= 2, signText != "%", b[k - 1] == UInt8(ascii: "-"), b[k - 2].isAlphanumeric {
      k -= 1  // "a 5-percent rise", "a five-percent cut"
    }
    if PercentSigns.gluedOnly.contains(lowerSign), k != sign.lowerBound || signText != lowerSign { return nil }
    guard k < sign.lowerBound || PercentSigns.gluable.contains(lowerSign) || b[k] == UInt8(ascii: "-"),
      let (n, before) = number(endingAt: k, in: b)
    else { return reversed(signAt: sign, in: text, builder: &builder) }
    if n.lettersBefore || n.lettersAfter { return nil }
    let s = n.range.lowerBound
    if s > 0, PercentSigns.urlBytes.contains(b[s - 1]) { return nil }
    var start = s
    var value = n.value
    var minimum: DecimalNumber? = nil
    var rule = points ? "percent.points" : "percent.number"
    if s > 0, b[s - 1] == UInt8(ascii: "-"), s < 2 || !b[s - 2].isAlphanumeric {
      value = value.negated  // "-5%"
      start = s - 1
    } else if let w = NearbyWords.word(before: s, in: b), w.text == "minus" || w.text == "negative" {
      value = value.negated
      start = w.range.lowerBound
    } else if before.count >= 2 {
      let p = before[before.count - 2]
      if !p.lettersBefore, !p.lettersAfter, let conn = MoneyRanges.connector(from: p.range.upperBound, to: s, in: b),
        MoneyRanges.accepts(conn, before: p.range.lowerBound, in: b), p.value.double < n.value.double
      {
        minimum = p.value
        start = p.range.lowerBound
        rule = points ? "percent.points-range" : "percent.range"
      }
    }
    var qualifierEnd = start
    if minimum != nil, let w = NearbyWords.word(before: start, in: b), w.text == "between" {
      qualifierEnd = w.range.lowerBound
    }
    let qualifier = ValueQualifiers.qualifier(before: qualifierEnd, in: b)?.phrase
    let v: JSON =
      minimum.map { ["min": .number($0.double), "max": .number(value.double)] } ?? ["value": .number(value.double)]
    let attributes: [String: JSON] = points ? ["unit": "percentage_point"] : [:]
    return builder.fact(
      .percent, at: start..<sign.upperBound, value: v, rule: rule, qualifier: qualifier, attributes: attributes)
  }

  /// "percent of 10", "per cent of twenty-two": the sign first, the number after "of".
  static func reversed(signAt sign: Range<Int>, in text: TextBuffer, builder: inout FactBuilder) -> Fact? {
    let b = text.bytes
    guard text.view(of: sign) != "%", let of = NearbyWords.words(after: sign.upperBound, in: b, count: 1).first,
      of.text == "of"
    else { return nil }
    let s = NearbyWords.skipSpaces(b, from: of.range.upperBound)
    var lineEnd = s
    while lineEnd < b.count, lineEnd - s < 64, b[lineEnd] != 10 { lineEnd += 1 }
    guard let n = NumberScanner.numbers(in: b, range: s..<lineEnd).first, n.range.lowerBound == s,
      !n.lettersAfter, NearbyWords.words(after: n.range.upperBound, in: b, count: 1).isEmpty
    else { return nil }
    if let w = NearbyWords.word(before: sign.lowerBound, in: b), !FunctionWords.contains(w.text) { return nil }
    return builder.fact(
      .percent, at: sign.lowerBound..<n.range.upperBound, value: ["value": .number(n.value.double)],
      rule: "percent.sign-of-number")
  }
}
