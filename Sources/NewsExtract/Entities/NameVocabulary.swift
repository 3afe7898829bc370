/// The closed word lists of the entity pass, each a set of `PhraseKey.word` keys (case folded).
struct NameVocabulary: Sendable {
  var givenNames: Set<UInt64> = []
  var commonWords: Set<UInt64> = []
  var demonyms: Set<UInt64> = []
  var personTitles: Set<UInt64> = []
  var organizationHeads: Set<UInt64> = []
  var organizationSuffixes: Set<UInt64> = []
  var locationHeads: Set<UInt64> = []
  var locationSuffixes: Set<UInt64> = []
  var reportingVerbs: Set<UInt64> = []
  var sportsCues: Set<UInt64> = []
  var connectors: Set<UInt64> = []
  var notNames: Set<UInt64> = []
  var ambiguousPlaces: Set<UInt64> = []
  var individualSports: Set<UInt64> = []
  var notPlaceBeforeIn: Set<UInt64> = []

  /// Words that are part of an organization name by themselves.
  func isOrganizationWord(_ key: UInt64) -> Bool {
    organizationHeads.contains(key) || organizationSuffixes.contains(key)
  }
}

/// Words whose role in a sentence the rules read directly.
enum ContextWords {
  static let the = PhraseKey.word("the")
  static let of = PhraseKey.word("of")
  static let and = PhraseKey.word("and")
  static let according = PhraseKey.word("according")
  static let to = PhraseKey.word("to")
  static let placePrepositions: Set<UInt64> = Set(["in", "at", "near", "from", "to", "outside", "across", "visited", "visit", "into"].map(PhraseKey.word))
  /// In a sports report "at Leeds" is a match against the club; only these still say "place".
  static let sportsPlacePrepositions: Set<UInt64> = Set(["in", "near", "outside"].map(PhraseKey.word))
  static let `in` = PhraseKey.word("in")
  static let on = PhraseKey.word("on")
  static let by = PhraseKey.word("by")
  static let ampersand = UInt64(0x26)
}
