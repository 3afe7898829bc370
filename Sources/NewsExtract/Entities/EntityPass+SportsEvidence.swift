/// What a document shows of being a sports report, counted line by line.
/// One ambiguous word ("season", "beat", "top") is no evidence: a report needs a sports word
/// near its start and more of them, or scores, or results lines, after it.
struct SportsEvidence {
  /// A wire slug such as "SOCCER - …" or "RUGBY LEAGUE - …" opens the document.
  var slug = false
  /// A sports word, a match word or a score in the first lines.
  var sportsEarly = false
  /// Lines in the document.
  var lines = 0
  /// Lines with a sports word.
  var sportsLines = 0
  /// Lines with a match word ("beat", "match", "season") but no sports word.
  var matchLines = 0
  /// Scores such as "2-1" or "24-16".
  var scores = 0
  /// Lines shaped like a results table ("Leeds 2 Chelsea 1").
  var resultLines = 0

  /// Whether the evidence is strong and repeated enough for a sports report: a slug; a
  /// results table with a sports word; or, from the first lines on, scores or results with
  /// several sports lines, or sports words in a good share of the lines (a lifestyle piece that mentions
  /// football now and then is no report).
  var isSportsReport: Bool {
    if slug { return true }
    let topical = sportsLines + matchLines
    if resultLines >= 3 && topical >= 1 { return true }
    guard sportsEarly else { return false }
    if scores >= 1 || resultLines >= 2 { return topical >= 3 && sportsLines + scores >= 1 }
    return sportsLines >= 3 && sportsLines * 4 >= lines && topical * 2 >= lines
  }
}

/// The sports cues of one line, read with its style (`EntityPass.describe`).
struct LineSportsCues {
  /// A word of the sports list.
  var sportsWord = false
  /// A word of the match list ("beat", "season").
  var matchWord = false
  /// The first word of the sports list.
  var firstSportsWord = Int.max
  /// Scores such as "2-1".
  var scores = 0
}

extension EntityPass {
  /// Adds what line `range` (the `index`-th line), with its `cues`, shows to `evidence`.
  func addSportsEvidence(of range: Range<Int>, index: Int, results: Bool, cues: LineSportsCues, to evidence: inout SportsEvidence) {
    evidence.lines += 1
    evidence.scores += cues.scores
    if cues.sportsWord {
      evidence.sportsLines += 1
    } else if cues.matchWord {
      evidence.matchLines += 1
    }
    if index < 3, cues.sportsWord || cues.matchWord || cues.scores > 0 { evidence.sportsEarly = true }
    if results { evidence.resultLines += 1 }
    // The slug: the first line opens with sports words, then a dash.
    if index == 0, cues.firstSportsWord < range.lowerBound + 3,
      let dash = range.first(where: { tokens[$0].mark == 0x2D || tokens[$0].mark == 0x97 }), dash > cues.firstSportsWord,
      dash <= range.lowerBound + 3
    {
      evidence.slug = true
    }
  }

  /// A score: one to three digits, a hyphen, one to three digits ("2-1", "24-16", "101-99").
  func isScore(_ i: Int) -> Bool {
    let bytes = tokenBytes(i)
    guard let dash = bytes.firstIndex(of: 0x2D) else { return false }
    let left = dash - bytes.startIndex, right = bytes.endIndex - dash - 1
    return (1...3).contains(left) && (1...3).contains(right)
      && bytes.allSatisfy { $0 == 0x2D || $0 >= 0x30 && $0 <= 0x39 }
  }
}
