/// Letter and digit masks of up to 64 bytes at once (SWAR): bit k is set when byte k of the
/// block is an ASCII letter (or digit). The number scanner walks word starts through these
/// masks instead of branching on every byte.
struct ByteClassMasks {
  var letters: UInt64 = 0
  var digits: UInt64 = 0

  static let high: UInt64 = 0x8080_8080_8080_8080
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The eight high bits of `bits` (one per byte) packed into the low byte, byte 0 first.
  @inline(__always)
  static func pack(_ bits: UInt64) -> UInt64 { ((bits >> 7) &* 0x0102_0408_1020_4080) >> 56 }

  /// The masks of `p[start ..< start + count]`, `count` at most 64.
  @inline(__always)
  init(_ p: UnsafeBufferPointer<UInt8>, start: Int, count: Int) {
    let raw = UnsafeRawPointer(p.baseAddress!)
    var k = 0
    while k + 8 <= count {
      let w = raw.loadUnaligned(fromByteOffset: start + k, as: UInt64.self)
      let ascii = ~w & ByteClassMasks.high
      let y = (w | ByteClassMasks.ones &* 0x20) & ~ByteClassMasks.high
      let letter = (y &+ ByteClassMasks.ones &* 0x1F) & ~(y &+ ByteClassMasks.ones &* 0x05) & ascii
      let z = w & ~ByteClassMasks.high
      let digit = (z &+ ByteClassMasks.ones &* 0x50) & ~(z &+ ByteClassMasks.ones &* 0x46) & ascii
      letters |= ByteClassMasks.pack(letter) << UInt64(k)
      digits |= ByteClassMasks.pack(digit) << UInt64(k)
      k += 8
    }
    while k < count {
      let c = p[start + k]
      if (c | 0x20) &- 0x61 < 26 { letters |= 1 << UInt64(k) }
      if c &- 0x30 < 10 { digits |= 1 << UInt64(k) }
      k += 1
    }
  }
}
