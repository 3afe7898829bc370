/// Finds every number expression in a stretch of the matching view, left to right: figures
/// with their scale ("1.5bn", "35 lakh", "$10k" → 10k) and written numbers. One pass over
/// the bytes; words are probed through packed-word tables, no strings are built.
public enum NumberScanner {
  /// The numbers in `bytes[range]`, in text order, none overlapping.
  public static func numbers(in b: [UInt8], range: Range<Int>? = nil) -> [NumberExpression] {
    let range = range ?? 0..<b.count
    guard !range.isEmpty else { return [] }
    var found: [NumberExpression] = []
    b.withUnsafeBufferPointer { p in
      scan(p, b, range) { found.append($0) }
    }
    return found
  }

  /// Walks the starts of letter and digit runs block by block (`ByteClassMasks`); a word is
  /// probed only when its initial, length and second letter fit some number word.
  @inline(__always)
  static func scan(
    _ p: UnsafeBufferPointer<UInt8>, _ b: [UInt8], _ range: Range<Int>, _ emit: (NumberExpression) -> Void
  ) {
    let words = NumberLexicon.words
    let pairs = NumberLexicon.initialPairs
    let end = range.upperBound
    var blockStart = range.lowerBound
    var consumed = range.lowerBound  // bytes before this belong to a number already read
    var letterCarry: UInt64 = 0
    var digitCarry: UInt64 = 0
    while blockStart < end {
      let count = min(64, end - blockStart)
      let masks = ByteClassMasks(p, start: blockStart, count: count)
      let letterStarts = masks.letters & ~(masks.letters << 1 | letterCarry) & ~(masks.digits << 1 | digitCarry)
      let digitStarts = masks.digits & ~(masks.digits << 1 | digitCarry)
      var events = letterStarts | digitStarts
      while events != 0 {
        let bit = events.trailingZeroBitCount
        events &= events &- 1
        let i = blockStart + bit
        if i < consumed { continue }
        if digitStarts & (1 << UInt64(bit)) != 0 {
          if let n = digitRun(p, b, at: i, range: range) {
            emit(n)
            var k = n.range.upperBound
            while k < end && (p[k] &- 0x30 < 10 || (p[k] | 0x20) &- 0x61 < 26) { k += 1 }
            consumed = k
          }
          continue
        }
        // One table probe, one predictable branch: most words fit no number word.
        let rest = ~masks.letters >> UInt64(bit)
        var length = rest.trailingZeroBitCount
        if bit + length >= count { length = LetterRun.end(p, from: i + 1, to: end) - i }
        let initial = Int((p[i] | 0x20) &- 0x61)
        let second = length == 1 ? 26 : Int((p[i + 1] | 0x20) &- 0x61)
        guard (pairs[initial &* 16 &+ min(length, 15)] >> UInt32(second)) & 1 != 0 else { continue }
        let wordEnd = i + length
        if length <= 2, initial == 0 {
          // "a"/"an" count only before a scale, fraction or collective: peek at the next initial.
          guard wordEnd + 1 < end, p[wordEnd] == UInt8(ascii: " ") else { continue }
          let next = (p[wordEnd + 1] | 0x20) &- 0x61
          guard next < 26, NumberLexicon.afterArticle & (1 << UInt32(next)) != 0 else { continue }
        }
        if let role = words.value(for: PackedWord.key(letters: p, i..<wordEnd)),
          role != .hundred || !NumberScanner.followsVagueWord(b, i),
          let n = WrittenNumberParser.parse(b, at: i, end: end)
        {
          emit(n)
          consumed = n.range.upperBound
        }
      }
      letterCarry = masks.letters >> 63
      digitCarry = masks.digits >> 63
      blockStart += 64
    }
  }

  /// Words that make a bare "hundred" vague: "several hundred", "a few hundred".
  static let vagueWords = WordTable(
    ["several", "few", "many", "some", "couple", "hundreds", "thousands"].map { ($0, true) })

  /// Whether the word before byte `i` makes a following bare "hundred" a vague amount.
  static func followsVagueWord(_ b: [UInt8], _ i: Int) -> Bool {
    guard let r = NearbyWords.range(before: i, in: b) else { return false }
    return vagueWords.value(b, r) != nil
  }

  /// The number at the digit run starting at `i`, if the run begins a figure.
  @inline(__always)
  static func digitRun(_ p: UnsafeBufferPointer<UInt8>, _ b: [UInt8], at i: Int, range: Range<Int>) -> NumberExpression?
  {
    if i >= range.lowerBound + 1, p[i - 1] == UInt8(ascii: ".") {
      if i >= range.lowerBound + 2, p[i - 2] &- 0x30 < 10 { return nil }  // inside a figure we declined ("1.2.3")
      if let n = leadingDecimal(b, at: i, end: range.upperBound, lower: range.lowerBound) { return n }  // "$.50"
    }
    return figure(b, at: i, end: range.upperBound)
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
    guard j + 2 < end, b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: "-"), b[j + 1].isLetter,
      NumberLexicon.scaleInitials & (1 << UInt32((b[j + 1] | 0x20) &- 0x61)) != 0
    else { return n }
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
