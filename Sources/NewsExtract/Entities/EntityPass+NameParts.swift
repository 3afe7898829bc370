import NewsCore

extension EntityPass {
  /// The end of a name ending at `q`, taken on over a particle word ("Farouq al-Shara").
  func withParticle(_ q: Int) -> Int {
    guard q < tokens.count, tokens[q].isWord, !tokens[q].isCapitalized, !tokens[q].startsLine else { return q }
    let bytes = tokenBytes(q)
    for prefix in NameParticles.prefixes where bytes.count > prefix.count + 1 {
      guard bytes.starts(with: prefix) else { continue }
      let next = bytes[bytes.startIndex + prefix.count]
      return next >= 0x41 && next <= 0x5A ? q + 1 : q
    }
    return q
  }

  /// A one-word known name after a given name that is more likely a surname: a region, a town
  /// under 100,000 people ("Daniel Komen"), a company named in title case ("David Trimble"),
  /// or a country ("Michael Jordan").
  func surnameLikePlace(_ q: Int, _ e: Int) -> Bool {
    let key = tokens[q].key
    guard !words.personTitles.contains(key), !words.notNames.contains(key), !words.demonyms.contains(key),
      !words.isOrganizationWord(key), let (length, entry) = longestPhrase(at: q, limit: e, anyCase: false), length == 1
    else { return false }
    if entry.kind == .organization { return !tokens[q].isAllCaps && !isAcronym(q) }
    // "Michael Jordan": a country's name after a given name that is no ordinary word.
    if entry.kind == .country {
      return q > 0 && !tokens[q].isAllCaps && !words.commonWords.contains(tokens[q - 1].key) && words.givenNames.contains(tokens[q - 1].key)
    }
    return entry.kind == .region || entry.kind == .city && entry.population < 100_000
  }

  /// A capitalized word after a scoreboard's "c", "b", "st" or "lbw" in a sports report.
  func dismissedBy(_ p: Int) -> Bool {
    guard p > 0, isCapitalizedWord(p), !tokens[p].startsLine, tokens[p - 1].isWord, !tokens[p - 1].isCapitalized,
      ScoreboardMarks.dismissals.contains(tokens[p - 1].key)
    else { return false }
    return sportsDocument || facts(of: p).results
  }

  /// A given name that is also a month or another listed non-name ("Jan", "June"), followed by
  /// a name-like word: a person's name opens there ("Jan Siemerink"), "Jan 5" is a date.
  func opensNameDespiteList(_ p: Int, _ e: Int) -> Bool {
    guard words.givenNames.contains(tokens[p].key), !words.demonyms.contains(tokens[p].key), !tokens[p].isAllCaps,
      !tokens[p].shape.contains(.period),
      p + 1 < e, isCapitalizedWord(p + 1), !tokens[p + 1].isAllCaps
    else { return false }
    let next = tokens[p + 1].key
    return !words.notNames.contains(next) && !words.commonWords.contains(next) && !words.personTitles.contains(next)
      && !words.demonyms.contains(next) && !words.isOrganizationWord(next) && !startsPhrase(p + 1, limit: e)
  }
}
