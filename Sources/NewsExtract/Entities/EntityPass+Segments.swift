import NewsCore

extension EntityPass {
  /// Types one chunk of a prose or title-case line.
  mutating func readChunk(_ chunk: Range<Int>, style: LineStyle) {
    var s = chunk.lowerBound
    let e = chunk.upperBound
    while s < e, !tokens[s].isWord || isConnector(s)
      || words.notNames.contains(tokens[s].key) && !startsPhrase(s, limit: e) && !opensNameDespiteList(s, e)
    {
      s += 1
    }
    // "Champions Ajax were held": a team noun opening the sentence is no part of the name.
    if s + 1 < e, tokens[s].sentenceStart, ClubWords.nounsBefore.contains(tokens[s].key), isCapitalizedWord(s + 1) {
      s += 1
    }
    // "Shares of X": an ordinary word opening the sentence is no part of the name after "of".
    if s + 1 < e, tokens[s].sentenceStart, isConnector(s + 1), words.commonWords.contains(tokens[s].key),
      !words.organizationHeads.contains(tokens[s].key), !words.locationHeads.contains(tokens[s].key), !startsPhrase(s, limit: e)
    {
      s += 1
      while s < e && isConnector(s) { s += 1 }
    }
    guard s < e, !namesEvent(s, e) else { return }
    if isInitial(s), e - s >= 2, !isInitial(e - 1), !(s..<e).contains(where: { words.isOrganizationWord(tokens[$0].key) }) {
      add(.person, s..<e, .initialsAndSurname, 0.7)  // "M. Atherton", "J. R. Hallworth"
      return
    }
    if dismissedBy(s) {
      add(.person, s..<e, .scoreboardPlayer, 0.7)  // "c Croft b Cork 176"
      return
    }
    if readTeamAfterCountry(s, e) || readTeam(s, e) || readTableName(s, e) { return }
    if let (length, entry) = longestPhrase(at: s, limit: e, anyCase: false), length == e - s, acceptsPhrase(entry, s..<e) {
      addPhrase(entry, s..<e)
      return
    }
    if readAmpersandName(s, e) { return }
    if readClub(s, e) { return }
    if readForeignConnector(s, e) { return }
    if let name = keywordName(s, e) {
      segment(s, name.range.lowerBound, style: style)
      let confidence = name.range.count > 2 ? 0.8 : 0.6
      add(name.type, name.range, name.rule, confidence)
      // The rest may hold another keyword's name ("Kessler Bank and Omvard Bank").
      if name.range.upperBound < e { readChunk(name.range.upperBound..<e, style: style) }
      return
    }
    segment(s, e, style: style)
  }

  /// The end of a known organization's name taken on over the unknown capitalized words after
  /// it in the chunk ("Airbus Industrie"): no ordinary word, given name, title or known name.
  func organizationNameEnd(_ q: Int, _ e: Int) -> Int {
    var end = q
    while end < e, isCapitalizedWord(end), !tokens[end].isAllCaps {
      let key = tokens[end].key
      guard !words.commonWords.contains(key), !words.givenNames.contains(key), !words.personTitles.contains(key),
        !words.notNames.contains(key), !words.demonyms.contains(key), longestPhrase(at: end, limit: e, anyCase: false) == nil
      else { break }
      end += 1
    }
    return end
  }

  /// In a report of a team sport, two or three words with a city among them are a club
  /// ("Bayern Munich", "Real Madrid", "Aston Villa" is not caught: no city).
  mutating func readClub(_ s: Int, _ e: Int) -> Bool {
    guard !individualSport, (2...4).contains(e - s), sportsDocument || isSportsLine(s), !afterPlacePreposition(s),
      !words.locationSuffixes.contains(tokens[e - 1].key), !words.locationHeads.contains(tokens[s].key),
      !words.demonyms.contains(tokens[s].key)
    else { return false }
    var city = false, largeCityAfterFirst = false
    var p = s
    while p < e {
      guard isCapitalizedWord(p), !words.personTitles.contains(tokens[p].key), !words.notNames.contains(tokens[p].key) else { return false }
      // "Maccabi Tel Aviv": a town's name may take more than one word.
      guard let (length, entry) = longestPhrase(at: p, limit: e, anyCase: false), length < e - s else { p += 1; continue }
      if entry.kind == .country { return false }
      if entry.kind == .city || entry.kind == .region {
        city = true
        // a town of half a million or more ("Alba Berlin"; "Ciro Ferrara" is a player)
        if p > s, entry.population >= 500_000 { largeCityAfterFirst = true }
      }
      p += length
    }
    // A given name opens a club's name only before a large town ("Alba Berlin"), or as a large
    // town before a word that is no one's name ("Sydney Bulldogs", "Orlando Magic"); not a
    // person's before a surname that is also a small town's.
    guard city else { return false }
    // "Fabrice Dumont": a family name last after a word that is no town is a person's name.
    if words.familyNames.contains(tokens[e - 1].key), !largeCityAfterFirst, !opensWithLargeTown(s, e),
      longestPhrase(at: s, limit: s + 1, anyCase: false) == nil
    {
      return false
    }
    if words.givenNames.contains(tokens[s].key), !largeCityAfterFirst {
      let last = tokens[e - 1].key
      guard opensWithLargeTown(s, e), !words.familyNames.contains(last), !words.givenNames.contains(last) else { return false }
    }
    add(.organization, s..<e, .clubNamedAfterCity, 0.6)
    return true
  }

