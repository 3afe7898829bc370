extension EntityPass {
  /// Sets each line's style (prose, title case, all caps) and sports cues.
  mutating func describeLines() {
    lookUpShortLists()
    var lines: [LineFacts] = [], lineStarts: [Int] = []
    var start = 0
    var evidence = SportsEvidence()
    while start < tokens.count {
      var end = start + 1
      while end < tokens.count && !tokens[end].startsLine { end += 1 }
      var facts = describe(start..<end)
      facts.tokens = start..<end
      addSportsEvidence(of: start..<end, index: lines.count, results: facts.results, to: &evidence)
      if lines.count < 3, tokens[start..<end].contains(where: { $0.isWord && words.individualSports.contains($0.key) }) {
        individualSport = true
      }
      lines.append(facts)
      lineStarts.append(start)
      start = end
    }
    self.lines = lines
    self.lineStarts = lineStarts
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
  /// word once: the line descriptions and the chunk rules test them by token.
  mutating func lookUpShortLists() {
    let table = words.connectors.table
    var bits = [UInt32](repeating: 0, count: tokens.count)
    tokens.withUnsafeBufferPointer { t in
      bits.withUnsafeMutableBufferPointer { out in
        for i in t.indices where t[i].isWord { out[i] = table[t[i].key] ?? 0 }
      }
    }
    shortBits = bits
  }

  func describe(_ range: Range<Int>) -> LineFacts {
    var facts = LineFacts()
    let connectors = words.connectors.bit
    var wordCount = 0, caps = 0, capitalized = 0, lowerContent = 0, numbers = 0, namesBeforeNumbers = 0
    for i in range {
      let t = tokens[i]
      if t.shape.contains(.number) {
        numbers += 1
        // "November 18, 2019" is a date, not a name and its score.
        if i > range.lowerBound, tokens[i - 1].isWord, tokens[i - 1].isCapitalized, !words.notNames.contains(tokens[i - 1].key) {
          namesBeforeNumbers += 1
        }
        continue
      }
      guard t.isWord else { continue }
      wordCount += 1
      if t.isAllCaps && t.length > 1 { caps += 1 }
      if t.isCapitalized {
        capitalized += 1
      } else if t.length > 5 || shortBits[i] & connectors == 0 {
        lowerContent += 1
      }
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
