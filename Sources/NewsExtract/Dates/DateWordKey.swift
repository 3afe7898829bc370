/// Exact packed keys of short words: up to 10 bytes of `[a-z0-9']` (ASCII letters folded to
/// lower case), 6 bits each. Two words share a key only when they are the same word, so a
/// set of keys answers "is this one of the words" without building a `String`.
enum DateWordKey {
  /// The longest word that has a key.
  static let maxLength = 10

  /// The code of a byte (1…37), or 0 when a word holding it has no key.
  @inline(__always) static func code(_ b: UInt8) -> UInt64 {
    let letter = (b | 0x20) &- 0x61
    if letter < 26 { return UInt64(letter) + 1 }
    let digit = b &- 0x30
    if digit < 10 { return UInt64(digit) + 27 }
    return b == UInt8(ascii: "'") ? 37 : 0
  }

  /// The key of `buffer[start..<end]`, or `nil` when the word is too long or holds another byte.
  @inline(__always) static func key(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    guard end - start <= maxLength else { return nil }
    var k: UInt64 = 0
    for i in start..<end {
      let c = code(buffer[i])
      if c == 0 { return nil }
      k = k << 6 | c
    }
    return k
  }

  /// The keys of the words of `words` that a text word lower-cases to exactly: those written
  /// in lower case over `[a-z0-9']` and short enough. Other words are looked up by string.
  /// With `prefixes`, the keys of the first `maxLength` bytes of the longer words instead.
  static func keys<S: Sequence>(of words: S, prefixes: Bool = false) -> Set<UInt64> where S.Element == String {
    var keys = Set<UInt64>()
    for word in words {
      var bytes = Array(word.utf8)
      if prefixes {
        guard bytes.count > maxLength else { continue }
        bytes = Array(bytes.prefix(maxLength))
      }
      guard bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x27 }) else { continue }
      if let k = bytes.withUnsafeBufferPointer({ key($0, 0, $0.count) }) { keys.insert(k) }
    }
    return keys
  }
}
