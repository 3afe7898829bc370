/// `EntityID.fold` by table for text whose code points are all below U+0300 (ASCII, Latin-1,
/// Latin Extended-A and B, IPA, spacing modifiers): each such code point is a starter whose
/// lower-case mapping and canonical decomposition do not depend on its neighbours, and the
/// only marks they decompose into are nonspacing ones, which the fold drops. So the fold of
/// such a text is the concatenation of the folds of its code points, read from a table made
/// by the reference fold itself. Text with any other code point goes to the reference fold.
enum LatinFold {
  /// Code points below this one are folded by table.
  static let limit: UInt32 = 0x300

  /// The reference fold of each code point below `limit`.
  static let table: [String] = (0..<limit).map { value in
    Unicode.Scalar(value).map { EntityID.referenceFold(String($0)) } ?? ""
  }

  /// The fold of `text`, or nil when a code point of it is not below `limit`.
  static func fold(_ text: String) -> String? {
    var text = text
    if let folded = text.withUTF8({ asciiLowercased($0) }) { return folded }
    var out = ""
    for scalar in text.unicodeScalars {
      guard scalar.value < limit else { return nil }
      out += table[Int(scalar.value)]
    }
    return out
  }

  /// `text` lower-cased when it is all ASCII (the whole fold there), else nil.
  static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard isASCII(bytes) else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      for i in bytes.indices { out[i] = lowercased(bytes[i]) }
      return bytes.count
    }
  }

  /// `EntityID.slug` of an all-ASCII name, else nil.
  static func asciiSlug(_ name: String) -> String? {
    var name = name
    return name.withUTF8 { bytes -> String? in
      guard isASCII(bytes) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var dash = false
        for byte in bytes {
          if isASCIIAlphanumeric(UInt32(byte)) {
            // A dash takes the place of the separator bytes before this one: room enough.
            if dash && count > 0 { out[count] = 0x2D; count += 1 }
            dash = false
            out[count] = lowercased(byte)
            count += 1
          } else {
            dash = true
          }
        }
        return count
      }
    }
  }

  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var any: UInt8 = 0
    for byte in bytes { any |= byte }
    return any < 0x80
  }

  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

  /// A–Z, a–z, 0–9: the ASCII code points that are alphabetic or digits.
  @inline(__always)
  static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
    (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
  }
}
