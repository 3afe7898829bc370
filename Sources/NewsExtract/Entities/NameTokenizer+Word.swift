extension NameTokenizer {
  /// Scans one word starting at the letter at `start`.
  static func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int, sentenceStart: Bool, line: Int32) -> NameToken {
    let n = b.count
    var j = start
    var shape: NameToken.Shape = .word
    var upper = 0, lower = 0
    var letters = 0
    var onlyInitials = true  // letters so far are single letters separated by periods
    var runLength = 0
    while j < n {
      let c = b[j]
      if c < 0x80 {
        if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A {
          if c <= 0x5A { upper += 1; if letters == 0 { shape.insert(.capitalized) } } else { lower += 1 }
          letters += 1; runLength += 1
          if runLength > 1 { onlyInitials = false }
          j += 1; continue
        }
        if c >= 0x30 && c <= 0x39 { shape.insert(.digit); runLength += 1; onlyInitials = false; j += 1; continue }
        if (c == 0x2D || c == 0x27), j + 1 < n, letter(b, j + 1).0 {
          if c == 0x27, (b[j + 1] | 0x20) == 0x73, j + 2 >= n || !letter(b, j + 2).0 { break }  // 's
          onlyInitials = false; runLength = 0; j += 1; continue
        }
        if c == 0x2E {
          if onlyInitials && runLength == 1 && upper > 0 {
            j += 1; runLength = 0
            shape.insert(.period)
            if j < n, letter(b, j).0, j + 1 < n, b[j + 1] == 0x2E || !letter(b, j + 1).0 { continue }
            break
          }
          let key = PhraseKey.word(b, start..<j)
          if NameAbbreviations.keys.contains(key) { j += 1; shape.insert(.period) }
        }
        break
      }
      let (v, width) = decode(b, j)
      guard isLetter(v) else { break }
      shape.insert(.nonASCII)
      if isUpper(v) { upper += 1; if letters == 0 { shape.insert(.capitalized) } } else if isLower(v) { lower += 1 }
      letters += 1; runLength += 1
      if runLength > 1 { onlyInitials = false }
      j += width
    }
    if upper > 0 && lower == 0 { shape.insert(.allCaps) }
    return NameToken(
      start: start, end: j, key: PhraseKey.word(b, start..<j), shape: shape, mark: 0,
      sentenceStart: sentenceStart, line: line)
  }
}
