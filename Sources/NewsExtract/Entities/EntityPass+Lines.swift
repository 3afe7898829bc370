extension EntityPass {
  /// Sets each line's style (prose, title case, all caps) and sports cues.
  mutating func describeLines() {
    let starts = lookUpShortLists()
    var lines: [LineFacts] = []
    lines.reserveCapacity(starts.count)
    var evidence = SportsEvidence()
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1] : tokens.count
      var cues = LineSportsCues()
      var facts = describe(start..<end, cues: &cues)
      facts.tokens = start..<end
      addSportsEvidence(of: start..<end, index: lines.count, results: facts.results, cues: cues, to: &evidence)
      if lines.count < 3, tokens[start..<end].contains(where: { $0.isWord && words.individualSports.contains($0.key) }) {
        individualSport = true
      }
      lines.append(facts)
    }
    self.lines = lines
    self.lineStarts = starts
    sportsDocument = evidence.isSportsReport
    sportsLines.answers = Array(repeating: 0, count: lines.count)
  }

  /// Whether the line of token `p` is about sport: a sports word, or a match word ("beat",
  /// "season") with a score, since business news beats forecasts too (looked up when a rule
  /// first asks).
  func isSportsLine(_ p: Int) -> Bool {
    let line = lineIndex(p)
    let known = sportsLines.answers[line]
    if known != 0 { return known == 1 }
    let cues = words.sportsCues.bit, matches = words.matchCues.bit
    var sports = false, match = false, score = false
    for i in lines[line].tokens {
      let t = tokens[i]
      if t.isWord {
        if shortBits[i] & cues != 0 { sports = true; break }
        if shortBits[i] & matches != 0 { match = true }
      } else if t.shape.contains(.number), isScore(i) {
        score = true
      }
    }
    sports = sports || match && score
    sportsLines.answers[line] = sports ? 1 : 2
    return sports
  }

  /// Reads the bits of the short word lists (connectors, cues, titles, keywords) for every
  /// word once, into `shortBits`: the line descriptions and the chunk rules test them by
  /// token. Returns the first token of each line, found on the same walk.
  mutating func lookUpShortLists() -> [Int] {
    // The lists read through these bits must be short ones (`NameVocabulary.longLists`).
    assert(EntityPass.listsReadByBits.allSatisfy { !NameVocabulary.longLists.contains($0) })
    let table = words.connectors.table
    var starts: [Int] = []
    let t = tokens
    let out = text.scratch.bits(room: t.count)
    for i in t.indices {
      let token = t[i]
      if i == 0 || token.startsLine { starts.append(i) }
      // Every token is looked up and marks are masked out after: no branch on the kind.
      out[i] = (table[token.key] ?? 0) & (0 &- UInt32(truncatingIfNeeded: token.shape.flag(.word)))
    }
    shortBits = UnsafeBufferPointer(rebasing: out[0..<t.count])
    return starts
  }

  /// The lists whose membership the pass reads from `shortBits`.
  static let listsReadByBits = [
    "name-connectors.txt", "sports-cues.txt", "match-cues.txt", "organization-heads.txt", "organization-suffixes.txt",
    "location-heads.txt", "location-suffixes.txt", "person-titles.txt", "not-names.txt", "demonyms.txt",
    "organization-openers.txt", "organization-kinds.txt", "place-kinds.txt", "event-words.txt", "price-verbs.txt",
  ]

  /// The style and results shape of the line `range`; its sports cues go to `cues` on the
  /// same walk over its tokens.
  func describe(_ range: Range<Int>, cues: inout LineSportsCues) -> LineFacts {
    var facts = LineFacts()
    let connectors = words.connectors.bit
    let sportsBit = words.sportsCues.bit, matchBit = words.matchCues.bit
    var wordCount = 0, caps = 0, capitalized = 0, lowerContent = 0, numbers = 0, namesBeforeNumbers = 0
    for i in range {
      let t = tokens[i]
      // Marks and numbers have no bits: the tests are rarely true, so well predicted.
      let bits = shortBits[i]
      if bits & sportsBit != 0 {
        if !cues.sportsWord { cues.firstSportsWord = i }
        cues.sportsWord = true
      } else if bits & matchBit != 0 {
        cues.matchWord = true
      }
      if t.shape.contains(.number) {
        if isScore(i) { cues.scores += 1 }
        numbers += 1
        // "November 18, 2019" is a date, not a name and its score.
        // ("Sheffield Wednesday 3 2 1 0": a listed word inside a longer name counts.)
        if i > range.lowerBound, tokens[i - 1].isWord, tokens[i - 1].isCapitalized,
          !words.notNames.contains(tokens[i - 1].key) || i - 1 > range.lowerBound && isCapitalizedWord(i - 2) && !words.notNames.contains(tokens[i - 2].key)
        {
          namesBeforeNumbers += 1
        }
        continue
      }
      // Counted without branches: words, marks and capitals alternate unpredictably.
      let word = t.shape.flag(.word), capital = t.shape.flag(.capitalized)
      let connector = bits & connectors != 0 ? 1 : 0
      wordCount &+= word
      caps &+= word & t.shape.flag(.allCaps) & (t.length > 1 ? 1 : 0)
      capitalized &+= word & capital
      lowerContent &+= word & (1 - capital) & ((t.length > 5 ? 1 : 0) | (1 - connector))
    }
    if wordCount > 0, caps * 10 >= wordCount * 7, caps > 0, wordCount - caps <= 3 || caps * 10 >= wordCount * 8 {
      facts.style = .allCaps
    } else if wordCount >= 3, lowerContent == 0, numbers == 0, capitalized >= 3, !endsSentence(range) {
      facts.style = .titleCase
    }
    if numbers >= 2 && namesBeforeNumbers >= 1 && lowerContent <= 4 { facts.results = true }
    return facts
  }

  func endsSentence(_ range: Range<Int>) -> Bool {
    guard let last = range.last else { return false }
    let m = tokens[last].mark
    return m == 0x2E || m == 0x21 || m == 0x3F || m == 0x22
  }
}
