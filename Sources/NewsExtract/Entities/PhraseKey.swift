/// Hashes for looking up words and phrases without building strings: a word's key is an
/// FNV-1a hash of its bytes lower-cased (ASCII and Latin-1 letters), a phrase's key combines
/// its words' keys in order. The gazetteer loader and the extractor use the same functions.
enum PhraseKey {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The key of the bytes `bytes[range]`, lower-cased.
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h = seed
    var i = range.lowerBound
    while i < range.upperBound {
      var b = bytes[i]
      if b >= 0x41 && b <= 0x5A {
        b |= 0x20
      } else if b == 0xC3, i + 1 < range.upperBound, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        i += 1
        b = bytes[i] | 0x20
      }
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      i += 1
    }
    return h
  }

  /// The key of a phrase: `combine` folded over its words' keys.
  @inline(__always)
  static func combine(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
    let x = (phrase ^ word) &* 0x9E37_79B9_7F4A_7C15
    return x ^ (x >> 29)
  }

  /// The key of a plain string word (for tables and tests).
  static func word(_ string: String) -> UInt64 {
    let bytes = Array(string.utf8)
    return bytes.withUnsafeBufferPointer { word($0, 0..<bytes.count) }
  }
}
