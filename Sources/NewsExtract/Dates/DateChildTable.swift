/// A growing map from a tree edge (a node and the next bytes of a start, packed by
/// `DateStartTree`) to the child node and the child's trigger list, kept in the entry so
/// that a step of a walk reads one place: open addressing, linear probing, doubled when
/// half full.
struct DateChildTable: ~Copyable {
  struct Entry {
    var key: UInt64
    var child: Int32
    var triggerCount: Int32
    var triggers: UnsafePointer<Int32>?
  }

  private var entries: UnsafeMutablePointer<Entry>
  private var mask: Int
  private var count = 0

  init() {
    let size = 1 << 10
    entries = .allocate(capacity: size)
    entries.initialize(repeating: Entry(key: DateChildTable.empty, child: -1, triggerCount: 0, triggers: nil), count: size)
    mask = size - 1
  }

  deinit { entries.deallocate() }

  /// No edge has this key (`DateStartTree` keys never set all bits).
  static let empty = ~UInt64(0)

  @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The entry of the edge `key`, or `nil`.
  @inline(__always) func entry(_ key: UInt64) -> Entry? { DateChildTable.entry(key, in: entries, mask: mask) }

  /// The entry of `key` among the `mask + 1` entries at `entries` (this table's or a frozen
  /// copy's), by linear probing.
  @inline(__always) static func entry(_ key: UInt64, in entries: UnsafePointer<Entry>, mask: Int) -> Entry? {
    var slot = slot(key, mask: mask)
    while true {
      let e = entries[slot]
      if e.key == key { return e }
      if e.key == empty { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// A read-only copy of the table as it is now.
  func frozen() -> DateFrozenChildren { DateFrozenChildren(copying: entries, mask: mask) }

  /// Adds an edge not yet in the table.
  mutating func insert(_ entry: Entry) {
    if 2 * (count + 1) > mask + 1 { grow() }
    var slot = DateChildTable.slot(entry.key, mask: mask)
    while entries[slot].key != DateChildTable.empty { slot = (slot + 1) & mask }
    entries[slot] = entry
    count += 1
  }

  private mutating func grow() {
    let (old, oldSize) = (entries, mask + 1)
    let size = oldSize * 2
    entries = .allocate(capacity: size)
    entries.initialize(repeating: Entry(key: DateChildTable.empty, child: -1, triggerCount: 0, triggers: nil), count: size)
    mask = size - 1
    count = 0
    for s in 0..<oldSize where old[s].key != DateChildTable.empty { insert(old[s]) }
    old.deallocate()
  }
}
