/// A small fixed table from 64-bit keys (`TagKey`) to values, open addressing: cheaper than a
/// `Dictionary` for the per-element lookups of the tree walks.
struct KeyTable<Value: Sendable>: Sendable {
  private var keys: [UInt64]
  private var values: [Value?]
  private let mask: Int

  init(_ entries: [UInt64: Value]) {
    var capacity = 64
    while capacity < entries.count * 4 { capacity *= 2 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
      var i = Int(truncatingIfNeeded: key) & mask
      while values[i] != nil { i = (i + 1) & mask }
      keys[i] = key
      values[i] = value
    }
  }

  subscript(key: UInt64) -> Value? {
    var i = Int(truncatingIfNeeded: key) & mask
    while let value = values[i] {
      if keys[i] == key { return value }
      i = (i + 1) & mask
    }
    return nil
  }
}
