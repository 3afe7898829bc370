import NewsCore

extension EntityPass {
  /// An initial such as "J." in "J. R. Hallworth".
  func isInitial(_ i: Int) -> Bool {
    tokens[i].shape.contains(.period) && tokens[i].length == 2 && tokens[i].isCapitalized
  }

  /// Types a run of capitalized words that no list knows, from its shape and context.
  mutating func classifyUnknown(_ run: Range<Int>, cue: Bool, style: LineStyle) {
    var run = run
    let verb = reportingVerbAfter(run.upperBound)
    // A sentence's first word, when an ordinary word, is capitalized for the sentence only.
    if tokens[run.lowerBound].sentenceStart, words.commonWords.contains(tokens[run.lowerBound].key), !cue {
      if run.count == 1 {
        pending.append(run.lowerBound)  // "Dealers said": only a surname given elsewhere makes it a name
        return
      }
      run = (run.lowerBound + 1)..<run.upperBound
    }
    // "the Likud party", "the town of Kerak": the noun says the kind (one word waits for the
    // document pass, where a surname given in full still wins).
    if !cue, let type = kindAround(run.lowerBound, run.upperBound) {
      if run.count == 1 {
        pending.append(run.lowerBound)
      } else {
        add(type, run, type == .organization ? .organizationKind : .placeKind, 0.6)
      }
      return
    }
    // "Commerzbank", "Harris Bankcorp": a company ending on the run's last word.
    if !cue, !words.givenNames.contains(tokens[run.upperBound - 1].key), hasOrganizationEnding(run.upperBound - 1) {
      add(.organization, run, .organizationSuffix, 0.6)
      return
    }
    let organizationWord = run.count == 1 && words.isOrganizationWord(tokens[run.lowerBound].key)
    if !cue, !organizationWord, companyEvidence(run.lowerBound, run.upperBound) != nil {
      // "British Telecommunications fell 4p": a nationality right before is part of the name.
      let start = run.lowerBound
      let withNationality = start > 0 && !tokens[start].startsLine && isCapitalizedWord(start - 1) && words.demonyms.contains(tokens[start - 1].key)
      add(.organization, (withNationality ? start - 1 : start)..<run.upperBound, .companyContext, 0.6)
      return
    }
    if (cue || verb) && !organizationWord && !isAcronym(run.lowerBound) {
      add(.person, run.lowerBound..<withParticle(run.upperBound), cue ? .titleBeforeName : .reportingVerb, cue ? 0.8 : 0.7)
      return
    }
    if run.count >= 2 {
      guard style == .prose else { return }
      let plain = run.allSatisfy { isInitial($0) || !tokens[$0].isAllCaps && !words.commonWords.contains(tokens[$0].key) && tokens[$0].length > 1 }
        && !isInitial(run.upperBound - 1)
      guard plain else { return }
      // In a market report, two unknown words that read as no one's name are a firm's
      // ("Hoare Govett", "Glaxo Wellcome"): its people come with titles and verbs.
      if isMarketReport(), !personLikeRun(run) {
        add(.organization, run, .marketName, 0.4)
      } else {
        add(.person, run, .nameShape, 0.5)
      }
      return
    }
    let p = run.lowerBound
    if isUnitAfterNumber(p) { return }
    if isAcronym(p) {
      if p >= 2, tokens[p - 1].mark == 0x28, let last = found.last, last.tokens.upperBound == p - 1,
        last.type == .organization
      {
        add(.organization, run, .acronymInParentheses, 0.8)
      } else {
        pending.append(p)
      }
      return
    }
    // "at Odesa, Chornomorsk and Pivdennyi": after a preposition, or next in a list of places.
    if style == .prose, afterPlacePreposition(p) || continuesPlaceList(p), !tokens[p].shape.contains(.digit), !tokens[p].shape.contains(.innerCapital),
      !words.givenNames.contains(tokens[p].key), !words.familyNames.contains(tokens[p].key), !words.commonWords.contains(tokens[p].key),
      !words.isOrganizationWord(tokens[p].key), tokens[p].length > 2
    {
      add(.location, run, .placeAfterPreposition, 0.4)
      return
    }
    pending.append(p)
  }

  /// Whether a run of unknown capitalized words reads as a person's name: it ends on a family
  /// name, opens with a given name, or holds an initial.
  func personLikeRun(_ run: Range<Int>) -> Bool {
    if words.familyNames.contains(tokens[run.upperBound - 1].key) || words.givenNames.contains(tokens[run.lowerBound].key) { return true }
    return run.contains { isInitial($0) }
  }

  /// Whether the document reports a market: three share prices that move ("fell 4p", "rose
  /// 1/4") or more. Counted when first asked.
  func isMarketReport() -> Bool {
    if text.marketReport == 0 {
      var moves = 0
      for i in tokens.indices where shortBits[i] & words.priceVerbs.bit != 0 && i + 1 < tokens.count && tokens[i + 1].shape.contains(.number) {
        moves += 1
        if moves >= 3 { break }
      }
      text.marketReport = moves >= 3 ? 1 : 2
    }
    return text.marketReport == 1
  }
}
