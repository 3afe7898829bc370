import NewsCore

/// What the words around a name say about a company, from the business pages' phrasing:
/// a company is introduced by a noun ("rival X"), held ("shares of X"), moves in price
/// ("X fell 1/4"), has a chairman or shares ("X 's chairman"), employs people ("X analyst Jane
/// Doe") and speaks of itself as "it" ("X said on Monday it would …").
enum CompanyEvidence {
  case appositive, holder, possession, priceMove, roleAfter, itAfterSaid, listedWithCompany
}

extension EntityPass {
  /// The first piece of evidence that the run `s..<e` names a company, if any.
  func companyEvidence(_ s: Int, _ e: Int) -> CompanyEvidence? {
    if companyNounBefore(s) { return .appositive }
    if companyHolderBefore(s) { return .holder }
    if companyListBefore(s) { return .listedWithCompany }
    guard e < tokens.count, !tokens[e].startsLine else { return nil }
    if possessionAfter(e) { return .possession }
    if companyNounAfter(e) { return .appositive }
    if priceMoveAfter(e) { return .priceMove }
    if roleAndPersonAfter(e) { return .roleAfter }
    if itAfterSaid(e) { return .itAfterSaid }
    return nil
  }

  /// "retailer X", "Rival X" (opening the sentence), "aircraft unit X".
  func companyNounBefore(_ s: Int) -> Bool {
    guard s > 0, !tokens[s].startsLine, tokens[s - 1].isWord else { return false }
    return words.companyAppositives.contains(tokens[s - 1].key)
  }

  /// "shares of X", "analysts at X", "a broker with X", "a stake in X".
  func companyHolderBefore(_ s: Int) -> Bool {
    guard s > 1, !tokens[s].startsLine, !tokens[s - 1].startsLine, tokens[s - 1].isWord, tokens[s - 2].isWord else { return false }
    let preposition = tokens[s - 1].key, noun = tokens[s - 2].key
    guard words.companyHolders.contains(noun) else { return false }
    return ContextWords.companyPrepositions.contains(preposition)
      || preposition == ContextWords.in && ContextWords.holdingsIn.contains(noun)
  }

  /// "Merrill Lynch and Morgan Stanley", "Inco up 1-1/2 and Alcan": the next name in a list
  /// whose first name was read as a company.
  func companyListBefore(_ s: Int) -> Bool {
    guard s > 1, !tokens[s].startsLine, tokens[s - 1].mark == 0x2C || tokens[s - 1].key == ContextWords.and,
      let last = found.last, last.type == .organization, last.rule == .companyContext
    else { return false }
    if last.tokens.upperBound == s - 1 { return true }
    // "Inco up 1-1/2 and Alcan up 3/4": the same price move after both.
    return tokens[s - 1].key == ContextWords.and && priceMoveAfter(s + 1) && priceMoveAfter(last.tokens.upperBound)
  }

  /// "X , the smallest of the big tobacco firms ,": an apposition that ends on a company noun.
  func companyNounAfter(_ e: Int) -> Bool {
    guard tokens[e].mark == 0x2C, e + 2 < tokens.count, tokens[e + 1].key == ContextWords.the || tokens[e + 1].key == ContextWords.a
    else { return false }
    var p = e + 2
    while p < tokens.count, p <= e + 9, tokens[p].isWord, !tokens[p].isCapitalized, !tokens[p].startsLine {
      if words.companyAppositives.contains(tokens[p].key) {
        // "the bank 's chairman" describes a person
        return p + 1 < tokens.count && !tokens[p + 1].isWord && tokens[p + 1].mark != 0x27
      }
      p += 1
    }
    return false
  }

  /// "X shares", "X 's chairman", "X 's board".
  func possessionAfter(_ e: Int) -> Bool {
    let t = tokens[e]
    if t.isWord && !t.isCapitalized { return words.companyPossessions.contains(t.key) }
    guard t.mark == 0x27, e + 2 < tokens.count, tokens[e + 1].key == ContextWords.s else { return false }
    var p = e + 2
    if tokens[p].key == ContextWords.chief || tokens[p].key == ContextWords.new { p += 1 }
    return p < tokens.count && tokens[p].isWord && !tokens[p].isCapitalized && words.companyPossessions.contains(tokens[p].key)
  }

