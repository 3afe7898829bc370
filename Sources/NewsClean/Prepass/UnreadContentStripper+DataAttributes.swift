/// `data-*` attributes: the cleaner reads none of them, and libxml2 builds a node for each.
extension UnreadContentStripper {
  private static let dataPrefix = Array("data-".utf8)

  /// The `data-*` attributes of the start tag whose attributes begin at `p` and which ends
  /// before `end`, each with the blanks before it: removing them leaves every other attribute
  /// as it was. Tokenized as in `tagEnd(from:)`.
  func dataAttributes(from p: Int, before end: Int) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var i = p
    while i < end {
      let blanks = i
      while i < end, isBlank(b[i]) { i += 1 }
      guard i < end, b[i] != UInt8(ascii: ">") else { break }
      if b[i] == UInt8(ascii: "/"), i + 1 < end, b[i + 1] == UInt8(ascii: ">") { break }
      let name = i
      while i < end, !isBlank(b[i]), b[i] != UInt8(ascii: ">"), b[i] != UInt8(ascii: "="),
        !(b[i] == UInt8(ascii: "/") && i + 1 < end && b[i + 1] == UInt8(ascii: ">"))
      {
        i += 1
      }
      var j = i
      while j < end, isBlank(b[j]) { j += 1 }
      if j < end, b[j] == UInt8(ascii: "=") {
        j += 1
        while j < end, isBlank(b[j]) { j += 1 }
        guard j < end else { break }
        if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
          guard let q = next(b[j], from: j + 1), q < end else { break }
          i = q + 1
        } else {
          while j < end, !isBlank(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
          i = j
        }
      }
      if blanks < name, i - name > Self.dataPrefix.count, startsWith(Self.dataPrefix, at: name) {
        found.append(blanks..<i)
      }
    }
    return found
  }

  /// Whether `data-` occurs in `start..<end` (a cheap test before tokenizing the tag).
  func mentionsData(_ start: Int, _ end: Int) -> Bool {
    var i = start
    while let d = next(UInt8(ascii: "-"), from: i), d < end {
      if d >= start + 4, startsWith(Self.dataPrefix, at: d - 4) { return true }
      i = d + 1
    }
    return false
  }
}
