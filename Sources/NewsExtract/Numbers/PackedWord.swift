/// A word of up to 12 ASCII letters packed case-insensitively into an integer, so word
/// tables can be probed without building strings in the hot loop.
enum PackedWord {
  /// The key of the letters `bytes[range]`; `nil` if the range is empty, longer than 12 or
  /// holds a byte that is not an ASCII letter.
  @inline(__always)
  static func key(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64? {
    guard !range.isEmpty, range.count <= 12 else { return nil }
    var key: UInt64 = 0
    for i in range {
      let b = bytes[i]
      guard b.isLetter else { return nil }
      key = key << 5 | UInt64((b | 0x20) &- 0x60)
    }
    return key
  }

  /// The key of the letters `p[range]` (unchecked buffer; the caller knows they are letters).
  @inline(__always)
  static func key(letters p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var key: UInt64 = 0
    for i in range { key = key << 5 | UInt64((p[i] | 0x20) &- 0x60) }
    return key
  }

  /// The key of a lowercase ASCII word given as a string (for building tables).
  static func key(_ word: String) -> UInt64? {
    let bytes = Array(word.utf8)
    return key(bytes, 0..<bytes.count)
  }
}

/// A fixed open-addressing table from packed words to values: built once from data, probed
/// with a multiply and a shift. A class over raw storage, so probing a shared table costs no
/// reference counting.
final class WordTable<Value: Sendable>: @unchecked Sendable {
  private let keys: UnsafeMutablePointer<UInt64>
  private let values: UnsafeMutablePointer<Value?>
  private let mask: Int
  private let shift: UInt64

  /// A table of `entries` (word → value). Words that cannot be packed are skipped; a later
  /// duplicate replaces an earlier one.
  init(_ entries: [(String, Value)]) {
    var bits: UInt64 = 6
    while (1 << bits) < entries.count * 4 { bits += 1 }
    let size = 1 << Int(bits)
    keys = .allocate(capacity: size)
    keys.initialize(repeating: 0, count: size)
    values = .allocate(capacity: size)
    values.initialize(repeating: nil, count: size)
    mask = size - 1
    shift = 64 - bits
    for (word, value) in entries {
      guard let key = PackedWord.key(word.lowercased()) else { continue }
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  deinit {
    values.deinitialize(count: mask + 1)
    values.deallocate()
    keys.deallocate()
  }

  /// The value stored for `key`, if any.
  @inline(__always)
  func value(for key: UInt64) -> Value? {
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// The value for the word `bytes[range]`, if it is in the table.
  @inline(__always)
  func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? {
    guard let key = PackedWord.key(bytes, range) else { return nil }
    return value(for: key)
  }
}
