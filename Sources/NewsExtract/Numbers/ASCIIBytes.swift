/// Byte classes of the matching view (`TextBuffer.bytes`), where typographic spaces and
/// dashes are already folded to ASCII.
extension UInt8 {
  @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
  @inline(__always) var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }
  @inline(__always) var isUpper: Bool { self &- 0x41 < 26 }
  @inline(__always) var isLower: Bool { self &- 0x61 < 26 }
  @inline(__always) var isHorizontalSpace: Bool { self == 0x20 || self == 0x09 }
  @inline(__always) var isAlphanumeric: Bool { isDigit || isLetter }
  /// Bytes that continue a multi-byte UTF-8 character.
  @inline(__always) var isContinuation: Bool { self & 0xC0 == 0x80 }
}
