/// Joins a minor part to a whole amount: "3 dollars 50 cents", "thirteen dollars forty
/// five", "17 USD 25", "c $ 100 and fifty", "one dollar and two". The part must be below 100,
/// come after spaces or "and", and not begin another amount or count ("$5 and 20 people").
enum MoneyContinuation {
  static func join(_ c: inout MoneyCandidate, numbers: [NumberExpression], in b: [UInt8]) {
    let major = numbers[c.number]
    guard c.currency.minorExponent == 0, c.currency.scale == 0, major.scale == nil, !major.hasFraction,
      c.number + 1 < numbers.count
    else { return }
    let next = numbers[c.number + 1]
    guard next.scale == nil, !next.hasFraction, !next.lettersBefore, !next.lettersAfter, next.value.isInteger,
      next.value.double >= 1, next.value.double < 100
    else { return }
    var gap = NearbyWords.skipSpaces(b, from: c.range.upperBound)
    var sawAnd = false
    if let w = NearbyWords.word(at: gap, in: b), w.text == "and" {
      gap = NearbyWords.skipSpaces(b, from: w.range.upperBound)
      sawAnd = true
    }
    guard gap == next.range.lowerBound, gap > c.range.upperBound else { return }
    var end = next.range.upperBound
    if end < b.count, [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":")].contains(b[end]) { return }  // "3-4", "3/4"
    if let marker = CurrencyMarkers.after(next, in: b) {
      guard marker.reading.minorExponent == 2, marker.reading.agrees(with: c.currency) else { return }
      end = marker.range.upperBound
    } else {
      if c.markerFirst && !sawAnd { return }
      if let w = NearbyWords.words(after: end, in: b, count: 1).first, !FunctionWords.contains(w.text) { return }
    }
    c.amount = c.amount.plus(DecimalNumber(next.value.significand, exponent: next.value.exponent - 2))
    c.range = c.range.lowerBound..<end
    c.joinedMinor = true
  }
}
