/// How a line (block) of text is written, which decides what capitalization can tell.
enum LineStyle {
  /// Ordinary sentences: capitalization marks names.
  case prose
  /// A title-case heading: every word capitalized, so only known names and strong patterns count.
  case titleCase
  /// An all-caps headline or dateline: only known names count.
  case allCaps
}

/// Answers of `EntityPass.isSportsLine` per line: 0 not asked yet, 1 yes, 2 no.
/// Used by one pass on one thread only, so exclusivity is not checked at run time.
final class LineAnswers {
  @exclusivity(unchecked) var answers: [UInt8] = []
  /// The line `EntityPass.lineIndex` found last.
  @exclusivity(unchecked) var lastLine = 0
}

/// Recent answers of `EntityPass.longestPhrase`, by position (a direct-mapped memo).
/// Used by one pass on one thread only, so exclusivity is not checked at run time.
final class PhraseMemo {
  static let size = 16
  @exclusivity(unchecked) var keys = [Int](repeating: -1, count: size)
  @exclusivity(unchecked) var values = [(Int, GazetteerEntry)?](repeating: nil, count: size)
}

/// What the pass knows about one line.
struct LineFacts {
  var style: LineStyle = .prose
  /// The line's tokens.
  var tokens: Range<Int> = 0..<0
  /// Names in the line are followed by numbers as in a results table ("Leeds 2 Chelsea 1").
  var results = false
}
