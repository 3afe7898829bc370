/// Counts in raw UTF-8 text: code points that are not spaces, and commas.
enum TextCounter {
  static func count(_ text: UnsafePointer<UInt8>?) -> (letters: Int32, commas: Int32) {
    guard var p = text else { return (0, 0) }
    var letters: Int32 = 0
    var commas: Int32 = 0
    while true {
      let b = p.pointee
      if b < 0x80 {
        if b == 0 { break }
        if b > 0x20 {
          letters += 1
          if b == 0x2C { commas += 1 }
        }
      } else if b >= 0xC0 {
        letters += 1
        // Ideographic comma 、 (E3 80 81) and fullwidth comma ， (EF BC 8C).
        if b == 0xE3 && p[1] == 0x80 && p[2] == 0x81 { commas += 1 }
        if b == 0xEF && p[1] == 0xBC && p[2] == 0x8C { commas += 1 }
      }
      p += 1
    }
    return (letters, commas)
  }
}
