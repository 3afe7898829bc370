extension String {
  /// Runs of whitespace (a no-break space included) as one space, trimmed.
  var collapsingSpaces: String {
    SingleScalarText.collapsed(self)?.text ?? collapsingSpacesByCharacter
  }

  /// `collapsingSpaces` read `Character` by `Character`: the way for text with clusters.
  var collapsingSpacesByCharacter: String {
    var out = ""
    var space = false
    for ch in self {
      if ch.isWhitespace {
        space = true
      } else {
        if space && !out.isEmpty { out.append(" ") }
        space = false
        out.append(ch)
      }
    }
    return out
  }
}

extension String {
  /// `collapsingSpaces` when it has fewer than `limit` characters, else nil; a long text is
  /// turned down from a count of its printable ASCII bytes (each followed by ASCII, so each is
  /// a character of its own that stays), without collapsing it.
  func collapsingSpaces(below limit: Int) -> String? {
    var surely = 0
    var previousCounts = false
    for byte in utf8 {
      if previousCounts && byte < 0x80 {
        surely += 1
        if surely >= limit { return nil }
      }
      previousCounts = byte > 0x20 && byte < 0x7F
    }
    if previousCounts { surely += 1 }
    if surely >= limit { return nil }
    if let fast = SingleScalarText.collapsed(self) { return fast.count < limit ? fast.text : nil }
    let collapsed = collapsingSpacesByCharacter
    return collapsed.count < limit ? collapsed : nil
  }
}
