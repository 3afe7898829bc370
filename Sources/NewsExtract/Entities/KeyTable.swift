/// A map from `PhraseKey` hashes to values, open addressing like `KeySet`; key and value sit
/// side by side, so a lookup touches one place in memory.
struct KeyTable<Value: Sendable>: Sendable {
  struct Slot: Sendable {
    var key: UInt64
    var value: Value?
  }

  private var slots: [Slot]
  private var mask: Int

  /// A table of `pairs`; of two pairs with the same key, the first is kept.
  init(_ pairs: [(UInt64, Value)]) {
    var capacity = 16
    while capacity < pairs.count * 2 + 1 { capacity <<= 1 }
    slots = Array(repeating: Slot(key: 0, value: nil), count: capacity)
    mask = capacity - 1
    for (key, value) in pairs {
      let k = KeySet.stored(key)
      var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
      while slots[i].key != 0 && slots[i].key != k { i = (i + 1) & mask }
      if slots[i].key == 0 { slots[i] = Slot(key: k, value: value) }
    }
  }

  @inline(__always)
  subscript(key: UInt64) -> Value? {
    let k = KeySet.stored(key)
    var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
    while true {
      let s = slots[i].key
      if s == k { return slots[i].value }
      if s == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}
