extension NameTokenizer {
  /// One or two lower-case letters after an apostrophe, then no letter: "re", "ll", "ve", "t", "d", "m".
  static func isContraction(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    var j = i
    while j < b.count, j < i + 3, b[j] >= 0x61, b[j] <= 0x7A { j += 1 }
    return j > i && j - i <= 2 && (j >= b.count || !letter(b, j).0)
  }

  /// The end of the run of lower-case ASCII letters from `start` (before `end`) and `hash`
  /// continued over its bytes (`PhraseKey.word` steps).
  @inline(__always)
  static func lowerRun(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, hash: UInt64) -> (Int, UInt64) {
    guard let base = b.baseAddress else { return (start, hash) }
    var h = hash
    var k = start
    while k < end {
      let c = base[k]
      guard c &- 0x61 < 26 else { break }
      h = (h ^ UInt64(c)) &* 0x100_0000_01b3
      k &+= 1
    }
    return (k, h)
  }

  /// Scans one word starting at the letter at `start`, hashing it (`PhraseKey.word`) on the way.
  static func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int, sentenceStart: Bool, lineStart: Bool) -> NameToken {
    let n = min(b.count, start + 65_000)
    var j = start
    var shape: NameToken.Shape = .word
    var upper = 0, lower = 0
    var runLength = 0
    var onlyInitials = true  // letters so far are single letters separated by periods
    var h = PhraseKey.seed
    while j < n {
      // Fast path: a run of lower-case ASCII letters, hashed in a tight loop and counted once.
      let (runEnd, runHash) = lowerRun(b, from: j, to: n, hash: h)
      h = runHash
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
          h = (h ^ UInt64(folded)) &* 0x100_0000_01b3
          runLength += 1
          j += 1
          continue
        }
        if c >= 0x30 && c <= 0x39 {
          shape.insert(.digit)
          h = (h ^ UInt64(c)) &* 0x100_0000_01b3
          runLength += 2
          j += 1
          continue
        }
        if (c == 0x2D || c == 0x27), j + 1 < n, letter(b, j + 1).0 {
          if c == 0x27, (b[j + 1] | 0x20) == 0x73, j + 2 >= n || !letter(b, j + 2).0 { break }  // 's
          if c == 0x27, isContraction(b, j + 1) { break }  // they're, you'll, don't
          onlyInitials = false
          runLength = 0
          h = (h ^ UInt64(c)) &* 0x100_0000_01b3
          j += 1
          continue
        }
        if c == 0x2E {
          if onlyInitials && runLength == 1 && upper > 0 {
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            j += 1
            runLength = 0
            shape.insert(.period)
            if j + 1 < n, letter(b, j).0, b[j + 1] == 0x2E || !letter(b, j + 1).0 { continue }
            break
          }
          if NameAbbreviations.keys.contains(h) {
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
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
    // Non-ASCII words are hashed again with the shared folding rules.
    let key = shape.contains(.nonASCII) ? PhraseKey.word(b, start..<j) : h
    return NameToken(start: start, end: j, key: key, shape: shape, sentenceStart: sentenceStart, lineStart: lineStart)
  }
}
