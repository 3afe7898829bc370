/// Attributes the cleaner never reads (all but `ReadAttributeNames`): libxml2 builds an
/// attribute node and a text node for each, and most of a page's attributes are image
/// sources, handlers, analytics and `data-*` payloads.
extension UnreadContentStripper {
  /// Drops the unread attributes of the start tag whose attributes begin at `p` and which ends
  /// before `end`, each with the blanks before it: every other attribute stays as it was. Tokenized as in `tagEnd(from:)`. Only attributes with a plain name (a letter,
  /// then letters, digits, `:`, `_`, `.`, `-`) are removed: libxml2 reads odd names its own way.
  mutating func dropUnreadAttributes(from p: Int, before end: Int, onLink: Bool) {
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
      let nameEnd = i
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
      if blanks < name, isLetter(b[name]), self.nameEnd(from: name) == nameEnd,
        !ReadAttributeNames.contains(UnsafeBufferPointer(rebasing: b[name..<nameEnd]), onLink: onLink)
      {
        drop(blanks, i)
      }
    }
  }
}
