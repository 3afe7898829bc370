#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An insertion-ordered map from `PhraseKey` hashes to small integers, used only while the
/// gazetteer loads: open addressing over the key bits (already hashes), no `Hasher` round and
/// no sorting afterwards, so the tables come out in file order.
struct GazetteerLoadMap {
  private struct Slot {
    var key: UInt64
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  /// The keys in the order they were first inserted.
  private(set) var keys: [UInt64] = []

  /// A map sized for about `expected` keys (it grows past that).
  init(expected: Int) {
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    slots = Array(repeating: Slot(key: 0, value: 0), count: capacity)
    mask = capacity - 1
    keys.reserveCapacity(expected)
  }

  var count: Int { keys.count }

  @inline(__always)
  private static func slot(of stored: UInt64, in s: UnsafePointer<Slot>, mask: Int) -> Int {
    var i = Int(truncatingIfNeeded: stored ^ (stored >> 32)) & mask
    while s[i].key != 0 && s[i].key != stored { i = (i + 1) & mask }
    return i
  }

  /// The value of `key`, if present.
  subscript(key: UInt64) -> Int32? {
    slots.withUnsafeBufferPointer { s in
      let i = GazetteerLoadMap.slot(of: key == 0 ? 1 : key, in: s.baseAddress!, mask: mask)
      return s[i].key == 0 ? nil : s[i].value
    }
  }

  /// Inserts `key` with `value` unless present; returns the value now stored and whether it is new.
  @discardableResult
  mutating func insert(_ key: UInt64, _ value: Int32) -> (value: Int32, inserted: Bool) {
    if (keys.count + 1) * 2 > slots.count { grow() }
    let stored = key == 0 ? 1 : key
    let mask = self.mask
    let found: Int32? = slots.withUnsafeMutableBufferPointer { s in
      let i = GazetteerLoadMap.slot(of: stored, in: s.baseAddress!, mask: mask)
      if s[i].key != 0 { return s[i].value }
      s[i] = Slot(key: stored, value: value)
      return nil
    }
    if let found { return (found, false) }
    keys.append(key)
    return (value, true)
  }

  /// Sets the value of a present key.
  mutating func update(_ key: UInt64, _ value: Int32) {
    let mask = self.mask
    slots.withUnsafeMutableBufferPointer { s in
      let i = GazetteerLoadMap.slot(of: key == 0 ? 1 : key, in: s.baseAddress!, mask: mask)
      if s[i].key != 0 { s[i].value = value }
    }
  }

  private mutating func grow() {
    let old = keys.map { ($0, self[$0]!) }
    slots = Array(repeating: Slot(key: 0, value: 0), count: slots.count * 2)
    mask = slots.count - 1
    keys.removeAll(keepingCapacity: true)
    for (key, value) in old { insert(key, value) }
  }
}

/// The canonical names met while loading, kept as bytes (one arena) until the end. A name
/// repeated on consecutive rows (a city's other spellings) is stored once; a name met again
/// later gets a second index with the same text.
struct GazetteerNameList {
  private var arena: [UInt8] = []
  private var ends: [Int] = []

  init() {
    arena.reserveCapacity(1 << 19)
    ends.reserveCapacity(1 << 16)
  }

  /// The index of `name`, adding it unless it is the last name added.
  mutating func index(of name: UnsafeBufferPointer<UInt8>) -> Int32 {
    if let end = ends.last {
      let start = ends.count > 1 ? ends[ends.count - 2] : 0
      let same = end - start == name.count && arena.withUnsafeBufferPointer { a in
        name.count == 0 || memcmp(a.baseAddress! + start, name.baseAddress!, name.count) == 0
      }
      if same { return Int32(ends.count - 1) }
    }
    arena.append(contentsOf: name)
    ends.append(arena.count)
    return Int32(ends.count - 1)
  }

  /// The names as strings, in order.
  func strings() -> [String] {
    arena.withUnsafeBufferPointer { bytes in
      var start = 0
      return ends.map { end in
        defer { start = end }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
    }
  }
}
