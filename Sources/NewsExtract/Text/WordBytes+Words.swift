/// Whole short words in one chunk: the date anchor scan and start tree read a word of up to
/// eight letters at once.
extension WordBytes {
  /// Up to eight bytes from `i` (fewer at the end of the buffer, zero above them).
  @inline(__always)
  static func load(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
    // A buffer with eight bytes from `i` has a base address.
    if i &+ 8 <= buffer.count { return UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self) }
    return load(buffer, from: i, count: buffer.count - i)
  }

  /// The number of ASCII letters (either case) `chunk` begins with, 0 to 8, and the chunk
  /// with A–Z turned to a–z (meaningful in those letters only).
  @inline(__always)
  static func letters(_ chunk: UInt64) -> (count: Int, lower: UInt64) {
    // Below 0x80 each byte, `| 0x20` folds A–Z onto a–z and maps no other byte there.
    let folded = chunk | ones &* 0x20
    let stop = notLower(folded)
    // No stop: 64 trailing zeros, eight letters.
    return (stop.trailingZeroBitCount &>> 3, folded)
  }

  /// `chunk` with A–Z turned to a–z and every other byte (any value) kept.
  @inline(__always)
  static func foldUpper(_ chunk: UInt64) -> UInt64 {
    chunk | ((upperBits(chunk & ~highBits) & ~chunk) >> 2)
  }

  /// The first `count` (1 to 8) bytes of `chunk`.
  @inline(__always)
  static func prefix(_ chunk: UInt64, _ count: Int) -> UInt64 {
    count >= 8 ? chunk : chunk & ((1 << UInt64(8 * count)) &- 1)
  }

  /// The value of a lower-case ASCII word of at most eight bytes, as `letters` reads it.
  static func value(of word: String) -> UInt64? {
    let bytes = Array(word.utf8)
    guard (1...8).contains(bytes.count), bytes.allSatisfy({ $0 &- 0x61 < 26 }) else { return nil }
    return bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
  }
}
