import NewsCore

/// One run of the entity rules over one document: tokens, line facts, and what was found.
/// The first pass reads each line's capitalized chunks; the document pass then settles
/// short forms (surnames, acronyms, "the Council") against the names found.
struct EntityPass {
  /// Tokens, word lists and line facts (see `EntityPassText`).
  let text: EntityPassText
  var found: [FoundName] = []
  /// Single capitalized words the first pass could not type; the document pass may.
  var pending: [Int] = []

  init(text: EntityPassText) {
    self.text = text
  }

  /// Runs both passes and returns the names in text order.
  mutating func run() -> [FoundName] {
    describeLines()
    // All-caps lines last, so that they can reuse the names the other lines gave.
    var capsLines: [Range<Int>] = []
    for line in lines {
      if line.style == .allCaps {
        capsLines.append(line.tokens)
      } else {
        readLine(line.tokens)
      }
    }
    if !capsLines.isEmpty {
      knownNames = namesFound()
      for range in capsLines { readLine(range) }
    }
    settleShortForms()
    return found.sorted {
      if $0.tokens.lowerBound != $1.tokens.lowerBound { return $0.tokens.lowerBound < $1.tokens.lowerBound }
      if $0.tokens.upperBound != $1.tokens.upperBound { return $0.tokens.upperBound < $1.tokens.upperBound }
      return $0.rule.rawValue < $1.rule.rawValue
    }
  }

  func facts(of token: Int) -> LineFacts { lines[lineIndex(token)] }

  /// The index in `lines` of the line holding token `p`: the line read last, else a binary
  /// search over line starts.
  func lineIndex(_ p: Int) -> Int {
    let last = sportsLines.lastLine
    if last < lines.count, lines[last].tokens.contains(p) { return last }
    var lo = 0, hi = lineStarts.count
    while hi - lo > 1 {
      let mid = (lo + hi) / 2
      if lineStarts[mid] <= p { lo = mid } else { hi = mid }
    }
    sportsLines.lastLine = lo
    return lo
  }

  mutating func add(_ type: EntityType, _ range: Range<Int>, _ rule: EntityRule, _ confidence: Double) {
    guard !range.isEmpty else { return }
    found.append(FoundName(type: type, tokens: range, rule: rule, confidence: confidence))
  }

  // MARK: - Token tests

  func isCapitalizedWord(_ i: Int) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].isWord && tokens[i].isCapitalized
  }

  func isConnector(_ i: Int) -> Bool {
    i < tokens.count && tokens[i].isWord && !tokens[i].isCapitalized && shortBits[i] & words.connectors.bit != 0
  }

  /// An acronym: two to six letters, capitals only or capitals with a few lower-case ones
  /// inside ("KazISS"), no digits.
  func isAcronym(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isWord, !t.shape.contains(.digit), t.length >= 2, t.length <= 8,
      !t.shape.contains(.nonASCII) || t.length >= 4  // two letters at least
    else { return false }
    if t.isAllCaps { return t.length <= 6 || t.shape.contains(.period) }
    return t.shape.contains(.innerCapital) && upperCount(i) >= 3
  }

  func upperCount(_ i: Int) -> Int {
    var count = 0
    for b in tokenBytes(i) where b >= 0x41 && b <= 0x5A { count += 1 }
    return count
  }

  func tokenBytes(_ i: Int) -> ArraySlice<UInt8> { bytesView[tokens[i].start..<tokens[i].end] }
}
