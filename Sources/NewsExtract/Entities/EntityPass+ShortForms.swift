import NewsCore

extension EntityPass {
  /// The document pass: single words left untyped become the person whose surname they are,
  /// the organization whose acronym they spell or whose keyword they repeat ("the Council"),
  /// or take the type the same name has elsewhere in the document.
  mutating func settleShortForms() {
    settleCompanies()
    if sportsDocument && !individualSport { settleCountriesAmongClubs() }
    let datelines = readDatelines()
    var surnames = KeySet()
    var singleNames: [(key: UInt64, type: EntityType, confidence: Double)] = []
    var organizationEnds = KeySet()
    var organizationCores = KeySet()
    var clubNicknames = KeySet()
    var personStarts = KeySet()
    var locationCores = KeySet()
    for name in found {
      let last = tokens[name.tokens.upperBound - 1].key
      if name.type == .person { personStarts.insert(UInt64(name.tokens.lowerBound)) }
      if name.type == .person && name.tokens.count >= 2 {
        // Any word of a full name stands for the person ("Tokayev", "Zhu" of Zhu Rongji).
        // A first word that is a given name is left out: "BILL" in a headline is rarely Bill Clinton.
        for t in name.tokens where isCapitalizedWord(t) && tokens[t].length > 1
          && !(t == name.tokens.lowerBound && words.givenNames.contains(tokens[t].key))
        {
          surnames.insert(tokens[t].key)
        }
      }
      if name.type == .organization && name.tokens.count >= 2 {
        organizationEnds.insert(last)
        // "Microsoft" of "Microsoft Corp", "Toyota" of "Toyota Motor Corp".
        let first = tokens[name.tokens.lowerBound]
        if first.isCapitalized, !words.isOrganizationWord(first.key), !words.personTitles.contains(first.key),
          !words.notNames.contains(first.key), !words.demonyms.contains(first.key)
        {
          organizationCores.insert(first.key)
        }
      }
      // "Bulls" of "Chicago Bulls", "Yankees" of "New York Yankees": in a sports report, the
      // last word of a club named after its town stands for the club.
      if name.type == .organization, name.tokens.count >= 2, sportsDocument, !words.isOrganizationWord(last),
        !words.givenNames.contains(last), !words.familyNames.contains(last), placeOpening(name.tokens) != nil
      {
        clubNicknames.insert(last)
      }
      if name.type == .location && name.tokens.count >= 2 {
        // "GOLAN" in a headline of a story about the Golan Heights.
        let first = tokens[name.tokens.lowerBound].key
        if !words.commonWords.contains(first), !words.demonyms.contains(first), !words.notNames.contains(first) {
          locationCores.insert(first)
        }
      }
      if name.tokens.count == 1, name.confidence >= 0.5 { singleNames.append((last, name.type, name.confidence)) }
    }
    // A small town's name that is a person's surname here is the person; so is a country's,
    // unless a preposition of place comes before it ("Michael Jordan … Jordan scored").
    for index in found.indices where found[index].tokens.count == 1 && found[index].rule != .titleBeforeName {
      let key = tokens[found[index].tokens.lowerBound].key
      if surnames.contains(key), found[index].type != .person, found[index].rule != .companyContext,
        found[index].confidence < 0.9 || found[index].rule == .gazetteerPlace && !afterPlacePreposition(found[index].tokens.lowerBound)
      {
        found[index] = FoundName(type: .person, tokens: found[index].tokens, rule: .surnameOfNamedPerson, confidence: 0.6)
      }
    }
    let clubs = sportsDocument && !individualSport ? settleClubsInMatches() : []
    for p in clubs.sorted() { singleNames.append((tokens[p].key, .organization, 0.5)) }
    // One-word names by key, the most confident first (a table keeps the first of a key).
    singleNames.sort {
      if $0.key != $1.key { return $0.key < $1.key }
      if $0.confidence != $1.confidence { return $0.confidence > $1.confidence }
      return $0.type.rawValue < $1.type.rawValue
    }
    let singles = KeyTable(singleNames.map { ($0.key, $0.type) })
    let companyStarts = KeySet(found.filter { $0.type == .organization && ($0.rule == .companyContext || $0.rule == .gazetteerOrganization) }
      .map { UInt64($0.tokens.lowerBound) })
    // Built when an acronym first asks: the pending loop below adds one-word names only, so
    // the organizations of two words or more are the same whenever they are gathered.
    var organizations: [UInt8: [[[Unicode.Scalar]]]]? = nil
    var spelled: [UInt64: Bool] = [:]
    for p in pending {
      let key = tokens[p].key
      let range = p..<(p + 1)
      if !datelines.isEmpty && datelines.contains(p) {
        continue  // a town of a dateline
      } else if surnames.contains(key), !isCompanyByItsMarket(p) {
        add(.person, range, .surnameOfNamedPerson, 0.7)
      } else if clubNicknames.contains(key), !tokens[p].sentenceStart || !words.commonWords.contains(key) || facts(of: p).style == .allCaps {
        add(.organization, range, .sameNameElsewhere, 0.5)
      } else if !(tokens[p].sentenceStart && words.commonWords.contains(key)), let type = kindAround(p, p + 1) {
        add(type, range, type == .organization ? .organizationKind : .placeKind, 0.6)
      } else if words.isOrganizationWord(key), organizationEnds.contains(key), facts(of: p).style != .allCaps {
        add(.organization, range, .backReference, 0.5)
      } else if organizationCores.contains(key), gazetteer.entry(PhraseKey.combine(PhraseKey.seed, key)) == nil {
        add(.organization, range, .sameNameElsewhere, 0.5)
      } else if sportsDocument, p + 3 < tokens.count, tokens[p + 1].mark == 0x27, tokens[p + 2].key == ContextWords.s,
        personStarts.contains(UInt64(p + 3))
      {
        add(.organization, range, .clubBeforePlayer, 0.5)
      } else if !clubs.isEmpty && clubs.contains(p) {
        continue  // read as a club above
      } else if p + 2 < tokens.count, tokens[p + 1].key == ContextWords.and || tokens[p + 1].mark == 0x2C,
        companyStarts.contains(UInt64(p + 2)), !tokens[p].sentenceStart || !words.commonWords.contains(key)
      {
        add(.organization, range, .companyContext, 0.5)  // "Cargill and Archer Daniels Midland"
      } else if words.commonWords.contains(key) {
        continue  // an ordinary word: only a surname given in full elsewhere makes it a name
      } else if locationCores.contains(key), gazetteer.entry(PhraseKey.combine(PhraseKey.seed, key)) == nil {
        add(.location, range, .sameNameElsewhere, 0.5)
      } else if let type = singles[key] {
        add(type, range, .sameNameElsewhere, 0.5)
      } else if isAcronym(p) {
        if organizations == nil { organizations = namedOrganizations() }
        if spellsNamedOrganization(p, organizations!, &spelled) {
          add(.organization, range, .acronymOfNamedOrganization, 0.8)
        } else if facts(of: p).style == .prose || isHeadlineAcronym(p) {
          add(.organization, range, .acronym, 0.4)
        }
      } else if words.familyNames.contains(key), facts(of: p).style == .prose, !tokens[p].isAllCaps,
        gazetteer.entry(PhraseKey.combine(PhraseKey.seed, key)) == nil
      {
        add(.person, range, .familyName, 0.4)  // a lone known family name: "Atherton said …"
      } else if sportsDocument, facts(of: p).style == .prose, !tokens[p].isAllCaps,
        !tokens[p].shape.contains(.digit), !tokens[p].shape.contains(.innerCapital),
        !words.isOrganizationWord(key), tokens[p].length > 2, !isLabelOrArticleNoun(p)
      {
        // A lone unknown name in a match report is most often a player's surname.
        add(.person, range, .playerInSportsReport, 0.35)
      }
    }
  }

