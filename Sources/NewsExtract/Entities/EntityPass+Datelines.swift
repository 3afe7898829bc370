import NewsCore

extension EntityPass {
  /// Lines shaped like a wire dateline — a town in capitals, optionally a comma and its state or
  /// country, then the date: "ARMONK , N.Y. 1996-09-19", "KEY LARGO , Fla. 1996-09-19". The town
  /// and the state are places even when no list knows them. Returns the positions taken.
  mutating func readDatelines() -> Set<Int> {
    var taken: Set<Int> = []
    var starts: Set<Int>? = nil  // first tokens of the names found, built when first needed
    for index in lines.indices {
      let range = lines[index].tokens
      guard range.count >= 2, range.count <= 8, let date = range.last, isDate(date) else { continue }
      var p = range.lowerBound
      while p < date && tokens[p].isWord && tokens[p].isAllCaps { p += 1 }
      guard p > range.lowerBound else { continue }
      var parts = [range.lowerBound..<p]
      if p < date {
        guard tokens[p].mark == 0x2C else { continue }
        var q = p + 1
        while q < date && isCapitalizedWord(q) { q += 1 }
        // "Vt.", "Calif.": the period of a state's abbreviation belongs to it
        if q + 1 == date, q > p + 1, tokens[q].mark == 0x2E, tokens[q].start == tokens[q - 1].end {
          // a state known without its period ("Tex") takes it on
          if let known = found.firstIndex(where: { $0.tokens == (p + 1)..<q && $0.type == .location }) {
            found[known].tokens = (p + 1)..<(q + 1)
          }
          q += 1
        }
        guard q == date, q > p + 1 else { continue }
        parts.append((p + 1)..<q)
      }
      // a name overlapping a part starts inside it: names hold no comma and the town opens the line
      if starts == nil { starts = Set(found.map { $0.tokens.lowerBound }) }
      for part in parts where !part.contains(where: { starts!.contains($0) }) {
        add(.location, part, .dateline, 0.8)
        taken.formUnion(part)
      }
    }
    return taken
  }
}
