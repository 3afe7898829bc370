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

  /// Names longer than this are read up to it.
  static let maxName = 128

  func matches(_ value: UnsafePointer<UInt8>?) -> Bool {
    guard let value else { return false }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * Self.maxName) { buffer in
      let squashed = UnsafeMutableBufferPointer(rebasing: buffer[0..<Self.maxName])
      let word = UnsafeMutableBufferPointer(rebasing: buffer[Self.maxName...])
      var squashedCount = 0
      var wordCount = 0
      var p = value
      while true {
        let raw = p.pointee
        let b = raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
        let alnum = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        if alnum {
          if squashedCount < Self.maxName { squashed[squashedCount] = b; squashedCount += 1 }
          if wordCount < Self.maxName { word[wordCount] = b; wordCount += 1 }
        } else {
          if wordCount > 0 {
            if isWord(UnsafeBufferPointer(rebasing: word[0..<wordCount])) { return true }
            wordCount = 0
          }
          let nameEnds = b == 0 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
          if nameEnds && squashedCount > 0 {
            if containsPart(UnsafeBufferPointer(rebasing: squashed[0..<squashedCount])) { return true }
            squashedCount = 0
          }
        }
        if raw == 0 { return false }
        p += 1
      }
    }
  }

  private func isWord(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
    words.contains { $0.count == w.count && $0.elementsEqual(w) }
  }

  private func containsPart(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
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