  /// A short word of an all-caps headline that is no word of the language and no one's name
  /// ("UAW REACH PACT"): an acronym, read as an organization as in prose.
  func isHeadlineAcronym(_ p: Int) -> Bool {
    let t = tokens[p]
    guard facts(of: p).style == .allCaps, t.length <= 4, !t.shape.contains(.period), !isDateline(p..<(p + 1)) else { return false }
    return !words.givenNames.contains(t.key) && !words.familyNames.contains(t.key) && !words.demonyms.contains(t.key)
      && !words.sportsCues.contains(t.key) && !words.matchCues.contains(t.key)
  }

  /// The letters of the capitalized words of each organization found with two words or
  /// more, once per name, by the first byte of the first word upper-cased (an acronym is
  /// only tried against the names that start with its own first letter).
  func namedOrganizations() -> [UInt8: [[[Unicode.Scalar]]]] {
    var seen: Set<UInt64> = []
    var names: [UInt8: [[[Unicode.Scalar]]]] = [:]
    for name in found where name.type == .organization && name.tokens.count >= 2 {
      var key = PhraseKey.seed
      for t in name.tokens { key = PhraseKey.combine(key, tokens[t].key) }
      guard seen.insert(key).inserted else { continue }
      let capitalized = name.tokens.filter { isCapitalizedWord($0) }
      guard let head = capitalized.first else { continue }
      names[bytesView[tokens[head].start] & 0xDF, default: []].append(capitalized.map { tokenLetters($0) })
    }
    return names
  }

  /// `AcronymMatch.letters` of token `i`, read from its bytes when they are ASCII.
  func tokenLetters(_ i: Int) -> [Unicode.Scalar] {
    let bytes = tokenBytes(i)
    let ascii = bytes.withUnsafeBufferPointer { AcronymMatch.asciiLetters($0) }
    return ascii ?? AcronymMatch.letters(String(decoding: bytes, as: UTF8.self))
  }

  /// Whether the acronym at `p` spells one of `organizations` (answers cached by word key).
  func spellsNamedOrganization(_ p: Int, _ organizations: [UInt8: [[[Unicode.Scalar]]]], _ cache: inout [UInt64: Bool]) -> Bool {
    if let known = cache[tokens[p].key] { return known }
    let first = bytesView[tokens[p].start] & 0xDF
    let acronym = tokenLetters(p)
    let spells = organizations[first]?.contains { AcronymMatch.spells(acronym, $0) } ?? false
    cache[tokens[p].key] = spells
    return spells
  }

  /// "the Velodrome", "a Bundesliga record", "Half-backs :": a word after an article or before
  /// a colon is no player's surname.
  func isLabelOrArticleNoun(_ p: Int) -> Bool {
    if p > 0, !tokens[p].startsLine, tokens[p - 1].key == ContextWords.the || tokens[p - 1].key == ContextWords.a { return true }
    return p + 1 < tokens.count && tokens[p + 1].mark == 0x3A
  }
}
