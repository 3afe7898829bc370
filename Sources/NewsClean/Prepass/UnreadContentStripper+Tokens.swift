#if canImport(Glibc)
  import Glibc
#endif

/// The byte-level pieces of `UnreadContentStripper`'s scan: names, tags, raw text, comments.
extension UnreadContentStripper {
  /// The first `byte` at or after `p`.
  func next(_ byte: UInt8, from p: Int) -> Int? {
    guard p < b.count, let base = b.baseAddress else { return nil }
    guard let hit = memchr(base + p, Int32(byte), b.count - p) else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }

  func isBlank(_ c: UInt8) -> Bool {
    c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r")
  }

  /// libxml2's tag name characters: letters, digits, `:`, `_`, `.`, `-`.
  func nameEnd(from p: Int) -> Int {
    var i = p
    while i < b.count {
      let c = b[i]
      let ok =
        isLetter(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: ":")
        || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
      guard ok else { break }
      i += 1
    }
    return i
  }

  /// Whether the bytes `start..<end` are `word` (lowercase), in any case.
  func named(_ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
    guard end - start == word.count else { return false }
    return startsWith(word, at: start)
  }

  /// Whether `word` (lowercase) starts at `p`, in any case.
  func startsWith(_ word: [UInt8], at p: Int) -> Bool {
    guard p + word.count <= b.count else { return false }
    for k in 0..<word.count where b[p + k] | (isLetter(b[p + k]) ? 0x20 : 0) != word[k] { return false }
    return true
  }

  func lowercased(_ start: Int, _ end: Int) -> [UInt8] {
    b[start..<end].map { isLetter($0) ? $0 | 0x20 : $0 }
  }

  func isCommentStart(_ lt: Int) -> Bool {
    lt + 3 < b.count && b[lt + 1] == UInt8(ascii: "!") && b[lt + 2] == UInt8(ascii: "-")
      && b[lt + 3] == UInt8(ascii: "-")
  }

  /// The start of the first `-->` that begins at or after `p`.
  func commentEnd(from p: Int) -> Int? {
    var i = p
    while let gt = next(UInt8(ascii: ">"), from: i) {
      if gt - 2 >= p, b[gt - 1] == UInt8(ascii: "-"), b[gt - 2] == UInt8(ascii: "-") { return gt - 2 }
      i = gt + 1
    }
    return nil
  }

  /// Just past the comment that starts at `lt` (`<!--` … `-->`), or nil when `lt` starts no
  /// comment or it never closes.
  func afterComment(at lt: Int) -> Int? {
    guard isCommentStart(lt), let end = commentEnd(from: lt + 4) else { return nil }
    return end + 3
  }

  /// The `<` of the first `</name` (any case) at or after `p`.
  func rawTextEnd(from p: Int, name: [UInt8]) -> Int? {
    var i = p
    while let lt = next(UInt8(ascii: "<"), from: i) {
      if lt + 1 < b.count, b[lt + 1] == UInt8(ascii: "/"), startsWith(name, at: lt + 2) { return lt }
      i = lt + 1
    }
    return nil
  }

  /// The end of a start tag whose attributes begin at `p` (just past the `>`), and whether it
  /// closes itself (`/>`); nil when it never ends or a quoted value never closes.
  func tagEnd(from p: Int) -> (Int, Bool)? {
    var i = p
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: ">") { return (i + 1, false) }
      if c == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: ">") { return (i + 2, true) }
      if isBlank(c) {
        i += 1
        continue
      }
      while i < b.count, !isBlank(b[i]), b[i] != UInt8(ascii: ">"), b[i] != UInt8(ascii: "="),
        !(b[i] == UInt8(ascii: "/") && i + 1 < b.count && b[i + 1] == UInt8(ascii: ">"))
      {
        i += 1
      }
      var j = i
      while j < b.count, isBlank(b[j]) { j += 1 }
      guard j < b.count, b[j] == UInt8(ascii: "=") else {
        i = j
        continue
      }
      j += 1
      while j < b.count, isBlank(b[j]) { j += 1 }
      guard j < b.count else { return nil }
      if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
        guard let q = next(b[j], from: j + 1) else { return nil }
        i = q + 1
      } else {
        while j < b.count, !isBlank(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
        i = j
      }
    }
    return nil
  }

  /// Whether the tag `start..<end` says JSON-LD: its letters, lowercased, hold `ldjson`
  /// (as `type="application/ld+json"` does).
  func mentionsJSONLD(_ start: Int, _ end: Int) -> Bool {
    let target = Self.ldjson
    var k = 0
    for i in start..<end where isLetter(b[i]) {
      let c = b[i] | 0x20
      if c == target[k] {
        k += 1
        if k == target.count { return true }
      } else {
        k = c == target[0] ? 1 : 0
      }
    }
    return false
  }

  private static let ldjson = Array("ldjson".utf8)
}
