/// A word of up to 12 ASCII letters packed case-insensitively into an integer, so word
/// tables can be probed without building strings in the hot loop.
public enum PackedWord {
  /// The key of the letters `bytes[range]`; `nil` if the range is empty, longer than 12 or
  /// holds a byte that is not an ASCII letter.
  @inline(__always)
  public static func key(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64? {
    guard !range.isEmpty, range.count <= 12 else { return nil }
    var key: UInt64 = 0
    for i in range {
      let b = bytes[i]
      guard b.isLetter else { return nil }
      key = key << 5 | UInt64((b | 0x20) &- 0x60)
    }
    return key
  }

  /// The key of a lowercase ASCII word given as a string (for building tables).
  public static func key(_ word: String) -> UInt64? {
    let bytes = Array(word.utf8)
    return key(bytes, 0..<bytes.count)
  }
}

/// A fixed open-addressing table from packed words to values: built once from data, probed
/// with a multiply and a shift.
public struct WordTable<Value: Sendable>: Sendable {
  private let keys: [UInt64]
  private let values: [Value?]
  private let shift: UInt64

  /// A table of `entries` (word → value). Words that cannot be packed are skipped; a later
  /// duplicate replaces an earlier one.
  public init(_ entries: [(String, Value)]) {
    var bits: UInt64 = 6
    while (1 << bits) < entries.count * 4 { bits += 1 }
    var keys = [UInt64](repeating: 0, count: 1 << bits)
    var values = [Value?](repeating: nil, count: 1 << bits)
    let shift = 64 - bits
    for (word, value) in entries {
      guard let key = PackedWord.key(word.lowercased()) else { continue }
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
  }

  /// The value stored for `key`, if any.
  @inline(__always)
  public func value(for key: UInt64) -> Value? {
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == 0 { return nil }
      slot = (slot + 1) & (keys.count - 1)
    }
  }

  /// The value for the word `bytes[range]`, if it is in the table.
  @inline(__always)
  public func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? {
    guard let key = PackedWord.key(bytes, range) else { return nil }
    return value(for: key)
  }
}
