/// Eight text bytes in one `UInt64` (first byte lowest), for reading a short word at once:
/// loads that stay inside the buffer, ASCII case folding and the length of a run of letters.
enum DateChunk {
  static let high: UInt64 = 0x8080_8080_8080_8080
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// Up to eight bytes from `i` (fewer at the end of the buffer, zero above them).
  @inline(__always)
  static func load(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
    let base = buffer.baseAddress!
    if i + 8 <= buffer.count { return UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) }
    var value: UInt64 = 0
    for k in 0..<(buffer.count - i) { value |= UInt64(base[i + k]) << UInt64(8 * k) }
    return value
  }

  /// The number of ASCII letters (either case) `chunk` begins with, 0 to 8, and the chunk
  /// with A–Z turned to a–z (meaningful in those letters only).
  @inline(__always)
  static func letters(_ chunk: UInt64) -> (count: Int, lower: UInt64) {
    // Below 0x80 each byte, `| 0x20` folds A–Z onto a–z and maps no other byte there.
    let folded = chunk | ones &* 0x20
    let low = folded & ~high
    let atLeastA = low &+ ones &* (0x80 - 0x61)
    let aboveZ = low &+ ones &* (0x80 - 0x7B)
    let letter = atLeastA & ~aboveZ & ~chunk & high
    let stop = ~letter & high
    let count = stop == 0 ? 8 : stop.trailingZeroBitCount / 8
    return (count, folded)
  }

  /// `chunk` with A–Z turned to a–z and every other byte kept.
  @inline(__always)
  static func foldUpper(_ chunk: UInt64) -> UInt64 {
    let low = chunk & ~high
    let atLeastA = low &+ ones &* (0x80 - 0x41)
    let aboveZ = low &+ ones &* (0x80 - 0x5B)
    let upper = atLeastA & ~aboveZ & ~chunk & high
    return chunk | (upper >> 2)
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
