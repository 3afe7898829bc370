/// The names in `class`/`id` values, read once from raw bytes: each whitespace-separated
/// name lowercased and squashed to letters and digits (`article__body`, `article-body` and
/// `articleBody` all read `articlebody`), and the pieces between `-`, `_` and spaces.
struct ElementNames {
  /// Squashed names, each followed by a 0 byte.
  private(set) var squashed: [UInt8] = []
  /// Pieces between separators, each followed by a 0 byte.
  private(set) var words: [UInt8] = []

  init(_ values: UnsafePointer<UInt8>?...) {
    for value in values { if let value { read(value) } }
  }

  private mutating func read(_ value: UnsafePointer<UInt8>) {
    var nameLength = 0
    var wordLength = 0
    var p = value
    while true {
      let raw = p.pointee
      let b = raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
      if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
        squashed.append(b)
        words.append(b)
        nameLength += 1
        wordLength += 1
      } else {
        if wordLength > 0 { words.append(0); wordLength = 0 }
        if (b == 0 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) && nameLength > 0 {
          squashed.append(0)
          nameLength = 0
        }
      }
      if raw == 0 { return }
      p += 1
    }
  }

  /// A 64-bit FNV-1a hash of raw values, for caching what their names mean.
  static func hash(_ values: UnsafePointer<UInt8>?...) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values { h = hash(value, into: h) }
    return h
  }

  /// `hash` of one value, without the variadic array.
  static func hash(_ a: UnsafePointer<UInt8>?) -> UInt64 { hash(a, into: 0xcbf2_9ce4_8422_2325) }

  /// `hash` of two values, without the variadic array.
  static func hash(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?) -> UInt64 {
    hash(b, into: hash(a, into: 0xcbf2_9ce4_8422_2325))
  }

  @inline(__always)
  private static func hash(_ value: UnsafePointer<UInt8>?, into start: UInt64) -> UInt64 {
    var h = (start ^ 0xFF) &* 0x100_0000_01b3
    guard var p = value else { return h }
    while p.pointee != 0 {
      h = (h ^ UInt64(p.pointee)) &* 0x100_0000_01b3
      p += 1
    }
    return h
  }
}

/// Matches words in element names. A *part* matches anywhere inside a squashed name; a *word*
/// must be a whole piece between separators (so `ad` matches `ad-slot` but not `header`).
struct NameMatcher: Sendable {
  let parts: [[UInt8]]
  let words: [[UInt8]]
  /// Indices into `parts` by their first byte.
  private let byFirstByte: [[Int]]

  init(parts: [String], words: [String] = []) {
    self.parts = parts.map { Array($0.utf8) }
    self.words = words.map { Array($0.utf8) }
    var index = [[Int]](repeating: [], count: 256)
    for (i, part) in self.parts.enumerated() { index[Int(part[0])].append(i) }
    byFirstByte = index
  }

  func matches(_ names: ElementNames) -> Bool {
    if !words.isEmpty && Self.anySegment(names.words, where: { w in words.contains { $0.count == w.count && $0.elementsEqual(w) } }) { return true }
    return Self.anySegment(names.squashed, where: containsPart)
  }

  /// Calls `test` on each 0-terminated segment until it says yes.
  private static func anySegment(_ bytes: [UInt8], where test: (ArraySlice<UInt8>) -> Bool) -> Bool {
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0 {
      if i > start && test(bytes[start..<i]) { return true }
      start = i + 1
    }
    return false
  }

  /// Convenience for one raw value (not cached).
  func matches(_ value: UnsafePointer<UInt8>?) -> Bool {
    value != nil && matches(ElementNames(value))
  }

  private func containsPart(_ name: ArraySlice<UInt8>) -> Bool {
    let n = name.endIndex
    for i in name.indices {
      for p in byFirstByte[Int(name[i])] {
        let part = parts[p]
        guard i + part.count <= n else { continue }
        var j = 1
        while j < part.count && name[i + j] == part[j] { j += 1 }
        if j == part.count { return true }
      }
    }
    return false
  }

}
