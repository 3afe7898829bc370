import NewsCore

/// An organization or place found by a keyword of its name.
struct KeywordName {
  var type: EntityType
  var range: Range<Int>
  var rule: EntityRule
}

extension EntityPass {
  /// The first organization or place in `s..<e` named by a keyword: a head followed by a
  /// connector ("Ministry of …", "Strait of …") takes the rest of the chunk; a suffix ("… Agency",
  /// "… Province") takes the capitalized run before it. A keyword alone is no name.
  func keywordName(_ s: Int, _ e: Int) -> KeywordName? {
    var k = s
    while k < e {
      defer { k += 1 }
      guard isCapitalizedWord(k) else { continue }
      // Short lists: the bits looked up once per word answer all four.
      let bits = shortBits[k]
      let orgHead = bits & words.organizationHeads.bit != 0, locHead = bits & words.locationHeads.bit != 0
      let orgSuffix = bits & words.organizationSuffixes.bit != 0, locSuffix = bits & words.locationSuffixes.bit != 0
      let opener = bits & words.organizationOpeners.bit != 0
      guard orgHead || locHead || orgSuffix || locSuffix || opener else { continue }
      let start = runStart(k, s)
      if orgHead || locHead, k + 1 < e, isConnector(k + 1) {
        let end = nestedEnd(k, e)
        // "Port of Rotterdam Authority": a place head whose name ends in an organization word.
        if !orgHead, words.organizationSuffixes.contains(tokens[end - 1].key), isCapitalizedWord(end - 1) {
          return KeywordName(type: .organization, range: start..<end, rule: .organizationSuffix)
        }
        let type: EntityType = orgHead ? .organization : .location
        return KeywordName(type: type, range: start..<end, rule: orgHead ? .organizationHead : .placeHead)
      }
      if opener, let end = openedOrganizationEnd(k, e) {
        return KeywordName(type: .organization, range: start..<end, rule: .organizationOpener)
      }
      guard orgSuffix || locSuffix else { continue }
      // The last keyword of the run decides: "Carrow Valley Bank" is a bank.
      var end = k + 1
      var organization = orgSuffix
      var m = k + 1
      while m < e && isCapitalizedWord(m) {
        let bits = shortBits[m]  // a capitalized word: its short-list bits
        if bits & words.organizationSuffixes.bit != 0 {
          end = m + 1
          organization = true
        } else if bits & words.locationSuffixes.bit != 0 {
          end = m + 1
          organization = false
        }
        m += 1
      }
      guard end - start > 1 else { continue }
      // "English County Championship": a nationality and a keyword name no place.
      if !organization, (start..<(end - 1)).allSatisfy({ words.demonyms.contains(tokens[$0].key) }) { continue }
      let type: EntityType = organization ? .organization : .location
      // "Union Bank of Switzerland", "National Council for the Defence of Democracy": a name
      // ending on a head word goes on over its "of" or "for" as a head-of name does.
      if organization, end < e, isConnector(end), tokens[end].key != ContextWords.and, words.organizationHeads.contains(tokens[end - 1].key) {
        return KeywordName(type: .organization, range: start..<nestedEnd(end - 1, e), rule: .organizationSuffix)
      }
      return KeywordName(type: type, range: start..<end, rule: organization ? .organizationSuffix : .placeSuffix)
    }
    return nil
  }

  /// Back from keyword `k` over the capitalized words of its run (not over titles, months or
  /// sentence-opening function words).
  func runStart(_ k: Int, _ s: Int) -> Int {
    var j = k
    while j > s, isCapitalizedWord(j - 1), !words.notNames.contains(tokens[j - 1].key),
      !(words.personTitles.contains(tokens[j - 1].key) && !words.isOrganizationWord(tokens[k].key)),
      !(tokens[j - 1].sentenceStart && words.companyAppositives.contains(tokens[j - 1].key))
    {
      j -= 1
    }
    return j
  }

  /// The end of a head-of name: the chunk end, unless "of the" opens a second organization
  /// ("Department of the X Institute" is two names), "and" follows the keyword itself, or a
  /// person's name follows (`personAfterName`).
  func nestedEnd(_ k: Int, _ e: Int) -> Int {
    // "Deutsche Bank and Dresdner Bank": "and" right after the keyword opens a second name.
    if tokens[k + 1].key == ContextWords.and, k + 2 < e, isCapitalizedWord(k + 2) { return k + 1 }
    if let cut = personAfterName(k, e) { return cut }
    var c = k + 1
    while c + 2 < e {
      if tokens[c].key == ContextWords.of, tokens[c + 1].key == ContextWords.the {
        for m in (c + 2)..<e where isCapitalizedWord(m) && words.isOrganizationWord(tokens[m].key) {
          return c
        }
      }
      c += 1
    }
    return e
  }

  /// Where a person's name opens after the head-of name of keyword `k`, if it does: at a title
  /// ("Bank of Israel Governor Jacob Frenkel"), or at an "of" before a title or a given name
  /// ("Party of Democratic Action of President Alija Izetbegovic", "True Path Party of Foreign
  /// Minister Tansu Ciller"). Right after the keyword, the title must itself open a name, since
  /// "Ministry of Foreign Affairs" holds one.
  func personAfterName(_ k: Int, _ e: Int) -> Int? {
    var cut: Int? = nil
    for c in (k + 3)..<max(k + 3, e) where isCapitalizedWord(c) && words.personTitles.contains(tokens[c].key)
      && !words.isOrganizationWord(tokens[c].key) && isCapitalizedWord(c - 1)
    {
      cut = c
      break
    }
    for c in (k + 1)..<min(cut ?? e, max(k + 1, e - 1)) where tokens[c].key == ContextWords.of && isConnector(c) && isCapitalizedWord(c + 1) {
      let next = tokens[c + 1].key
      let title = words.personTitles.contains(next), given = words.givenNames.contains(next) && !words.isOrganizationWord(next)
      if c == k + 1 {
        guard title, c + 2 < e, words.personTitles.contains(tokens[c + 2].key) || words.givenNames.contains(tokens[c + 2].key) else { continue }
        return c
      }
      if title || given { return c }
    }
    return cut
  }
}
