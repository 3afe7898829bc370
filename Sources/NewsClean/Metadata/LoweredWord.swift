/// `String.lowercased()` on the UTF-8 bytes of a word, for the scripts of the stop-word lists
/// where it maps one code point to one of the same length: ASCII, Latin-1 letters, Latin
/// Extended-A letters already lower-case, Cyrillic U+0400–U+045F. Nil for anything else.
enum LoweredWord {
  static func lowered(_ bytes: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        out.append(b &- 0x41 < 26 ? b | 0x20 : b)
        i += 1
        continue
      }
      guard b >= 0xC2 && b < 0xE0, i + 1 < bytes.count else { return nil }
      let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
      guard let lower = lowered(v) else { return nil }
      out.append(UInt8(0xC0 | lower >> 6))
      out.append(UInt8(0x80 | lower & 0x3F))
      i += 2
    }
    return out
  }

  /// The lower-case form of a two-byte code point, or nil when it is not simply known.
  static func lowered(_ v: UInt32) -> UInt32? {
    switch v {
    case 0xC0...0xDE where v != 0xD7: return v + 0x20
    case 0xDF...0xFF where v != 0xF7: return v
    case 0x100...0x17F: return isLowerLatinExtendedA(v) ? v : nil
    case 0x400...0x40F: return v + 0x50
    case 0x410...0x42F: return v + 0x20
    case 0x430...0x45F: return v
    default: return nil
    }
  }

  /// Lower-case letters of U+0100–U+017F: pairs alternate upper, lower, with the shifts at
  /// U+0138/U+0149/U+0178 and the lone lower-case ı, ĸ, ŉ, ſ.
  static func isLowerLatinExtendedA(_ v: UInt32) -> Bool {
    switch v {
    case 0x131, 0x138, 0x149, 0x17F: return true
    case 0x100...0x137, 0x14A...0x177: return v & 1 == 1
    case 0x139...0x148, 0x179...0x17E: return v & 1 == 0
    default: return false
    }
  }
}

extension LoweredWord {
  /// `text.lowercased()`, scalar by scalar as the standard library does it, with the scalars
  /// whose lower case `lowered(_:)` knows (or that have no case: general punctuation, Han)
  /// mapped without the property lookup.
  static func lowercased(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: v) &- 0x41 < 26 ? UInt8(v) | 0x20 : UInt8(v)))
      } else if v < 0x800, let lower = lowered(v), let mapped = Unicode.Scalar(lower) {
        out.append(mapped)
      } else if (0x2000...0x206F).contains(v) || (0x4E00...0x9FFF).contains(v) {
        out.append(scalar)
      } else {
        out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(out)
  }
}
