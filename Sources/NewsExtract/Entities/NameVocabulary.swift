/// The closed word lists of the entity pass. All lists share one table from a word's key
/// (`PhraseKey.word`, case folded) to a bit per list, so that asking several lists about the
/// same word reads one place in memory. A class, so that the pass holds one reference; filled
/// once while the gazetteer loads and never changed after.
final class NameVocabulary: @unchecked Sendable {
  var givenNames = WordList()
  var familyNames = WordList()
  var commonWords = WordList()
  var demonyms = WordList()
  var personTitles = WordList()
  var organizationHeads = WordList()
  var organizationSuffixes = WordList()
  var locationHeads = WordList()
  var locationSuffixes = WordList()
  var reportingVerbs = WordList()
  var sportsCues = WordList()
  var matchCues = WordList()
  var connectors = WordList()
  var notNames = WordList()
  var ambiguousPlaces = WordList()
  var individualSports = WordList()
  var foreignConnectors = WordList()
  var notPlaceBeforeIn = WordList()

  /// Words that are part of an organization name by themselves.
  func isOrganizationWord(_ key: UInt64) -> Bool {
    organizationHeads.contains(key) || organizationSuffixes.contains(key)
  }
}

/// One list of `NameVocabulary`: its bit in the shared table.
struct WordList: Sendable {
  var bit: UInt32 = 0
  var table = KeyTable<UInt32>([])

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { (table[key] ?? 0) & bit != 0 }
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
