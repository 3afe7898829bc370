/// A map from `PhraseKey` hashes to values, open addressing like `KeySet`.
struct KeyTable<Value: Sendable>: Sendable {
  private var slots: [UInt64]
  private var values: [Value?]
  private var mask: Int

  init(_ pairs: [(UInt64, Value)]) {
    var capacity = 16
    while capacity < pairs.count * 2 + 1 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    for (key, value) in pairs {
      let k = KeySet.stored(key)
      var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
      while slots[i] != 0 && slots[i] != k { i = (i + 1) & mask }
      if slots[i] == 0 {
        slots[i] = k
        values[i] = value
      }
    }
  }

  @inline(__always)
  subscript(key: UInt64) -> Value? {
    let k = KeySet.stored(key)
    var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
    while true {
      let s = slots[i]
      if s == k { return values[i] }
      if s == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}