  /// A chunk joined by a connector of another language is one name: a person's when it
  /// opens with a given name ("Charles de Gaulle"), else an organization's ("Banco de Chile").
  mutating func readForeignConnector(_ s: Int, _ e: Int) -> Bool {
    guard e - s >= 3, let c = (s + 1..<e - 1).first(where: { isConnector($0) && words.foreignConnectors.contains(tokens[$0].key) }),
      !words.notNames.contains(tokens[s].key), !words.personTitles.contains(tokens[s].key), keywordName(s, e) == nil,
      !(s..<c).contains(where: { startsPhrase($0, limit: c) && longestPhrase(at: $0, limit: c, anyCase: false)?.1.kind != .organization })
    else { return false }
    let person = words.givenNames.contains(tokens[s].key)
    add(person ? .person : .organization, s..<e, .foreignConnector, 0.5)
    return true
  }

  /// Splits `s..<e` into known phrases, given-name runs and unknown runs.
  mutating func segment(_ s: Int, _ e: Int, style: LineStyle) {
    var p = s
    var cue = personCueBefore(s)
    while p < e {
      let t = tokens[p]
      if !t.isWord || isConnector(p) { p += 1; continue }
      let phrase = longestPhrase(at: p, limit: e, anyCase: false)
      if phrase == nil || phrase!.0 == 1 {
        let bits = shortBits[p]  // t is a word: its short-list bits
        if bits & words.personTitles.bit != 0 { cue = true; p += 1; continue }
        if bits & (words.notNames.bit | words.demonyms.bit) != 0, !opensNameDespiteList(p, e) { p += 1; continue }
      }
      if words.givenNames.contains(t.key), p + 1 < e, isCapitalizedWord(p + 1),
        !stopsName(p + 1, e) || p + 2 == e && words.personTitles.contains(tokens[p + 1].key) || surnameLikePlace(p + 1, e),
        phrase == nil || phrase!.0 == 1
      {
        var q = p + 1
        while q < e && q < p + 4 && continuesName(q, e, cue: cue) { q += 1 }
        // A title word ending the chunk is a surname: "John Major", "Jane Bishop".
        if q == e - 1, words.personTitles.contains(tokens[q].key), !words.notNames.contains(tokens[q].key) { q += 1 }
        if !cue, companyEvidence(p, q) != nil {
          add(.organization, p..<q, .companyContext, 0.6)  // "Philip Morris said in a statement it …"
        } else {
          add(.person, p..<withParticle(q), cue ? .titleBeforeName : .givenName, 0.75)
        }
        p = q
        cue = false
        continue
      }
      if let (length, entry) = phrase, !(length == 1 && smallPlaceStartsName(p, e, entry, cue: cue)),
        acceptsPhrase(entry, p..<(p + length))
      {
        let end = entry.kind == .organization ? organizationNameEnd(p + length, e) : p + length
        if end > p + length {
          add(.organization, p..<end, .gazetteerOrganization, 0.8)  // "Airbus Industrie"
        } else {
          addPhrase(entry, p..<(p + length))
        }
        p = end
        cue = false
        continue
      }
      var q = p + 1
      if !words.isOrganizationWord(t.key) {
        while q < e && continuesName(q, e, cue: cue) { q += 1 }
      }
      classifyUnknown(p..<q, cue: cue, style: style)
      cue = false
      p = q
    }
  }

  /// A town or region name that opens a person's name: after a title ("President Nelson …"),
  /// or followed by a name-like word that no list knows ("Nelson Mandela").
  func smallPlaceStartsName(_ p: Int, _ e: Int, _ entry: GazetteerEntry, cue: Bool) -> Bool {
    guard entry.kind == .city || entry.kind == .region else { return false }
    if cue { return true }
    guard entry.kind == .region || entry.population < 100_000, p + 1 < e, isCapitalizedWord(p + 1), !stopsName(p + 1, e) else {
      return false
    }
    let next = tokens[p + 1]
    return !next.isAllCaps && !words.commonWords.contains(next.key)
  }

  /// Whether the capitalized word `q` continues a run of name words. After a title the whole
  /// run is the name, even when its last word is also a town or region ("district mayor Ali
  /// Konya"): only countries, larger names and non-name words stop it there.
  func continuesName(_ q: Int, _ e: Int, cue: Bool) -> Bool {
    guard isCapitalizedWord(q) else { return false }
    guard stopsName(q, e) else { return true }
    if q > 0, words.givenNames.contains(tokens[q - 1].key), surnameLikePlace(q, e) { return true }
    guard cue, let (length, entry) = longestPhrase(at: q, limit: e, anyCase: false), length == 1,
      entry.kind == .city || entry.kind == .region
    else { return false }
    let key = tokens[q].key
    return !(words.personTitles.contains(key) || words.notNames.contains(key) || words.demonyms.contains(key)
      || words.isOrganizationWord(key))
  }

  /// Words a run of name words stops before: titles, months, demonyms, keywords, known places.
  func stopsName(_ q: Int, _ e: Int) -> Bool {
    guard tokens[q].isWord else {
      let key = tokens[q].key
      return words.personTitles.contains(key) || words.notNames.contains(key) || words.demonyms.contains(key)
        || words.isOrganizationWord(key) || startsPhrase(q, limit: e)
    }
    // All short lists: the word's bits, looked up once, answer for each.
    let stops = words.personTitles.bit | words.notNames.bit | words.demonyms.bit | words.organizationHeads.bit
      | words.organizationSuffixes.bit
    return shortBits[q] & stops != 0 || startsPhrase(q, limit: e)
  }
}
