/// Exact packed keys of short words: up to 10 bytes of `[a-z0-9']` (ASCII letters folded to
/// lower case), 6 bits each. Two words share a key only when they are the same word, so a
/// set of keys answers "is this one of the words" without building a `String`.
enum DateWordKey {
  /// The longest word that has a key.
  static let maxLength = 10

  /// Per byte: its code (1…37), or 0 when a word holding it has no key.
  static let codes: [UInt8] = (0..<256).map { v in
    let b = UInt8(v)
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return b - UInt8(ascii: "a") + 1
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return b - UInt8(ascii: "A") + 1
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0") + 27
    case UInt8(ascii: "'"): return 37
    default: return 0
    }
  }

  /// The key of `buffer[start..<end]`, or `nil` when the word is too long or holds another byte.
  @inline(__always) static func key(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    guard end - start <= maxLength else { return nil }
    return codes.withUnsafeBufferPointer { codes in
      var k: UInt64 = 0
      for i in start..<end {
        let c = codes[Int(buffer[i])]
        if c == 0 { return nil }
        k = k << 6 | UInt64(c)
      }
      return k
    }
  }

  /// The keys of the words of `words` that a text word lower-cases to exactly: those written
  /// in lower case over `[a-z0-9']` and short enough. Other words are looked up by string.
  static func keys<S: Sequence>(of words: S) -> Set<UInt64> where S.Element == String {
    var keys = Set<UInt64>()
    for word in words {
      let bytes = Array(word.utf8)
      guard bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x27 }) else { continue }
      if let k = bytes.withUnsafeBufferPointer({ key($0, 0, $0.count) }) { keys.insert(k) }
    }
    return keys
  }
}
