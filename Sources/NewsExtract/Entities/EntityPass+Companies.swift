import NewsCore

extension EntityPass {
  /// "Marks & Spencer", "Procter & Gamble": capitalized words joined by "&" name a company.
  mutating func readAmpersandName(_ s: Int, _ e: Int) -> Bool {
    var s = s
    // "Separately Standard & Poor 's": an ordinary word opening the sentence is no part of it.
    if tokens[s].sentenceStart, e - s >= 4, words.commonWords.contains(tokens[s].key), tokens[s + 1].mark != 0x26 { s += 1 }
    guard e - s >= 3, let amp = (s + 1..<e - 1).first(where: { tokens[$0].mark == 0x26 }), isCapitalizedWord(s), isCapitalizedWord(e - 1),
      !words.personTitles.contains(tokens[s].key)
    else { return false }
    // "S&P AFFIRMS CHILE": written without spaces, the name is the word on each side.
    if tokens[amp].start == tokens[amp - 1].end, tokens[amp + 1].start == tokens[amp].end, amp - 1 == s, amp + 2 < e {
      add(.organization, s..<(amp + 2), .ampersandName, 0.7)
      readChunk((amp + 2)..<e, style: facts(of: s).style)
      return true
    }
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
