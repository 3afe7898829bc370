/// Eight bytes of a word in one `UInt64` (first byte lowest): loads that never read past a
/// buffer, ASCII case folding, and the end of a run of lower-case letters, all eight bytes at
/// a time.
enum WordBytes {
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// `count` (1 to 7) bytes from `i`, zero above them; reads eight bytes when the buffer
  /// has them.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, count: Int) -> UInt64 {
    let base = bytes.baseAddress!
    if i + 8 <= bytes.count {
      let whole = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      return whole & (~UInt64(0) >> UInt64(64 - 8 * count))
    }
    var value: UInt64 = 0
    for k in 0..<count { value |= UInt64(base[i + k]) << UInt64(8 * k) }
    return value
  }

  /// Bytes of `chunk` (all below 0x80) with A–Z turned to a–z.
  @inline(__always)
  static func lowerASCII(_ chunk: UInt64) -> UInt64 {
    chunk | (upperBits(chunk) >> 2)
  }

  /// High bit set in each byte of `chunk` (all below 0x80) that is at least "A" and not above "Z".
  @inline(__always)
  static func upperBits(_ chunk: UInt64) -> UInt64 {
    let atLeastA = chunk &+ ones &* (0x80 - 0x41)
    let aboveZ = chunk &+ ones &* (0x80 - 0x5B)
    return atLeastA & ~aboveZ & highBits
  }

  /// High bit set in each byte of `chunk` that is no lower-case ASCII letter.
  @inline(__always)
  static func notLower(_ chunk: UInt64) -> UInt64 {
    let low = chunk & ~highBits
    let atLeastA = low &+ ones &* (0x80 - 0x61)
    let aboveZ = low &+ ones &* (0x80 - 0x7B)
    let lower = atLeastA & ~aboveZ & ~chunk & highBits
    return ~lower & highBits
  }

  /// The end of the run of lower-case ASCII letters from `start` (before `end`).
  @inline(__always)
  static func lowerRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var k = start
    while k + 8 <= end {
      let stop = notLower(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
      if stop != 0 { return k + stop.trailingZeroBitCount / 8 }
      k &+= 8
    }
    while k < end, base[k] &- 0x61 < 26 { k &+= 1 }
    return k
  }
}
