/// A tag name as a 64-bit key (FNV-1a of its lowercased bytes), so that element names, which
/// libxml2's HTML parser copies per node, are classified without building Strings.
enum TagKey {
  static func of(_ name: UnsafePointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var p = name
    while p.pointee != 0 {
      let b = p.pointee
      h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3
      p += 1
    }
    return h
  }

  /// The key of the name in `bytes` (a tag name in a page's markup).
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3 }
    return h
  }

  static func of(_ name: String) -> UInt64 {
    var copy = name
    return copy.withUTF8 { buffer in
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in buffer { h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3 }
      return h
    }
  }
}
