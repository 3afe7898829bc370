/// Single-byte legacy charsets → UTF-8, one table lookup per byte.
enum SingleByteDecoder {
  static func decode(_ bytes: ArraySlice<UInt8>, table: [UInt16]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 4)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
        continue
      }
      let v = UInt32(table[Int(b) - 0x80])
      if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// UTF-16 (either byte order) → String; a lone surrogate becomes U+FFFD.
  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(bigEndian ? a << 8 | b : b << 8 | a)
      i += 2
    }
    return String(decoding: units, as: UTF16.self)
  }
}
