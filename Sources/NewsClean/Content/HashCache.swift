/// A growable map from 64-bit hashes (`ElementNames.hash`) to what the names they stand for
/// were found to mean. Open addressing on the key's own bits: cheaper than a `Dictionary`,
/// which hashes the key again.
struct HashCache<Value> {
  private var keys: [UInt64]
  private var values: [Value?]
  private var shift: UInt64
  private var count = 0

  /// An empty cache with room for `capacity` entries before it grows (rounded up).
  init(capacity: Int = 64) {
    var slots = 16
    var bits: UInt64 = 4
    while slots < capacity * 2 {
      slots *= 2
      bits += 1
    }
    keys = Array(repeating: 0, count: slots)
    values = Array(repeating: nil, count: slots)
    shift = 64 - bits
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

  /// The value stored for `key`, or nil.
  subscript(key: UInt64) -> Value? {
    let mask = keys.count - 1
    var i = slot(key)
    while let value = values[i] {
      if keys[i] == key { return value }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Stores `value` for `key`, replacing what was there.
  mutating func set(_ value: Value, for key: UInt64) {
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var i = slot(key)
    while values[i] != nil {
      if keys[i] == key {
        values[i] = value
        return
      }
      i = (i + 1) & mask
    }
    keys[i] = key
    values[i] = value
    count += 1
  }

  private mutating func grow() {
    var bigger = HashCache(capacity: keys.count)
    for (key, value) in zip(keys, values) { if let value { bigger.set(value, for: key) } }
    self = bigger
  }
}
