/// Matches words in `class`/`id` values on raw bytes, without Strings or regular expressions.
///
/// A value is read as whitespace-separated names, each lowercased and squashed to letters and
/// digits (`article__body`, `article-body` and `articleBody` all read `articlebody`). A
/// *part* matches anywhere inside a squashed name; a *word* must be a whole piece between
/// `-`, `_` or spaces (so `ad` matches `ad-slot` but not `header`).
struct NameMatcher: Sendable {
  let parts: [[UInt8]]
  let words: [[UInt8]]

  init(parts: [String], words: [String] = []) {
    self.parts = parts.map { Array($0.utf8) }
    self.words = words.map { Array($0.utf8) }
  }

  func matches(_ value: UnsafePointer<UInt8>?) -> Bool {
    guard let value else { return false }
    var squashed: [UInt8] = []
    var word: [UInt8] = []
    var p = value
    while true {
      let raw = p.pointee
      let b = raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
      let alnum = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
      if alnum {
        squashed.append(b)
        word.append(b)
      } else {
        if !word.isEmpty {
          if words.contains(word) { return true }
          word.removeAll(keepingCapacity: true)
        }
        let nameEnds = b == 0 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
        if nameEnds && !squashed.isEmpty {
          if containsPart(squashed) { return true }
          squashed.removeAll(keepingCapacity: true)
        }
      }
      if raw == 0 { return false }
      p += 1
    }
  }

  private func containsPart(_ name: [UInt8]) -> Bool {
    for part in parts where part.count <= name.count {
      let first = part[0]
      var i = 0
      let last = name.count - part.count
      while i <= last {
        if name[i] == first {
          var j = 1
          while j < part.count && name[i + j] == part[j] { j += 1 }
          if j == part.count { return true }
        }
        i += 1
      }
    }
    return false
  }
}
