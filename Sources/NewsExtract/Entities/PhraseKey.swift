/// Hashes for looking up words and phrases without building strings: a word's key is a hash
/// of its bytes lower-cased (ASCII and Latin-1 letters), taken eight bytes at a time; a
/// phrase's key combines its words' keys in order. The gazetteer loader and the extractor use
/// the same functions, and nothing else computes word keys.
enum PhraseKey {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The key of the bytes `bytes[range]`, lower-cased.
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard let base = bytes.baseAddress else { return finish(seed, 0) }
    var h = seed
    var i = range.lowerBound
    let end = range.upperBound
    while end - i >= 8 {
      let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      guard chunk & WordBytes.highBits == 0 else { return foldedWord(bytes, range) }
      h = mix(h, WordBytes.lowerASCII(chunk))
      i &+= 8
    }
    if i < end {
      let tail = WordBytes.load(bytes, from: i, count: end - i)
      guard tail & WordBytes.highBits == 0 else { return foldedWord(bytes, range) }
      h = mix(h, WordBytes.lowerASCII(tail))
    }
    return finish(h, end - range.lowerBound)
  }

  /// `word` for bytes outside ASCII: "É" (C3 89) folds to "é" (C3 A9), byte by byte.
  @inline(never)
  static func foldedWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h = seed
    var chunk: UInt64 = 0
    var filled: UInt64 = 0
    var i = range.lowerBound
    var afterC3 = false
    while i < range.upperBound {
      var b = bytes[i]
      if b >= 0x41 && b <= 0x5A {
        b |= 0x20
      } else if afterC3, b >= 0x80, b <= 0x9E, b != 0x97 {
        b |= 0x20
      }
      afterC3 = b == 0xC3
      chunk |= UInt64(b) << (filled * 8)
      filled += 1
      if filled == 8 { h = mix(h, chunk); chunk = 0; filled = 0 }
      i += 1
    }
    if filled > 0 { h = mix(h, chunk) }
    return finish(h, range.count)
  }

  @inline(__always)
  static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
    let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    return x ^ (x >> 32)
  }

  @inline(__always)
  static func finish(_ h: UInt64, _ length: Int) -> UInt64 {
    let x = (h ^ UInt64(truncatingIfNeeded: length)) &* 0xD6E8_FEB8_6659_FD93
    return x ^ (x >> 31)
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
