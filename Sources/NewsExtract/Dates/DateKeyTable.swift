/// An exact map from non-zero word keys (`DateWordKey`) to small integers: open addressing
/// with a multiplicative hash and linear probing, built once. A look-up hashes no string and
/// allocates nothing, which matters for a check made at every word of the text.
struct DateKeyTable: Sendable {
  private let keys: [UInt64]
  private let values: [Int32]
  private let mask: Int

  /// A table of `entries`; a key given twice keeps its first value.
  init(_ entries: [(key: UInt64, value: Int)]) {
    var size = 16
    while size < entries.count * 4 { size <<= 1 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [Int32](repeating: -1, count: size)
    for (key, value) in entries where key != 0 {
      var slot = DateKeyTable.slot(key, mask: size - 1)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      if keys[slot] == 0 {
        keys[slot] = key
        values[slot] = Int32(value)
      }
    }
    self.keys = keys
    self.values = values
    mask = size - 1
  }

  /// A set: every key maps to 0.
  init<S: Sequence>(set: S) where S.Element == UInt64 {
    self.init(set.map { (key: $0, value: 0) })
  }

  @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The value of `key`, or `nil` when it is not in the table.
  @inline(__always) func value(_ key: UInt64) -> Int? {
    guard key != 0 else { return nil }
    return keys.withUnsafeBufferPointer { keys in
      var slot = DateKeyTable.slot(key, mask: mask)
      while true {
        let k = keys[slot]
        if k == key { return Int(values[slot]) }
        if k == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  @inline(__always) func contains(_ key: UInt64) -> Bool { value(key) != nil }
}
