import NewsCore

/// Sports tables: results and standings lines, scorers, classifications.
extension EntityPass {
  /// In a results line, a name followed by a score is a team (a country's is a place).
  mutating func readTeam(_ s: Int, _ chunkEnd: Int) -> Bool {
    let line = facts(of: s)
    guard line.results, sportsDocument || isSportsLine(s), chunkEnd < tokens.count, tokens[chunkEnd].shape.contains(.number),
      !tokens[chunkEnd].startsLine
    else { return false }
    // "Paul Haarhuis of the Netherlands 6-2": the name ends before "of" and its country.
    let e = countryAfterOf(s, chunkEnd) ?? chunkEnd
    defer { if e < chunkEnd { segment(e, chunkEnd, style: .prose) } }
    let before = s > 0 && !tokens[s].startsLine ? tokens[s - 1].mark : 0
    if isScorer(s, e) {
      add(.person, s..<e, .scorerInTable, 0.6)  // "Feyenoord - Larsson 35 , Van Gastel 70", "Wasim Akram 22-4-61-2"
      return true
    }
    if let (length, entry) = longestPhrase(at: s, limit: e, anyCase: true), length == e - s,
      entry.kind == .country || entry.kind == .feature || entry.kind == .organization
    {
      let rule: EntityRule = entry.kind == .organization ? .gazetteerOrganization : entry.kind == .country ? .countryInResults : .gazetteerPlace
      add(entry.kind.type, s..<e, rule, 0.8)
    } else if before == 0x28 || before == 0x2C && insideParentheses(s) {
      add(.person, s..<e, .nameShape, 0.5)  // scorers: "( Litmanen 23 , Overmars 70 )"
    } else if e - s >= 2, individualSport || words.givenNames.contains(tokens[s].key) && !words.commonWords.contains(tokens[e - 1].key) && !opensWithLargeTown(s, e) {
      add(.person, s..<e, .givenName, 0.6)
    } else {
      add(.organization, s..<e, .teamInResults, 0.6)
    }
    return true
  }

  /// Whether an opening parenthesis before `s` on its line is still open ("( Litmanen 23 , X").
  func insideParentheses(_ s: Int) -> Bool {
    var p = s - 1
    while p >= 0 {
      let mark = tokens[p].mark
      if mark == 0x28 { return true }
      if mark == 0x29 || tokens[p].startsLine { return false }
      p -= 1
    }
    return false
  }

  /// Whether `s..<e` opens with a town of 100,000 people or more ("Paris St Germain"), a
  /// club's name rather than a person's whose given name it shares.
  func opensWithLargeTown(_ s: Int, _ e: Int) -> Bool {
    guard let entry = placeOpening(s..<e) else { return false }
    return entry.kind == .city && entry.population >= 100_000
  }

  /// The gazetteer entry of a shorter phrase opening `range`, when it names a town or a region.
  func placeOpening(_ range: Range<Int>) -> GazetteerEntry? {
    guard let (length, entry) = longestPhrase(at: range.lowerBound, limit: range.upperBound, anyCase: true), length < range.count,
      entry.kind == .city || entry.kind == .region
    else { return nil }
    return entry
  }

  /// In a classification, the name after a rider's or driver's country in parentheses is the
  /// team ("1. Laurent Jalabert ( France ) ONCE 4:52:11", "Schumacher ( Germany ) Ferrari").
  mutating func readTeamAfterCountry(_ s: Int, _ e: Int) -> Bool {
    guard s >= 4, e - s <= 3, tokens[s - 1].mark == 0x29, !tokens[s].startsLine, let last = found.last,
      last.type == .location, last.tokens.upperBound == s - 1, last.tokens.lowerBound >= 2, tokens[last.tokens.lowerBound - 1].mark == 0x28,
      found.count >= 2, found[found.count - 2].type == .person, found[found.count - 2].tokens.upperBound == last.tokens.lowerBound - 1,
      sportsDocument || isSportsLine(s)
    else { return false }
    add(.organization, s..<e, .teamAfterCountry, 0.6)
    return true
  }

  /// A scorer in a results line: the name comes after its team and a dash in the same part of
  /// the line ("Feyenoord - Larsson 35 , Van Gastel 70 ; Vitesse - Gillhaus 52"), or before a
  /// bowler's figures ("Wasim Akram 22-4-61-2").
  func isScorer(_ s: Int, _ e: Int) -> Bool {
    if tokenBytes(e).lazy.filter({ $0 == 0x2D }).count >= 2 { return true }
    var p = s - 1
    while p >= 0, !tokens[p + 1].startsLine {
      let mark = tokens[p].mark
      if mark == 0x3B { return false }
      if mark == 0x2D, p > 0, isCapitalizedWord(p - 1) { return true }
      p -= 1
    }
    return false
  }

  /// The team heading a part of a scorers line: "Feyenoord - Larsson 35": at the line's start
  /// or after a semicolon, before a dash and a name.
  func isTeamBeforeScorers(_ s: Int, _ e: Int) -> Bool {
    guard e + 1 < tokens.count, tokens[e].mark == 0x2D, !tokens[e + 1].startsLine, isCapitalizedWord(e + 1),
      tokens[s].startsLine || s > 0 && tokens[s - 1].mark == 0x3B, facts(of: s).results
    else { return false }
    return true
  }

  /// "Chanda Rubin ( U.S. ) beat …", "1. Carla Sacramento ( Portugal ) 4:02.11": in a sport
  /// of individuals, a name before a country in parentheses is the athlete's.
  func isAthleteBeforeCountry(_ s: Int, _ e: Int) -> Bool {
    guard individualSport, e + 2 < tokens.count, tokens[e].mark == 0x28, !tokens[e + 1].startsLine,
      let (length, entry) = longestPhrase(at: e + 1, limit: min(tokens.count, e + 5), anyCase: true), entry.kind == .country,
      e + 1 + length < tokens.count, tokens[e + 1 + length].mark == 0x29
    else { return false }
    return (s..<e).allSatisfy { isCapitalizedWord($0) || isInitial($0) || isConnector($0) }
  }

  /// The team heading scorers, or an athlete before a country: see the two tests above.
  mutating func readTableName(_ s: Int, _ e: Int) -> Bool {
    if isTeamBeforeScorers(s, e) {
      let country = longestPhrase(at: s, limit: e, anyCase: true).map { $0.0 == e - s && $0.1.kind == .country } ?? false
      add(country ? .location : .organization, s..<e, country ? .countryInResults : .teamBeforeScorers, 0.6)
      return true
    }
    if isAthleteBeforeCountry(s, e) {
      add(.person, s..<e, .athleteBeforeCountry, 0.7)
      return true
    }
    return false
  }

  /// The position of an "of" inside `s..<e` followed (after an optional "the") by a country
  /// that ends the chunk, if any.
  func countryAfterOf(_ s: Int, _ e: Int) -> Int? {
    guard let of = (s + 1..<e).first(where: { tokens[$0].key == ContextWords.of && isConnector($0) }) else { return nil }
    // "Republic of Ireland" is one name.
    if let (length, _) = longestPhrase(at: s, limit: e, anyCase: true), length == e - s { return nil }
    var p = of + 1
    if p < e, tokens[p].key == ContextWords.the { p += 1 }
    guard let (length, entry) = longestPhrase(at: p, limit: e, anyCase: false), p + length == e, entry.kind == .country else { return nil }
    return of
  }
}
