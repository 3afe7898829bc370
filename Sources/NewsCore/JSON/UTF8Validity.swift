/// UTF-8 validity without building a String (ASCII runs checked eight bytes at a time):
/// overlong forms, surrogates and scalars past U+10FFFF are invalid.
public enum UTF8Validity {
  /// Whether `buffer` is well-formed UTF-8.
  public static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = buffer.baseAddress else { return true }
    let n = buffer.count
    var i = 0
    while i < n {
      if i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
      }
      let b = base[i]
      if b < 0x80 { i += 1; continue }
      let length: Int
      var scalar: UInt32
      switch b {
      case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F)
      case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F)
      case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07)
      default: return false
      }
      guard i + length <= n else { return false }
      for k in 1..<length {
        let c = base[i + k]
        guard c & 0xC0 == 0x80 else { return false }
        scalar = scalar << 6 | UInt32(c & 0x3F)
      }
      if (length == 3 && (scalar < 0x800 || (0xD800...0xDFFF).contains(scalar)))
        || (length == 4 && (scalar < 0x10000 || scalar > 0x10FFFF))
      {
        return false
      }
      i += length
    }
    return true
  }

  /// Whether `bytes` is well-formed UTF-8.
  public static func isValid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { isValid($0) } }
}
