/// A set of `PhraseKey` hashes: open addressing over the key bits themselves (they are
/// already hashes), so a lookup is a mask and a compare or two, not a SipHash round.
struct KeySet: Sendable {
  private var slots: [UInt64]
  private var mask: Int
  private(set) var count = 0

  init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
    let list = Array(keys)
    var capacity = 16
    while capacity < list.count * 2 + 1 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    for key in list { insert(key) }
  }

  init() { self.init([UInt64]()) }

  @inline(__always)
  static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

  mutating func insert(_ key: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    let k = KeySet.stored(key)
    var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
    while slots[i] != 0 {
      if slots[i] == k { return }
      i = (i + 1) & mask
    }
    slots[i] = k
    count += 1
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool {
    let k = KeySet.stored(key)
    var i = Int(truncatingIfNeeded: k ^ (k >> 32)) & mask
    while true {
      let s = slots[i]
      if s == k { return true }
      if s == 0 { return false }
      i = (i + 1) & mask
    }
  }

  private mutating func grow() {
    let old = slots.filter { $0 != 0 }
    slots = Array(repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    count = 0
    for k in old { insert(k) }
  }

  /// The keys of both sets.
  func union(_ other: KeySet) -> KeySet {
    KeySet(slots.filter { $0 != 0 } + other.slots.filter { $0 != 0 })
  }

  /// The stored keys (unordered).
  var keys: [UInt64] { slots.filter { $0 != 0 } }
}
