/// Turns two amounts joined by "-", "to" or "between … and" into one range: "$3–5 billion",
/// "between $2 and $3 million", "$2 million to $3 million", "3 to 5 million dollars". "from X
/// to Y" is a change, not a range, and stays two amounts; so does a falling pair.
enum MoneyRanges {
  /// The connector between `end` and `start`: "-", "to", "and" (after "between"), if any.
  static func connector(from end: Int, to start: Int, in b: [UInt8]) -> String? {
    var i = NearbyWords.skipSpaces(b, from: end)
    if i < b.count, b[i] == UInt8(ascii: "-") {
      i = NearbyWords.skipSpaces(b, from: i + 1)
      return i == start ? "-" : nil
    }
    guard let w = NearbyWords.word(at: i, in: b), w.text == "to" || w.text == "and" else { return nil }
    i = NearbyWords.skipSpaces(b, from: w.range.upperBound)
    return i == start ? w.text : nil
  }

  /// Whether the pair starting at `start` is introduced by "between" (needed for "and") and
  /// not by "from".
  static func accepts(_ connector: String, before start: Int, in b: [UInt8]) -> Bool {
    let previous = NearbyWords.word(before: start, in: b)?.text
    if previous == "from" { return false }
    return connector != "and" || previous == "between"
  }

  /// The lower bound with the upper bound's scale borrowed when the text leaves it out
  /// ("$3-5 billion": 3 means 3 billion).
  static func lower(_ low: NumberExpression, _ high: NumberExpression, currencyScale: Int) -> DecimalNumber {
    var value = low.value
    if low.scale == nil, let s = high.scale, low.value.double < high.unscaled.double { value = low.borrowing(scale: s) }
    return value.times(DecimalNumber(1, exponent: currencyScale))
  }

  /// Merges ranges in `candidates` (selected, in text order).
  static func merge(_ candidates: [MoneyCandidate], numbers: [NumberExpression], in b: [UInt8]) -> [MoneyCandidate] {
    var out: [MoneyCandidate] = []
    var claimed = Set(candidates.flatMap { $0.joinedMinor ? [$0.number, $0.number + 1] : [$0.number] })
    for var c in candidates {
      let n = numbers[c.number]
      let scale = c.currency.scale
      // The previous amount with its own currency: "$2 million to $3 million".
      if var last = out.last, last.minimum == nil, !last.joinedMinor, last.currency.code == c.currency.code,
        let conn = connector(from: last.range.upperBound, to: c.range.lowerBound, in: b),
        accepts(conn, before: last.range.lowerBound, in: b)
      {
        let low = lower(numbers[last.number], n, currencyScale: scale).times(minorFactor(last.currency))
        if low.double < c.amount.double {
          last.minimum = low
          last.range = last.range.lowerBound..<c.range.upperBound
          last.amount = c.amount
          last.rule = MoneyRule.range
          if last.currency.ambiguous && !c.currency.ambiguous { last.currency = c.currency }
          out[out.count - 1] = last
          continue
        }
      }
      // A bare number before: "3 to 5 million dollars".
      if !c.markerFirst, c.number > 0, !claimed.contains(c.number - 1) {
        let p = numbers[c.number - 1]
        if let conn = connector(from: p.range.upperBound, to: c.range.lowerBound, in: b),
          accepts(conn, before: p.range.lowerBound, in: b), !p.lettersBefore, !p.lettersAfter
        {
          let low = lower(p, n, currencyScale: scale).times(minorFactor(c.currency))
          if low.double < c.amount.double {
            c.minimum = low
            c.range = p.range.lowerBound..<c.range.upperBound
            c.rule = MoneyRule.range
            claimed.insert(c.number - 1)
          }
        }
      }
      // A bare number after: "$3-5 billion".
      if c.markerFirst, c.minimum == nil, !c.joinedMinor, c.number + 1 < numbers.count, !claimed.contains(c.number + 1)
      {
        let q = numbers[c.number + 1]
        if let conn = connector(from: c.range.upperBound, to: q.range.lowerBound, in: b),
          accepts(conn, before: c.range.lowerBound, in: b), !q.lettersBefore, !q.lettersAfter
        {
          let high = q.value.times(DecimalNumber(1, exponent: scale)).times(minorFactor(c.currency))
          let low = lower(n, q, currencyScale: scale).times(minorFactor(c.currency))
          if low.double < high.double {
            c.minimum = low
            c.amount = high
            c.range = c.range.lowerBound..<q.range.upperBound
            c.rule = MoneyRule.range
            claimed.insert(c.number + 1)
          }
        }
      }
      out.append(c)
    }
    return out
  }

  static func minorFactor(_ currency: CurrencyReading) -> DecimalNumber {
    DecimalNumber(1, exponent: -currency.minorExponent)
  }
}
