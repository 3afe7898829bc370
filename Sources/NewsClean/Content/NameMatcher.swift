/// The names in `class`/`id` values, read once from raw bytes: each whitespace-separated
/// name lowercased and squashed to letters and digits (`article__body`, `article-body` and
/// `articleBody` all read `articlebody`), and the pieces between `-`, `_` and spaces.
struct ElementNames {
  var squashed: [[UInt8]] = []
  var words: [[UInt8]] = []

  init(_ values: UnsafePointer<UInt8>?...) {
    for value in values { if let value { read(value) } }
  }

  private mutating func read(_ value: UnsafePointer<UInt8>) {
    var name: [UInt8] = []
    var word: [UInt8] = []
    var p = value
    while true {
      let raw = p.pointee
      let b = raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
      if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
        name.append(b)
        word.append(b)
      } else {
        if !word.isEmpty { words.append(word); word = [] }
        if (b == 0 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) && !name.isEmpty {
          squashed.append(name)
          name = []
        }
      }
      if raw == 0 { return }
      p += 1
    }
  }

  /// A 64-bit FNV-1a hash of raw values, for caching what their names mean.
  static func hash(_ values: UnsafePointer<UInt8>?...) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values {
      h = (h ^ 0xFF) &* 0x100_0000_01b3
      guard var p = value else { continue }
      while p.pointee != 0 {
        h = (h ^ UInt64(p.pointee)) &* 0x100_0000_01b3
        p += 1
      }
    }
    return h
  }
}

/// Matches words in element names. A *part* matches anywhere inside a squashed name; a *word*
/// must be a whole piece between separators (so `ad` matches `ad-slot` but not `header`).
struct NameMatcher: Sendable {
  let parts: [[UInt8]]
  let words: Set<[UInt8]>

  init(parts: [String], words: [String] = []) {
    self.parts = parts.map { Array($0.utf8) }
    self.words = Set(words.map { Array($0.utf8) })
  }

  func matches(_ names: ElementNames) -> Bool {
    if !words.isEmpty && names.words.contains(where: { words.contains($0) }) { return true }
    return names.squashed.contains(where: containsPart)
  }

  /// Convenience for one raw value (not cached).
  func matches(_ value: UnsafePointer<UInt8>?) -> Bool {
    value != nil && matches(ElementNames(value))
  }

  private func containsPart(_ name: [UInt8]) -> Bool {
    for part in parts where part.count <= name.count {
      let first = part[0]
      for i in 0...(name.count - part.count) where name[i] == first {
        var j = 1
        while j < part.count && name[i + j] == part[j] { j += 1 }
        if j == part.count { return true }
      }
    }
    return false
  }
}
