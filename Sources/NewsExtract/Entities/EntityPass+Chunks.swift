import NewsCore

extension EntityPass {
  /// Reads one line: finds its chunks of capitalized words (with connectors such as "of"
  /// between them) and types each.
  mutating func readLine(_ range: Range<Int>) {
    let style = facts(of: range.lowerBound).style
    // A chunk opens at a capitalized word (or an all-caps one in an all-caps line): one test
    // of the shape bits per token.
    let opening: NameToken.Shape = style == .allCaps ? [.capitalized, .allCaps] : .capitalized
    var i = range.lowerBound
    while i < range.upperBound {
      let shape = tokens[i].shape
      guard shape.flag(.word) & shape.flag(opening) != 0 else {
        i += 1
        continue
      }
      let end = chunkEnd(from: i, limit: range.upperBound, style: style)
      if style == .allCaps {
        readCapsChunk(i..<end)
      } else {
        readChunk(i..<end, style: style)
      }
      i = end
    }
  }

  /// The end of the chunk starting at `start`: capitalized words, `&`, and connectors followed
  /// by a capitalized word ("and"/"on" only inside an organization-like name, never "in").
  func chunkEnd(from start: Int, limit: Int, style: LineStyle) -> Int {
    var j = start + 1
    let head = words.organizationHeads.bit
    var hasHead = shortBits[start] & head != 0
    while j < limit {
      let t = tokens[j]
      if t.isWord && (t.isCapitalized || style == .allCaps && t.isAllCaps) {
        if shortBits[j] & head != 0 { hasHead = true }
        j += 1
        continue
      }
      if t.mark == 0x26, isCapitalizedWord(j + 1), j + 1 < limit { j += 2; continue }
      guard style != .allCaps, isConnector(j) else { break }
      var k = j
      while k < limit && k < j + 2 && isConnector(k) { k += 1 }
      guard k < limit, isCapitalizedWord(k), !words.notNames.contains(tokens[k].key) else { break }
      let first = t.key
      // "of the" goes on; "for the" only inside an organization's name ("National Council for
      // the Defence of Democracy").
      if k - j == 2 && first != ContextWords.of && !(hasHead && first == ContextWords.for) && tokens[j + 1].key == ContextWords.the { break }
      if first == ContextWords.the && !(j > 0 && tokens[j - 1].key == ContextWords.of) { break }
      // "Ministry of Energy in Ankara": where an organization sits is no part of its name,
      // unless a known name goes on ("Organization for Security and Co-operation in Europe").
      if first == ContextWords.in, !knownPhraseGoesOn(from: start, past: j, limit: limit) { break }
      if !hasHead && (first == ContextWords.and || first == ContextWords.on) { break }
      j = k
    }
    return j
  }

  /// An all-caps chunk: only gazetteer names, a dateline at the line start.
  mutating func readCapsChunk(_ chunk: Range<Int>) {
    var p = chunk.lowerBound
    while p < chunk.upperBound {
      if let (length, type) = longestKnownName(at: p, limit: chunk.upperBound), !isDateline(p..<(p + length)) {
        add(type, p..<(p + length), .sameNameElsewhere, 0.7)  // "MANCHESTER UNITED" of "Manchester United"
        p += length
        continue
      }
      if let (length, entry) = longestPhrase(at: p, limit: chunk.upperBound, anyCase: true),
        !(length == 1 && (entry.kind == .city && words.commonWords.contains(tokens[p].key) || tokens[p].length < 2)),
        acceptsPhrase(entry, p..<(p + length))
      {
        // "U.S. OPEN": a place before an event word names the event.
        if p + length < chunk.upperBound, shortBits[p + length] & words.eventWords.bit != 0 {
          p += length + 1
          continue
        }
        let range = p..<(p + length)
        if entry.kind != .organization || range.upperBound < tokens.count && isDate(range.upperBound), isDateline(range) {
          add(.location, range, .dateline, 0.9)
        } else {
          addPhrase(entry, range)
        }
        p += length
        continue
      }
      if tokens[p].length > 1 && !words.notNames.contains(tokens[p].key) && !words.demonyms.contains(tokens[p].key) {
        pending.append(p)
      }
      p += 1
    }
  }

