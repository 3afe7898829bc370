/// The end of a run of ASCII letters, eight bytes at a time (SWAR): the number scanner walks
/// every word of the text, and most bytes of news text are letters.
enum LetterRun {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let high: UInt64 = 0x8080_8080_8080_8080

  /// The first index at or after `i` (and before `end`) that is not an ASCII letter.
  @inline(__always)
  static func end(_ p: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
    var k = i
    let base = UnsafeRawPointer(p.baseAddress!)
    while k + 8 <= end {
      let w = base.loadUnaligned(fromByteOffset: k, as: UInt64.self) | (ones &* 0x20)
      let y = w & ~high
      let atLeastA = y &+ ones &* 0x1F  // high bit set where y >= 0x61
      let pastZ = y &+ ones &* 0x05  // high bit set where y >= 0x7B
      let letters = atLeastA & ~pastZ & ~w & high
      if letters == high {
        k += 8
        continue
      }
      return k + (((~letters) & high).trailingZeroBitCount >> 3)
    }
    while k < end && (p[k] | 0x20) &- 0x61 < 26 { k += 1 }
    return k
  }
}
