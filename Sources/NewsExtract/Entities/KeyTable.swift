/// A map from `PhraseKey` hashes to values, open addressing like `KeySet`; key and value sit
/// side by side, so a lookup touches one place in memory. A small bit filter in front (eight
/// bits per slot, two bits set per key in one 64-bit word) answers most absent keys without
/// touching the slots: the gazetteer and the long word lists are megabytes, the filter a
/// fraction of that.
struct KeyTable<Value: Sendable>: Sendable {
  struct Slot: Sendable {
    var key: UInt64
    var value: Value?
  }

  private var slots: [Slot]
  private var mask: Int
  private var filter: [UInt64]
  /// Right shift that turns a mixed key into an index of `filter`.
  private var filterShift: UInt64

  /// A table of `pairs`; of two pairs with the same key, the first is kept.
  init(_ pairs: [(UInt64, Value)]) {
    var capacity = 16
    while capacity < pairs.count * 2 + 1 { capacity <<= 1 }
    slots = Array(repeating: Slot(key: 0, value: nil), count: capacity)
    mask = capacity - 1
    // capacity / 8 words of 64 bits: eight bits per slot.
    filter = Array(repeating: 0, count: capacity / 8)
    filterShift = UInt64(64 - (capacity / 8).trailingZeroBitCount)
    for (key, value) in pairs {
      let k = KeySet.stored(key)
      var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
      while slots[i].key != 0 && slots[i].key != k { i = (i + 1) & mask }
      if slots[i].key == 0 { slots[i] = Slot(key: k, value: value) }
      let (word, bits) = filterBits(k)
      filter[word] |= bits
    }
  }

  /// The filter word of a stored key and the two bits it sets there.
  @inline(__always)
  private func filterBits(_ k: UInt64) -> (Int, UInt64) {
    let m = k &* 0x9E37_79B9_7F4A_7C15
    return (Int(truncatingIfNeeded: m >> filterShift), 1 << (m & 63) | 1 << ((m >> 6) & 63))
  }

  @inline(__always)
  subscript(key: UInt64) -> Value? {
    let k = KeySet.stored(key)
    let (word, bits) = filterBits(k)
    guard filter[word] & bits == bits else { return nil }
    var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
    while true {
      let s = slots[i].key
      if s == k { return slots[i].value }
      if s == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}
