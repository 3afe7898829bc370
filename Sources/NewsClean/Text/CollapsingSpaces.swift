extension String {
  /// Runs of whitespace (a no-break space included) as one space, trimmed.
  var collapsingSpaces: String {
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
