/// A fixed-size bit set over packed word keys (`DateAnchors.key`): a cheap "surely not"
/// before an exact set lookup. False positives only; no hashing, no allocation per query.
struct KeyFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1 << 10)

  init(_ keys: Set<UInt64>) {
    for k in keys where k != 0 {
      let s = KeyFilter.slot(k)
      bits[s >> 6] |= 1 << UInt64(s & 63)
    }
  }

  /// The bit of a key: a multiplicative hash, 16 bits.
  @inline(__always) static func slot(_ k: UInt64) -> Int {
    Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 48)
  }

  /// `false` when `k` is surely not one of the keys.
  @inline(__always) func mayContain(_ k: UInt64) -> Bool {
    let s = KeyFilter.slot(k)
    return bits[s >> 6] & (1 << UInt64(s & 63)) != 0
  }
}
