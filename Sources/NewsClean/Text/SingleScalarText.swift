/// UTF-8 text in which every code point is a grapheme of its own: ASCII, Latin, Greek,
/// Cyrillic, general punctuation and CJK ideographs, with no combining mark, joiner, emoji or
/// script that clusters. On such text, work on bytes and code points gives exactly what work on
/// `Character`s gives, so the byte paths of this folder apply; any other text goes the
/// `Character` way (the fallbacks are kept beside each fast path).
enum SingleScalarText {
  /// The length of the code point that starts at `i` and whether it is white space (as
  /// `Character.isWhitespace` says), or nil when it is outside the single-scalar set.
  @inline(__always)
  static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, isSpace: Bool)? {
    let b = bytes[i]
    if b < 0x80 { return (1, b == 0x20 || (b >= 0x09 && b <= 0x0D)) }
    guard i + 1 < bytes.count else { return nil }
    let c = bytes[i + 1]
    switch b {
    case 0xC2: return (2, c == 0x85 || c == 0xA0)  // U+0085, U+00A0
    case 0xC3...0xCB, 0xCE, 0xCF, 0xD0, 0xD1, 0xD3: return (2, false)  // up to U+02FF; Greek; Cyrillic
    case 0xCD: return c >= 0xB0 ? (2, false) : nil  // U+0340–U+036F combine
    case 0xD2: return c >= 0x8A ? (2, false) : nil  // U+0483–U+0489 combine
    case 0xE2:
      guard i + 2 < bytes.count else { return nil }
      let d = bytes[i + 2]
      switch c {
      case 0x80:  // U+2000–U+203F
        if d <= 0x8A || d == 0xAF { return (3, true) }  // U+2000–U+200A, U+202F
        if (0x8B...0x8F).contains(d) || (0xA8...0xAE).contains(d) { return nil }  // joiners, marks, separators
        return (3, false)
      case 0x81: return d < 0x9F ? (3, false) : nil  // U+2040–U+205E
      case 0x82: return (3, false)  // U+2080–U+20BF
      default: return nil
      }
    case 0xE4...0xE9: return i + 2 < bytes.count ? (3, false) : nil  // U+4000–U+9FFF
    default: return nil
    }
  }

  /// Whether every code point of `bytes` is a grapheme of its own.
  static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < bytes.count {
      if bytes[i] < 0x80 { i += 1; continue }
      guard let (length, _) = scalar(at: i, in: bytes) else { return false }
      i += length
    }
    return true
  }

  /// Whether `text` is such text (false when its bytes are not contiguous).
  static func holds(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { holds($0) } ?? false
  }

  /// Runs of white space as one space, trimmed, with the number of characters kept; nil when
  /// the text is not single-scalar text.
  static func collapsed(_ text: String) -> (text: String, count: Int)? {
    guard let result = text.utf8.withContiguousStorageIfAvailable({ collapsed($0) }) else { return nil }
    return result
  }

  private static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, count: Int)? {
    var count = 0
    var space = false
    var failed = false
    let text = String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      var i = 0
      while i < bytes.count {
        guard let (length, isSpace) = scalar(at: i, in: bytes) else { failed = true; return 0 }
        if isSpace {
          space = true
        } else {
          if space && n > 0 { out[n] = 0x20; n += 1; count += 1 }
          space = false
          for k in 0..<length { out[n + k] = bytes[i + k] }
          n += length
          count += 1
        }
        i += length
      }
      return n
    }
    return failed ? nil : (text, count)
  }
}
