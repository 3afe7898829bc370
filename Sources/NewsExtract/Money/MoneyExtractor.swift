import NewsCore

/// Money amounts: a number with the currency the text names for it — a symbol (`$`, `US$`,
/// `€`, `₸`), an ISO code (`USD 5 million`, `5mn USD`, `MUSD`) or a name ("Swiss francs",
/// "pounds sterling", "cents") — with ranges, qualifiers and rates.
///
/// Values follow the contract: `{"amount", "currency"}` or `{"min", "max", "currency"}`.
/// Attributes: `currency_source` (`bare-symbol` | `symbol` | `code` | `name`),
/// `ambiguous_currency` when the marker fits several currencies (a bare `$` is USD by
/// default), `per` for rates. A number without a currency marker is never money.
public struct MoneyExtractor: FactExtractor {
  /// An extractor; it keeps no state between documents.
  public init() {}

  /// The facts in `text`, in text order.
  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    let b = text.bytes
    let numbers = NumberScanner.numbers(in: b)
    var candidates: [MoneyCandidate] = []
    for index in numbers.indices {
      MoneyExtractor.readings(of: index, numbers: numbers, in: b, into: &candidates)
    }
    let chosen = MoneyExtractor.settle(candidates)
    let merged = MoneyExtractor.settle(MoneyRanges.merge(chosen, numbers: numbers, in: b))
    var builder = FactBuilder(text)
    return merged.map { MoneyExtractor.fact(for: $0, in: text, builder: &builder) }
  }

  /// The readings of number `index`: with the marker before it, and with the marker after it.
  static func readings(
    of index: Int, numbers: [NumberExpression], in b: [UInt8], into found: inout [MoneyCandidate]
  ) {
    let n = numbers[index]
    let e = n.range.upperBound
    if e < b.count, b[e] == UInt8(ascii: "%") { return }
    let left = CurrencyMarkers.before(n, in: b)
    let right = CurrencyMarkers.after(n, in: b)
    if left == nil && right == nil { return }
    if let left, left.reading.minorExponent == 0 {
      var c = MoneyCandidate(
        range: left.range.lowerBound..<e, amount: n.value.times(DecimalNumber(1, exponent: left.reading.scale)),
        currency: left.reading, number: index, rule: MoneyRule.markerBefore, markerFirst: true)
      if let right, right.reading.source == .name, right.reading.minorExponent == 0,
        right.reading.agrees(with: left.reading)
      {
        c.range = c.range.lowerBound..<right.range.upperBound  // "$5 billion dollars", "$10 Canadian dollars"
        if left.reading.ambiguous && !right.reading.ambiguous { c.currency = right.reading }
        c.rule = MoneyRule.markerBoth
        found.append(c)
        return
      }
      MoneyContinuation.join(&c, numbers: numbers, in: b)
      found.append(c)
    }
    if let right {
      // "rmb 10 usd 20": a code between two numbers belongs to the second when the first has its own.
      if left != nil, right.reading.source != .name, numbers.indices.contains(index + 1),
        NearbyWords.skipSpaces(b, from: right.range.upperBound) == numbers[index + 1].range.lowerBound
      {
        return
      }
      let scale = right.reading.scale + right.trailingScale
      var c = MoneyCandidate(
        range: n.range.lowerBound..<right.range.upperBound,
        amount: DecimalNumber(n.value.significand, exponent: n.value.exponent + scale - right.reading.minorExponent),
        currency: right.reading, number: index,
        rule: right.reading.minorExponent > 0 ? MoneyRule.minorUnits : MoneyRule.markerAfter, markerFirst: false)
      MoneyContinuation.join(&c, numbers: numbers, in: b)
      if c.joinedMinor { c.rule = MoneyRule.majorMinor }
      found.append(c)
    }
  }

  /// Non-overlapping readings: within each run of overlapping readings, the longest first,
  /// then the earliest; in text order. Runs are found in one sweep, so the cost stays linear.
  static func settle(_ candidates: [MoneyCandidate]) -> [MoneyCandidate] {
    let byStart = candidates.sorted {
      $0.range.lowerBound != $1.range.lowerBound
        ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
    }
    var kept: [MoneyCandidate] = []
    var run: [MoneyCandidate] = []
    var runEnd = -1
    func flush() {
      let ordered = run.sorted {
        $0.range.count != $1.range.count ? $0.range.count > $1.range.count : $0.range.lowerBound < $1.range.lowerBound
      }
      var chosen: [MoneyCandidate] = []
      for c in ordered where !chosen.contains(where: { $0.range.overlaps(c.range) }) { chosen.append(c) }
      kept += chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
      run.removeAll(keepingCapacity: true)
    }
    for c in byStart {
      if c.range.lowerBound >= runEnd, !run.isEmpty { flush() }
      run.append(c)
      runEnd = max(runEnd, c.range.upperBound)
    }
    if !run.isEmpty { flush() }
    return kept
  }

  static func fact(for c: MoneyCandidate, in text: TextBuffer, builder: inout FactBuilder) -> Fact {
    let b = text.bytes
    var value: [String: JSON] = ["currency": .string(c.currency.code)]
    if let minimum = c.minimum {
      value["min"] = .number(minimum.double)
      value["max"] = .number(c.amount.double)
    } else {
      value["amount"] = .number(c.amount.double)
    }
    var attributes: [String: JSON] = ["currency_source": .string(c.currency.source.rawValue)]
    if c.currency.ambiguous { attributes["ambiguous_currency"] = true }
    if let per = PerUnit.after(c.range.upperBound, in: b) { attributes["per"] = .string(per) }
    var start = c.range.lowerBound
    if c.minimum != nil, let w = NearbyWords.word(before: start, in: b), w.text == "between" {
      start = w.range.lowerBound
    }
    let qualifier = ValueQualifiers.qualifier(before: start, in: b)?.phrase
    return builder.fact(
      .money, at: c.range, value: .object(value), rule: c.rule, qualifier: qualifier, attributes: attributes)
  }
}
