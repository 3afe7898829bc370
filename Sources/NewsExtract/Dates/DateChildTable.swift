/// A growing map from a tree edge (a node and a byte, packed as `node << 8 | byte`) to the
/// child node: open addressing, linear probing, doubled when half full.
struct DateChildTable: ~Copyable {
  private var keys: UnsafeMutablePointer<UInt64>
  private var values: UnsafeMutablePointer<Int32>
  private var mask: Int
  private var count = 0

  init() {
    let size = 1 << 10
    keys = .allocate(capacity: size)
    keys.initialize(repeating: DateChildTable.empty, count: size)
    values = .allocate(capacity: size)
    values.initialize(repeating: -1, count: size)
    mask = size - 1
  }

  deinit {
    keys.deallocate()
    values.deallocate()
  }

  /// No edge has this key (a node number never reaches 2^55).
  static let empty = ~UInt64(0)

  @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The child at the edge `key`, or -1.
  @inline(__always) func value(_ key: UInt64) -> Int {
    var slot = DateChildTable.slot(key, mask: mask)
    while true {
      let k = keys[slot]
      if k == key { return Int(values[slot]) }
      if k == DateChildTable.empty { return -1 }
      slot = (slot + 1) & mask
    }
  }

  /// Adds the edge `key` (not yet in the table) to `child`.
  mutating func insert(_ key: UInt64, _ child: Int) {
    if 2 * (count + 1) > mask + 1 { grow() }
    var slot = DateChildTable.slot(key, mask: mask)
    while keys[slot] != DateChildTable.empty { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = Int32(child)
    count += 1
  }

  private mutating func grow() {
    let (oldKeys, oldValues, oldSize) = (keys, values, mask + 1)
    let size = oldSize * 2
    keys = .allocate(capacity: size)
    keys.initialize(repeating: DateChildTable.empty, count: size)
    values = .allocate(capacity: size)
    values.initialize(repeating: -1, count: size)
    mask = size - 1
    count = 0
    for s in 0..<oldSize where oldKeys[s] != DateChildTable.empty { insert(oldKeys[s], Int(oldValues[s])) }
    oldKeys.deallocate()
    oldValues.deallocate()
  }
}
