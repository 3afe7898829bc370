import NewsCore

extension EntityPass {
  /// In a report of a team sport, the untyped single names that act as teams: followed by a
  /// plural verb, or by a match verb in a line with a score ("Inter drew 0-0 with Piacenza").
  /// Each becomes an organization; returns their positions.
  mutating func settleClubsInMatches() -> Set<Int> {
    var clubs: Set<Int> = []
    for p in pending where isClubInMatch(p) {
      add(.organization, p..<(p + 1), .clubInMatch, 0.5)
      clubs.insert(p)
    }
    return clubs
  }

  func isClubInMatch(_ p: Int) -> Bool {
    if namedAsTeam(p) { return true }
    guard p + 1 < tokens.count, !tokens[p + 1].startsLine, tokens[p + 1].isWord, !tokens[p + 1].isCapitalized else { return false }
    let next = tokens[p + 1].key
    let plural = ClubWords.pluralVerbs.contains(next)
    guard plural || words.matchCues.contains(next) else { return false }
    guard facts(of: p).style == .prose, !(tokens[p].sentenceStart && words.commonWords.contains(tokens[p].key)),
      !words.givenNames.contains(tokens[p].key)
    else { return false }
    return plural || lineHasScore(p)
  }

  /// A name the sentence calls a team: after a team noun ("champions Juventus", "club
  /// Grampus"), beaten in a line with a score ("beat Panathinaikos 81-78"), or before an
  /// apposition of its coach ("Leeds , managed by …").
  func namedAsTeam(_ p: Int) -> Bool {
    guard !tokens[p].isAllCaps, sidesOrTeamWords(p) else { return false }
    return facts(of: p).style == .prose
  }

  /// The word tests of `namedAsTeam`, before its line's style is looked up.
  func sidesOrTeamWords(_ p: Int) -> Bool {
    if p > 0, !tokens[p].startsLine, tokens[p - 1].isWord, !tokens[p - 1].isCapitalized {
      let before = tokens[p - 1].key
      if ClubWords.nounsBefore.contains(before) || ClubWords.versus.contains(before) { return true }
      // "Maccabi beat Panathinaikos 81-78": beaten with a score on the line.
      if ClubWords.beatenBy.contains(before), lineHasScore(p) { return true }
    }
    // "Yorkshire v Gloucestershire"
    if p + 1 < tokens.count, !tokens[p + 1].startsLine, ClubWords.versus.contains(tokens[p + 1].key) { return true }
    guard p + 3 < tokens.count, tokens[p + 1].mark == 0x2C, !tokens[p + 3].startsLine else { return false }
    return ClubWords.runBy.contains(tokens[p + 2].key) && tokens[p + 3].key == ClubWords.by
  }

  /// Whether the line of token `p` holds a score ("2-1").
  func lineHasScore(_ p: Int) -> Bool {
    lines[lineIndex(p)].tokens.contains { tokens[$0].shape.contains(.number) && isScore($0) }
  }

  /// "At Leicester :": a town heading a fixture in a list of scores is where the match is played.
  func isVenueHeading(_ range: Range<Int>) -> Bool {
    guard range.lowerBound > 0, range.upperBound < tokens.count, tokens[range.upperBound].mark == 0x3A,
      tokens[range.lowerBound - 1].key == ClubWords.at
    else { return false }
    return true
  }

  /// In tables of clubs, a country's name is a club named like it ("Auxerre 1 Monaco 1"): when
  /// the teams of the results lines are clubs three times or more as often as countries.
  mutating func settleCountriesAmongClubs() {
    var clubs = 0, countries = 0
    for name in found {
      if name.rule == .teamInResults || name.rule == .clubNamedAfterCity && facts(of: name.tokens.lowerBound).results { clubs += 1 }
      if name.rule == .countryInResults { countries += 1 }
    }
    guard countries > 0, clubs >= 3, clubs >= 3 * countries else { return }
    for index in found.indices where found[index].rule == .countryInResults {
      found[index] = FoundName(type: .organization, tokens: found[index].tokens, rule: .clubNamedLikeCountry, confidence: 0.6)
    }
  }
}
