import NewsCore

/// Number words after which an all-caps word is a unit, not a name ("13.8 million TEU").
enum QuantityWords {
  static let scales = KeySet(NumberWords.scales.keys.map(PhraseKey.word) + NumberWords.pluralScales.keys.map(PhraseKey.word))
}

extension EntityPass {
  /// An all-caps word right after a number or a scale word is a unit of measure ("80,000 DWT",
  /// "13.8 million TEU"), except in a results table, where a team's short name follows a score.
  func isUnitAfterNumber(_ p: Int) -> Bool {
    guard p > 0, tokens[p].isAllCaps, !tokens[p].startsLine, !facts(of: p).results else { return false }
    let before = tokens[p - 1]
    guard before.shape.contains(.number) || before.isWord && QuantityWords.scales.contains(before.key) else { return false }
    return !(p + 1 < tokens.count && tokens[p + 1].shape.contains(.number) && !tokens[p + 1].startsLine)
  }
}
