extension NameTokenizer {
  /// The common word, scanned without the general word scan: one ASCII letter, lower-case
  /// ASCII letters after it, then a byte that can neither go on nor end a word specially
  /// (not a letter, digit, hyphen, apostrophe, period or non-ASCII byte). Gives the token
  /// `word(_:from:sentenceStart:lineStart:)` gives there, or nil for any other word.
  @inline(__always)
  static func plainWord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, sentenceStart: Bool, lineStart: Bool) -> NameToken? {
    guard start &+ 8 <= b.count, let base = b.baseAddress else {
      return longPlainWord(b, from: start, sentenceStart: sentenceStart, lineStart: lineStart)
    }
    // A word of up to seven letters is found, folded and hashed in one eight-byte load.
    let bytes = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
    let chunk = bytes | 0x20
    let stop = WordBytes.notLower(chunk)
    guard stop != 0 else { return mediumPlainWord(b, chunk, from: start, sentenceStart: sentenceStart, lineStart: lineStart) }
    let bits = UInt64(truncatingIfNeeded: stop.trailingZeroBitCount) & 0x38
    let length = Int(truncatingIfNeeded: bits &>> 3)
    let next = UInt8(truncatingIfNeeded: bytes &>> bits)
    guard next < 0x80, !isPlainWordContinuation(next) else { return nil }
    let key = PhraseKey.finish(PhraseKey.mix(PhraseKey.seed, chunk & ~(~UInt64(0) &<< bits)), length)
    var shape: NameToken.Shape = .word
    if bytes & 0xFF <= 0x5A {
      shape.insert(.capitalized)
      if length == 1 { shape.insert(.allCaps) }
    }
    return NameToken(start: start, end: start &+ length, key: key, shape: shape, sentenceStart: sentenceStart, lineStart: lineStart)
  }

  /// `plainWord` for a word whose first eight bytes `chunk` (first letter folded) are letters:
  /// words of up to fifteen letters in a second load, longer ones by `longPlainWord`.
  @inline(never)
  static func mediumPlainWord(_ b: UnsafeBufferPointer<UInt8>, _ chunk: UInt64, from start: Int, sentenceStart: Bool, lineStart: Bool) -> NameToken? {
    guard start &+ 16 <= b.count, let base = b.baseAddress else {
      return longPlainWord(b, from: start, sentenceStart: sentenceStart, lineStart: lineStart)
    }
    let bytes = UnsafeRawPointer(base + start + 8).loadUnaligned(as: UInt64.self)
    let stop = WordBytes.notLower(bytes)
    guard stop != 0 else { return longPlainWord(b, from: start, sentenceStart: sentenceStart, lineStart: lineStart) }
    let bits = UInt64(truncatingIfNeeded: stop.trailingZeroBitCount) & 0x38
    let next = UInt8(truncatingIfNeeded: bytes &>> bits)
    guard next < 0x80, !isPlainWordContinuation(next) else { return nil }
    let length = 8 &+ Int(truncatingIfNeeded: bits &>> 3)
    var key = PhraseKey.mix(PhraseKey.seed, chunk)
    if bits != 0 { key = PhraseKey.mix(key, bytes & ~(~UInt64(0) &<< bits)) }
    var shape: NameToken.Shape = .word
    if chunk & 0xFF != base[start] { shape.insert(.capitalized) }
    return NameToken(start: start, end: start &+ length, key: PhraseKey.finish(key, length), shape: shape, sentenceStart: sentenceStart, lineStart: lineStart)
  }

  /// `plainWord` for words of sixteen letters or more and words near the end of the text.
  @inline(never)
  static func longPlainWord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, sentenceStart: Bool, lineStart: Bool) -> NameToken? {
    let end = WordBytes.lowerRunEnd(b, from: start + 1, to: b.count)
    guard end - start < 60_000 else { return nil }
    if end < b.count {
      let next = b[end]
      guard next < 0x80, !isPlainWordContinuation(next) else { return nil }
    }
    var shape: NameToken.Shape = .word
    if b[start] <= 0x5A {
      shape.insert(.capitalized)
      if end - start == 1 { shape.insert(.allCaps) }
    }
    return NameToken(start: start, end: end, key: PhraseKey.word(b, start..<end), shape: shape, sentenceStart: sentenceStart, lineStart: lineStart)
  }

  /// Bytes after a word's letters that the general scan must look at: letters, digits,
  /// hyphen, apostrophe, period.
  @inline(__always)
  static func isPlainWordContinuation(_ c: UInt8) -> Bool {
    (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x2D || c == 0x27 || c == 0x2E
  }
}
