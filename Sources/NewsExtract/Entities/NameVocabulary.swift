/// The closed word lists of the entity pass, each a set of `PhraseKey.word` keys (case folded).
/// A class, so that the pass holds one reference instead of copying every set; filled once
/// while the gazetteer loads and never changed after.
final class NameVocabulary: @unchecked Sendable {
  var givenNames: KeySet = KeySet()
  var familyNames: KeySet = KeySet()
  var commonWords: KeySet = KeySet()
  var demonyms: KeySet = KeySet()
  var personTitles: KeySet = KeySet()
  var organizationHeads: KeySet = KeySet()
  var organizationSuffixes: KeySet = KeySet()
  var locationHeads: KeySet = KeySet()
  var locationSuffixes: KeySet = KeySet()
  var reportingVerbs: KeySet = KeySet()
  var sportsCues: KeySet = KeySet()
  var matchCues: KeySet = KeySet()
  var connectors: KeySet = KeySet()
  var notNames: KeySet = KeySet()
  var ambiguousPlaces: KeySet = KeySet()
  var individualSports: KeySet = KeySet()
  var foreignConnectors: KeySet = KeySet()
  var notPlaceBeforeIn: KeySet = KeySet()

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
  static let placePrepositions = KeySet(["in", "at", "near", "from", "to", "outside", "across", "visited", "visit", "into"].map(PhraseKey.word))
  /// In a sports report "at Leeds" is a match against the club; only these still say "place".
  static let sportsPlacePrepositions = KeySet(["in", "near", "outside"].map(PhraseKey.word))
  static let `in` = PhraseKey.word("in")
  static let on = PhraseKey.word("on")
  static let by = PhraseKey.word("by")
  static let s = PhraseKey.word("s")
  static let ampersand = UInt64(0x26)
}
