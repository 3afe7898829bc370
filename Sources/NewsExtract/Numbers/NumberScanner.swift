/// Finds every number expression in a stretch of the matching view, left to right: figures
/// with their scale ("1.5bn", "35 lakh", "$10k" → 10k) and written numbers. One pass over
/// the bytes; words are probed through packed-word tables, no strings are built.
public enum NumberScanner {
  /// The numbers in `bytes[range]`, in text order, none overlapping.
  public static func numbers(in b: [UInt8], range: Range<Int>? = nil) -> [NumberExpression] {
    let range = range ?? 0..<b.count
    var found: [NumberExpression] = []
    let words = NumberLexicon.words
    let lengths = NumberLexicon.lengthsByInitial
    b.withUnsafeBufferPointer { p in
      lengths.withUnsafeBufferPointer { lengthMasks in
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
          let c = p[i]
          if c &- 0x30 < 10 {
            if i >= range.lowerBound + 1, p[i - 1] == UInt8(ascii: ".") {
              if i >= range.lowerBound + 2, p[i - 2] &- 0x30 < 10 {
                i += 1  // inside a figure we declined ("1.2.3")
                continue
              }
              if let n = leadingDecimal(b, at: i, end: end, lower: range.lowerBound) {  // "$.50"
                found.append(n)
                i = n.range.upperBound
                continue
              }
            }
            if let n = figure(b, at: i, end: end) {
              found.append(n)
              i = n.range.upperBound
              while i < end && (p[i] &- 0x30 < 10 || (p[i] | 0x20) &- 0x61 < 26) { i += 1 }
            } else {
              while i < end && p[i] &- 0x30 < 10 { i += 1 }
            }
            continue
          }
          let lower = c | 0x20
          if lower &- 0x61 < 26 {
            let wordStart = i
            i = LetterRun.end(p, from: i + 1, to: end)
            let length = i - wordStart
            guard length < 16, lengthMasks[Int(lower &- 0x61)] & (1 << length) != 0 else { continue }
            if wordStart > range.lowerBound, p[wordStart - 1] &- 0x30 < 10 { continue }
            if words.value(b, wordStart..<i) != nil, let n = WrittenNumberParser.parse(b, at: wordStart, end: end) {
              found.append(n)
              i = n.range.upperBound
            }
            continue
          }
          i += 1
        }
      }
    }
    return found
  }

  /// The figure at `start` with a glued abbreviation ("5bn", "10k") or a following scale
  /// word ("1.5 billion", "5 mln").
  static func figure(_ b: [UInt8], at start: Int, end: Int) -> NumberExpression? {
    guard let f = FigureParser.parse(b, at: start, end: end) else { return nil }
    var n = NumberExpression(range: start..<f.end, value: f.value, form: .figure)
    n.isGrouped = f.isGrouped
    n.hasFraction = f.hasFraction
    n.lettersBefore = start > 0 && b[start - 1].isLetter
    var j = f.end
    while j < end && b[j].isLetter { j += 1 }
    if j > f.end {
      if let e = NumberLexicon.abbreviations.value(b, f.end..<j) ?? NumberLexicon.figureScales.value(b, f.end..<j) {
        n.scale = e
        n.scaleIsAbbreviation = true
        n.range = start..<j
        n.value = DecimalNumber(f.value.significand, exponent: f.value.exponent + e)
      } else {
        n.lettersAfter = true
      }
      return n
    }
    // A scale word after one space: "1.5 billion", "35 lakh", "5 mn" (not a lone "m"/"b"/"k"),
    // or after a hyphen in an adjective ("a 5-billion-dollar deal").
    guard j + 1 < end, b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: "-"), b[j + 1].isLetter else { return n }
    if b[j] == UInt8(ascii: "-") {
      var k = j + 1
      while k < end && b[k].isLetter { k += 1 }
      if let e = NumberLexicon.figureScales.value(b, (j + 1)..<k), e > 2 {
        n.scale = e
        n.range = start..<k
        n.value = DecimalNumber(f.value.significand, exponent: f.value.exponent + e)
      }
      return n
    }
    var k = j + 1
    while k < end && b[k].isLetter { k += 1 }
    if let e = NumberLexicon.figureScales.value(b, (j + 1)..<k) ?? abbreviation(b, (j + 1)..<k) {
      n.scale = e
      n.scaleIsAbbreviation = NumberLexicon.figureScales.value(b, (j + 1)..<k) == nil
      n.range = start..<k
      n.value = DecimalNumber(f.value.significand, exponent: f.value.exponent + e)
    }
    return n
  }

  /// A decimal written without its zero, after a symbol or a space: "$.50", " .5%".
  static func leadingDecimal(_ b: [UInt8], at start: Int, end: Int, lower: Int) -> NumberExpression? {
    let dot = start - 1
    guard dot == lower || !(b[dot - 1].isAlphanumeric || b[dot - 1] == UInt8(ascii: ".")) else { return nil }
    let digitsEnd = FigureParser.digitRun(b, start, end)
    guard digitsEnd - start <= 6, digitsEnd == end || !b[digitsEnd].isAlphanumeric else { return nil }
    var significand = 0
    for j in start..<digitsEnd { significand = significand * 10 + Int(b[j] &- 0x30) }
    var n = NumberExpression(
      range: dot..<digitsEnd, value: DecimalNumber(significand, exponent: start - digitsEnd).trimmed, form: .figure)
    n.hasFraction = true
    return n
  }

  static func abbreviation(_ b: [UInt8], _ r: Range<Int>) -> Int? {
    guard r.count >= 2 else { return nil }
    return NumberLexicon.abbreviations.value(b, r)
  }
}
