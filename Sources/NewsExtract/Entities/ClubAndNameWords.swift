import NewsCore

/// Words after a team's name that a single player's name does not take: plural verbs
/// ("Juventus were held"), read in sports reports.
enum ClubWords {
  static let at = PhraseKey.word("at")
  static let pluralVerbs = KeySet(["were", "are", "have", "remain", "trail", "lead", "play", "face", "meet", "host"].map(PhraseKey.word))
  /// Lower-case nouns naming a team right before its name ("European champions Juventus").
  static let nounsBefore = KeySet(
    ["champions", "leaders", "holders", "hosts", "visitors", "club", "side", "rivals", "outfit", "opponents", "titleholders"]
      .map(PhraseKey.word))
  /// Verbs of an apposition that a team takes ("Leeds , managed by Howard Wilkinson ,").
  static let runBy = KeySet(["coached", "managed", "trained", "captained"].map(PhraseKey.word))
  static let by = PhraseKey.word("by")
  /// "Yorkshire v Gloucestershire": both sides of a fixture.
  static let versus = KeySet(["v", "vs", "versus"].map(PhraseKey.word))
  /// Words before the losing side of a match ("beat X 2-1", "a win over X", "drew with X").
  static let beatenBy = KeySet(["beat", "beating", "defeated", "against", "over", "v", "vs", "versus", "with", "edged", "thrashed", "routed", "downed"].map(PhraseKey.word))
}

/// Lower-case particles that open the last part of an Arabic name ("al-Shara", "el-Din").
enum NameParticles {
  static let prefixes: [[UInt8]] = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"].map { Array($0.utf8) }
}

/// Cricket scoreboard marks before a player's name: caught, bowled, stumped, leg before.
enum ScoreboardMarks {
  static let dismissals = KeySet(["c", "b", "st", "lbw"].map(PhraseKey.word))
}