  /// "X fell 1/4 to 48", "X up 1-1/2", "X rose 4p", "X fell 12 cents": a price move, not a score.
  func priceMoveAfter(_ e: Int) -> Bool {
    var p = e
    if p < tokens.count, tokens[p].key == ContextWords.was { p += 1 }
    guard p + 1 < tokens.count, tokens[p].isWord, words.priceVerbs.contains(tokens[p].key), !tokens[p + 1].startsLine
    else { return false }
    let number = p + 1
    guard tokens[number].shape.contains(.number) || tokens[number].shape.contains(.digit), !isScore(number) else { return false }
    let bytes = tokenBytes(number)
    if bytes.contains(0x2F) || bytes.last == 0x70 { return true }  // "1/4", "1-1/2", "4p"
    guard number + 1 < tokens.count, !tokens[number + 1].startsLine else { return false }
    let next = tokens[number + 1].key
    if ContextWords.priceUnits.contains(next) { return true }
    // "9p": the tokenizer ends the number before the pence sign.
    if next == ContextWords.p, tokens[number + 1].start == tokens[number].end { return true }
    return next == ContextWords.to && number + 2 < tokens.count && tokens[number + 2].shape.contains(.number)
  }

  /// "X analyst Jane Doe", "X coach Jan Novak": a role, then a capitalized name.
  func roleAndPersonAfter(_ e: Int) -> Bool {
    guard e + 1 < tokens.count, tokens[e].isWord, !tokens[e].isCapitalized, words.companyRolesAfter.contains(tokens[e].key)
    else { return false }
    var p = e + 1
    if p < tokens.count, words.companyRolesAfter.contains(tokens[p].key) || tokens[p].key == ContextWords.executive { p += 1 }
    return isCapitalizedWord(p) && !tokens[p].startsLine && !words.notNames.contains(tokens[p].key)
  }

  /// "X said on Monday it would …", "X said in a statement its …": a speaker that is an "it".
  func itAfterSaid(_ e: Int) -> Bool {
    guard tokens[e].isWord, words.reportingVerbs.contains(tokens[e].key) else { return false }
    var p = e + 1
    while p < tokens.count, p <= e + 5, !tokens[p].startsLine {
      let t = tokens[p]
      if t.key == ContextWords.it || t.key == ContextWords.its { return true }
      guard t.isWord, ContextWords.saidFillers.contains(t.key) || t.isCapitalized && words.notNames.contains(t.key) else { return false }
      p += 1
    }
    return false
  }

  /// Evidence that only a listed company leaves, whoever else bears its name ("Ford shares
  /// rose", "Dell fell 1/4", "Ford 's automotive operations"): its shares, its price, its
  /// holders, or a company noun before it.
  func isCompanyByItsMarket(_ p: Int) -> Bool {
    guard let evidence = companyEvidence(p, p + 1) else { return false }
    switch evidence {
    case .possession, .priceMove, .holder, .appositive: return true
    case .roleAfter, .itAfterSaid, .listedWithCompany: return false
    }
  }

  /// "Hitachi , Fujitsu and NEC", "Toyota and Sony rose": a company of the gazetteer next in the list.
  func companyListAfter(_ e: Int) -> Bool {
    guard e + 1 < tokens.count, !tokens[e].startsLine, !tokens[e + 1].startsLine,
      tokens[e].mark == 0x2C || tokens[e].key == ContextWords.and,
      let (_, entry) = longestPhrase(at: e + 1, limit: min(tokens.count, e + 6), anyCase: false)
    else { return false }
    return entry.kind == .organization && !tokens[e + 1].isAllCaps || entry.kind == .organization && isAcronym(e + 1)
  }
}
