extension NameTokenizer {
  /// The common word, scanned without the general word scan: one ASCII letter, lower-case
  /// ASCII letters after it, then a byte that can neither go on nor end a word specially
  /// (not a letter, digit, hyphen, apostrophe, period or non-ASCII byte). Gives the token
  /// `word(_:from:sentenceStart:lineStart:)` gives there, or nil for any other word.
  @inline(__always)
  static func plainWord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, sentenceStart: Bool, lineStart: Bool) -> NameToken? {
    let first = b[start]
    let folded = first | 0x20
    let (end, hash) = lowerRun(b, from: start + 1, to: b.count, hash: (PhraseKey.seed ^ UInt64(folded)) &* 0x100_0000_01b3)
    guard end - start < 60_000 else { return nil }
    if end < b.count {
      let next = b[end]
      guard next < 0x80, !isPlainWordContinuation(next) else { return nil }
    }
    var shape: NameToken.Shape = .word
    if first <= 0x5A {
      shape.insert(.capitalized)
      if end - start == 1 { shape.insert(.allCaps) }
    }
    return NameToken(start: start, end: end, key: hash, shape: shape, sentenceStart: sentenceStart, lineStart: lineStart)
  }

  /// Bytes after a word's letters that the general scan must look at: letters, digits,
  /// hyphen, apostrophe, period.
  @inline(__always)
  static func isPlainWordContinuation(_ c: UInt8) -> Bool {
    (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x2D || c == 0x27 || c == 0x2E
  }
}
