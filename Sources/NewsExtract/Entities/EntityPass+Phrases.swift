import NewsCore

extension EntityPass {
  /// The longest gazetteer phrase starting at token `p` and ending before `limit`: its
  /// length in tokens and entry. Inner words may be connectors; the first word must be
  /// capitalized unless `anyCase`.
  func longestPhrase(at p: Int, limit: Int, anyCase: Bool) -> (Int, GazetteerEntry)? {
    guard tokens[p].isWord, anyCase || tokens[p].isCapitalized else { return nil }
    // The rules ask about the same positions several times: a small direct-mapped memo.
    let memoKey = p << 9 | min(limit - p, 255) << 1 | (anyCase ? 1 : 0)
    let slot = p & (PhraseMemo.size - 1)
    if phraseMemo.keys[slot] == memoKey { return phraseMemo.values[slot] }
    let result = lookUpPhrase(at: p, limit: limit, anyCase: anyCase)
    phraseMemo.keys[slot] = memoKey
    phraseMemo.values[slot] = result
    return result
  }

  func lookUpPhrase(at p: Int, limit: Int, anyCase: Bool) -> (Int, GazetteerEntry)? {
    var key = PhraseKey.seed
    var best: (Int, GazetteerEntry)?
    var q = p
    let end = min(limit, p + gazetteer.maxWords)
    while q < end {
      let t = tokens[q]
      guard t.isWord || t.mark == 0x26 else { break }
      key = PhraseKey.combine(key, t.key)
      guard let entry = gazetteer.entryOrPrefix(key) else { break }
      q += 1
      if entry.words == Int32(q - p), t.isWord, t.isCapitalized || anyCase {
        best = (q - p, entry)
      }
    }
    return best
  }

  /// Whether a known phrase starts at `p` (a person's name run stops there).
  func startsPhrase(_ p: Int, limit: Int) -> Bool {
    guard let (length, entry) = longestPhrase(at: p, limit: limit, anyCase: false) else { return false }
    return length > 1 || entry.kind != .city || entry.population >= 500_000
  }

  /// Whether a gazetteer phrase may be taken where it stands: small towns need context, and a
  /// town's name in capitals inside a sentence is an acronym ("DACA"), unless a dateline.
  func acceptsPhrase(_ entry: GazetteerEntry, _ range: Range<Int>) -> Bool {
    guard entry.kind == .city else { return true }
    if range.count == 1, tokens[range.lowerBound].isAllCaps, facts(of: range.lowerBound).style != .allCaps,
      !isDateline(range)
    {
      return false
    }
    return entry.population >= 100_000 || range.count > 1 || placeContext(range)
      || sportsDocument || isSportsLine(range.lowerBound)
  }

  /// Adds a gazetteer phrase; a city named in a report of a team sport, not after "in", is its
  /// club, and so is a region in a document that is a sports report ("Bayern", "Lazio").
  mutating func addPhrase(_ entry: GazetteerEntry, _ range: Range<Int>) {
    if entry.kind == .organization {
      add(.organization, range, .gazetteerOrganization, 0.9)
      return
    }
    // "insurer Winterthur", "Granada eased 5p", "Hitachi , Fujitsu and NEC": a town's name
    // after a company noun, before a share price's move or listed with companies is the company.
    if entry.kind == .city || entry.kind == .region,
      companyNounBefore(range.lowerBound) || priceMoveAfter(range.upperBound) || companyListBefore(range.lowerBound)
        || companyListAfter(range.upperBound)
    {
      add(.organization, range, .companyContext, 0.6)
      return
    }
    let line = facts(of: range.lowerBound)
    if isDateline(range) {
      add(.location, range, .dateline, 0.9)
      return
    }
    if isVenueHeading(range) {
      add(.location, range, .venueHeading, 0.8)
      return
    }
    if entry.kind == .city && (sportsDocument || line.results || isSportsLine(range.lowerBound))
      || entry.kind == .region && sportsDocument,
      !individualSport, !afterPlacePreposition(range.lowerBound)
    {
      add(.organization, range, .clubNamedAfterCity, 0.6)
      return
    }
    add(.location, range, .gazetteerPlace, entry.kind == .city ? 0.7 : 0.9)
  }

  func afterPlacePreposition(_ p: Int) -> Bool {
    guard p > 0, p < tokens.count, tokens[p - 1].isWord, !tokens[p].startsLine else { return false }
    let key = tokens[p - 1].key
    let sports = sportsDocument || isSportsLine(p)
    guard (sports ? ContextWords.sportsPlacePrepositions : ContextWords.placePrepositions).contains(key) else { return false }
    return !(key == ContextWords.in && p > 1 && words.notPlaceBeforeIn.contains(tokens[p - 2].key))
  }

  /// Item of a list of places: "in Istanbul and Antalya", "Denizli, Alanya, Bursa".
  func continuesPlaceList(_ p: Int) -> Bool {
    guard p > 1, tokens[p - 1].mark == 0x2C || tokens[p - 1].key == ContextWords.and,
      let last = found.last, last.type == .location, last.tokens.upperBound == p - 1
    else { return false }
    // "In Mexico City , Telmex and Cemex rose": the comma closes an opening "In X".
    let before = last.tokens.lowerBound - 1
    if tokens[p - 1].mark == 0x2C, before >= 0, tokens[before].sentenceStart, tokens[before].key == ContextWords.in { return false }
    return true
  }

  /// A small town's name needs a sign that a place is meant: a preposition, a dateline, a list
  /// of places, or a comma and a region after it ("Key Biscayne, Florida").
  func placeContext(_ range: Range<Int>) -> Bool {
    if afterPlacePreposition(range.lowerBound) || isDateline(range) || continuesPlaceList(range.lowerBound) { return true }
    let next = range.upperBound
    guard next + 1 < tokens.count, tokens[next].mark == 0x2C, !tokens[next].startsLine, !tokens[next + 1].startsLine,
      let (_, entry) = longestPhrase(at: next + 1, limit: tokens.count, anyCase: true)
    else { return false }
    return entry.kind == .country || entry.kind == .region
  }

  /// A title or role word right before the chunk ("spokesman", "coach"), or "according to".
  func personCueBefore(_ p: Int) -> Bool {
    guard p > 0, p < tokens.count, !tokens[p].startsLine else { return false }
    let before = tokens[p - 1]
    if before.isWord && words.personTitles.contains(before.key) {
      // "Oil major Lukoil": some titles are ordinary words in lower case.
      return before.isCapitalized || !ContextWords.titlesOnlyCapitalized.contains(before.key)
    }
    if p > 1, before.key == ContextWords.to, tokens[p - 2].key == ContextWords.according { return true }
    return false
  }

  /// A reporting verb right after the name ("Tokayev said"), or after a comma ("Smith, who …" is not).
  func reportingVerbAfter(_ end: Int) -> Bool {
    guard end < tokens.count, !tokens[end].startsLine else { return false }
    return tokens[end].isWord && words.reportingVerbs.contains(tokens[end].key)
  }
}
