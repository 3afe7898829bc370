import NewsCore

extension EntityPass {
  /// "Marks & Spencer", "Procter & Gamble": capitalized words joined by "&" name a company.
  mutating func readAmpersandName(_ s: Int, _ e: Int) -> Bool {
    guard e - s >= 3, (s + 1..<e - 1).contains(where: { tokens[$0].mark == 0x26 }), isCapitalizedWord(s), isCapitalizedWord(e - 1),
      !words.personTitles.contains(tokens[s].key)
    else { return false }
    add(.organization, s..<e, .ampersandName, 0.7)
    return true
  }

  /// A name read as a company once is a company throughout the story: the same words typed
  /// a person by their shape alone ("Wells Fargo said …" after "Wells Fargo 's chairman")
  /// become the organization, before surnames are collected from the people found.
  mutating func settleCompanies() {
    var companies = KeySet()
    var any = false
    for name in found where name.type == .organization && name.rule == .companyContext {
      companies.insert(phraseKey(of: name.tokens))
      any = true
    }
    guard any else { return }
    for index in found.indices where found[index].type == .person && found[index].rule.typesByShapeOnly {
      let name = found[index]
      if companies.contains(phraseKey(of: name.tokens)) {
        found[index] = FoundName(type: .organization, tokens: name.tokens, rule: .sameNameElsewhere, confidence: 0.6)
      }
    }
  }


  /// The phrase key of the words `range` (case folded, as gazetteer phrases are keyed).
  func phraseKey(of range: Range<Int>) -> UInt64 {
    var key = PhraseKey.seed
    for t in range { key = PhraseKey.combine(key, tokens[t].key) }
    return key
  }
}
