/// An exact map from non-zero word keys (`DateWordKey`) to small integers: open addressing
/// with a multiplicative hash and linear probing, built once. Hot loops read it through a
/// `View` of plain pointers, which hashes no string, counts no reference and allocates nothing.
final class DateKeyTable: @unchecked Sendable {
  /// The table's storage as plain pointers; valid while the table lives.
  struct View {
    let keys: UnsafePointer<UInt64>
    let values: UnsafePointer<Int32>
    let mask: Int

    /// The value of `key`, or `nil` when it is not in the table.
    @inline(__always) func value(_ key: UInt64) -> Int? {
      guard key != 0 else { return nil }
      var slot = DateKeyTable.slot(key, mask: mask)
      while true {
        let k = keys[slot]
        if k == key { return Int(values[slot]) }
        if k == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { value(key) != nil }
  }

  let view: View
  private let keys: UnsafeMutablePointer<UInt64>
  private let values: UnsafeMutablePointer<Int32>

  /// A table of `entries`; a key given twice keeps its first value.
  init(_ entries: [(key: UInt64, value: Int)]) {
    var size = 16
    while size < entries.count * 4 { size <<= 1 }
    keys = .allocate(capacity: size)
    keys.initialize(repeating: 0, count: size)
    values = .allocate(capacity: size)
    values.initialize(repeating: -1, count: size)
    for (key, value) in entries where key != 0 {
      var slot = DateKeyTable.slot(key, mask: size - 1)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      if keys[slot] == 0 {
        keys[slot] = key
        values[slot] = Int32(value)
      }
    }
    view = View(keys: keys, values: values, mask: size - 1)
  }

  /// A set: every key maps to 0.
  convenience init<S: Sequence>(set: S) where S.Element == UInt64 {
    self.init(set.map { (key: $0, value: 0) })
  }

  deinit {
    keys.deallocate()
    values.deallocate()
  }

  @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }
}