  /// Names of two words or more found so far, keyed like gazetteer phrases (case folded).
  mutating func namesFound() -> KeyTable<EntityType> {
    var pairs: [(UInt64, EntityType)] = []
    var prefixes: [UInt64] = []
    for name in found where name.tokens.count >= 2 && name.confidence >= 0.5 {
      var key = PhraseKey.seed
      for t in name.tokens {
        key = PhraseKey.combine(key, tokens[t].key)
        prefixes.append(key)
      }
      pairs.append((key, name.type))
    }
    knownPrefixes = KeySet(prefixes)
    return KeyTable(pairs)
  }

  /// The longest name of `knownNames` starting at `p`, with its type.
  func longestKnownName(at p: Int, limit: Int) -> (Int, EntityType)? {
    var key = PhraseKey.seed
    var best: (Int, EntityType)?
    var q = p
    while q < limit && q < p + 8 {
      key = PhraseKey.combine(key, tokens[q].key)
      guard knownPrefixes.contains(key) else { break }
      q += 1
      if q - p >= 2, let type = knownNames[key] { best = (q - p, type) }
    }
    return best
  }

  /// A place name opening its line and followed by a date, a comma or a dash ("LONDON 1996-08-30").
  /// A comma needs a date or a dash soon after it, since a sentence or a headline may open
  /// with a club, a town or a person ("Leeds , managed by", "CLINTON , DOLE TRADE BARBS");
  /// a hyphen after a town in title case counts in the document's first lines only.
  func isDateline(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    if first > 1, tokens[first - 1].mark == 0x2C, range.upperBound < tokens.count,
      isDate(range.upperBound), !tokens[range.upperBound].startsLine
    {
      // the region or country after the town: "KEY BISCAYNE , Florida 1997-03-22"
      var start = first - 1
      while start > 0 && !tokens[start].startsLine { start -= 1 }
      return tokens[start].isAllCaps && tokens[start].isWord
    }
    guard tokens[first].startsLine else { return false }
    let next = range.upperBound
    guard next < tokens.count, !tokens[next].startsLine else { return true }
    let t = tokens[next]
    // "LOS ANGELES (AP) —": an agency credit in parentheses after a town in capitals.
    if t.mark == 0x28 { return tokens[first].isAllCaps }
    if isDate(next) || t.mark == 0x97 { return true }
    if t.mark == 0x2C { return numberSoonAfter(next) }
    if tokens[first].isAllCaps { return t.mark == 0x2D }
    return t.mark == 0x2D && lineIndex(first) < 4
  }

  /// Whether a number, an opening parenthesis or a dash follows `p` on its line within five
  /// tokens ("ASTANA , July 28 (Reuters)", "ANKARA , Turkey —"), or nothing at all.
  func numberSoonAfter(_ p: Int) -> Bool {
    var q = p + 1
    if q >= tokens.count || tokens[q].startsLine { return true }
    while q < tokens.count, q <= p + 5, !tokens[q].startsLine {
      let mark = tokens[q].mark
      if tokens[q].shape.contains(.number) || mark == 0x28 || mark == 0x97 || mark == 0x2D { return true }
      q += 1
    }
    return false
  }

  /// A number written as a date ("1996-08-30", "28/07/2025"), not a score or a count.
  func isDate(_ i: Int) -> Bool {
    guard tokens[i].shape.contains(.number) else { return false }
    return tokenBytes(i).contains { $0 == 0x2D || $0 == 0x2F }
  }

  /// Whether a gazetteer phrase opening in `start..<j` reaches beyond `j`.
  func knownPhraseGoesOn(from start: Int, past j: Int, limit: Int) -> Bool {
    for q in start..<j where isCapitalizedWord(q) {
      if let (length, _) = longestPhrase(at: q, limit: min(limit, q + 12), anyCase: false), q + length > j { return true }
    }
    return false
  }
}
