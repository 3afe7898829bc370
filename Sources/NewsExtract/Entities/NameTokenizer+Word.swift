extension NameTokenizer {
  /// One or two lower-case letters after an apostrophe, then no letter: "re", "ll", "ve", "t", "d", "m".
  static func isContraction(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    var j = i
    while j < b.count, j < i + 3, b[j] >= 0x61, b[j] <= 0x7A { j += 1 }
    return j > i && j - i <= 2 && (j >= b.count || !letter(b, j).0)
  }

  /// Scans one word starting at the letter at `start`; its key is `PhraseKey.word` of its bytes.
  static func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int, sentenceStart: Bool, lineStart: Bool) -> NameToken {
    let n = min(b.count, start + 65_000)
    var j = start
    var shape: NameToken.Shape = .word
    var upper = 0, lower = 0
    var runLength = 0
    var onlyInitials = true  // letters so far are single letters separated by periods
    while j < n {
      // Fast path: a run of lower-case ASCII letters, counted once.
      let runEnd = WordBytes.lowerRunEnd(b, from: j, to: n)
      lower &+= runEnd &- j
      runLength &+= runEnd &- j
      j = runEnd
      guard j < n else { break }
      let c = b[j]
      if c < 0x80 {
        let folded = c | 0x20
        if folded >= 0x61 && folded <= 0x7A {
          if c <= 0x5A {
            upper += 1
            if j == start { shape.insert(.capitalized) } else { shape.insert(.innerCapital) }
          } else {
            lower += 1
          }
          runLength += 1
          j += 1
          continue
        }
        if c >= 0x30 && c <= 0x39 {
          shape.insert(.digit)
          runLength += 2
          j += 1
          continue
        }
        if (c == 0x2D || c == 0x27), j + 1 < n, letter(b, j + 1).0 {
          if c == 0x27, (b[j + 1] | 0x20) == 0x73, j + 2 >= n || !letter(b, j + 2).0 { break }  // 's
          if c == 0x27, isContraction(b, j + 1) { break }  // they're, you'll, don't
          onlyInitials = false
          runLength = 0
          j += 1
          continue
        }
        if c == 0x2E {
          if onlyInitials && runLength == 1 && upper > 0 {
            j += 1
            runLength = 0
            shape.insert(.period)
            if j + 1 < n, letter(b, j).0, b[j + 1] == 0x2E || !letter(b, j + 1).0 { continue }
            break
          }
          if NameAbbreviations.keys.contains(asciiKey(b, start..<j, nonASCII: shape.contains(.nonASCII))) {
            j += 1
            shape.insert(.period)
          }
        }
        break
      }
      let (v, width) = decode(b, j)
      guard isLetter(v) else { break }
      shape.insert(.nonASCII)
      if isUpper(v) {
        upper += 1
        if j == start { shape.insert(.capitalized) } else { shape.insert(.innerCapital) }
      } else if isLower(v) {
        lower += 1
      }
      runLength += 1
      j += width
    }
    if runLength > 1 { onlyInitials = false }
    if upper > 0 && lower == 0 { shape.insert(.allCaps) }
    let key = PhraseKey.word(b, start..<j)
    return NameToken(start: start, end: j, key: key, shape: shape, sentenceStart: sentenceStart, lineStart: lineStart)
  }

  /// The key of the ASCII bytes of `b[range]` (its letters outside ASCII left out), as the
  /// abbreviation test before a period has always read a word.
  static func asciiKey(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, nonASCII: Bool) -> UInt64 {
    guard nonASCII else { return PhraseKey.word(b, range) }
    let ascii = b[range].filter { $0 < 0x80 }
    return ascii.withUnsafeBufferPointer { PhraseKey.word($0, 0..<$0.count) }
  }
}
