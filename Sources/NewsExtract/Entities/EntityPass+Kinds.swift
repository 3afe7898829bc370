import NewsCore

extension EntityPass {
  /// The type that a lower-case noun right after the name ending before `e` gives it: "the
  /// Likud party", "the Petra news agency" (an organization), "the Chouf district", "Heathrow
  /// airport" (a place).
  func kindNounAfter(_ e: Int) -> EntityType? {
    guard e < tokens.count, !tokens[e].startsLine, tokens[e].isWord, !tokens[e].isCapitalized else { return nil }
    var key = tokens[e].key
    var next = e + 1
    if key == ContextWords.news, next < tokens.count, !tokens[next].startsLine {
      key = tokens[next].key
      next += 1
    }
    // "the Basque city of San Sebastian": the noun is the head of the name after "of".
    if next < tokens.count, !tokens[next].startsLine, tokens[next].key == ContextWords.of { return nil }
    if words.organizationKinds.contains(key) { return .organization }
    if words.placeKinds.contains(key) { return .location }
    return nil
  }

  /// "the town of Kerak", "the province of Guipuzcoa": a place noun and "of" right before `s`.
  func placeNounOfBefore(_ s: Int) -> Bool {
    guard s > 1, !tokens[s].startsLine, !tokens[s - 1].startsLine, tokens[s - 1].key == ContextWords.of,
      tokens[s - 2].isWord, !tokens[s - 2].isCapitalized
    else { return false }
    return words.placeKinds.contains(tokens[s - 2].key)
  }

  /// The type the words around the unknown name `s..<e` give it, if they name its kind.
  func kindAround(_ s: Int, _ e: Int) -> EntityType? {
    if let type = kindNounAfter(e) { return type }
    return placeNounOfBefore(s) ? .location : nil
  }

  /// "Bank Hapoalim", "Banco Santander", "Radio Moscow": an opening word and the capitalized
  /// words after it, up to a title or a non-name word; nil when no name word follows.
  func openedOrganizationEnd(_ k: Int, _ e: Int) -> Int? {
    var end = k + 1
    while end < e {
      // "Compania Minera del Sur": a connector of another language goes on with the name.
      if isConnector(end), words.foreignConnectors.contains(tokens[end].key), end + 1 < e, isCapitalizedWord(end + 1) {
        end += 2
        continue
      }
      guard isCapitalizedWord(end), !isConnector(end) else { break }
      let key = tokens[end].key
      guard !words.personTitles.contains(key), !words.notNames.contains(key), !words.demonyms.contains(key) else { break }
      end += 1
    }
    return end > k + 1 ? end : nil
  }

  /// Whether the chunk `s..<e` names an event: an event word after its first word ("World
  /// Cup", "Belgian Grand Prix"), or a race opening with "Tour"/"Giro"/"Vuelta" and a
  /// connector ("Tour of Spain", "Tour de France").
  func namesEvent(_ s: Int, _ e: Int) -> Bool {
    guard e - s >= 2 else { return false }
    for p in (s + 1)..<e where shortBits[p] & words.eventWords.bit != 0 && isCapitalizedWord(p) { return true }
    return ContextWords.raceHeads.contains(tokens[s].key) && isConnector(s + 1)
  }
}
