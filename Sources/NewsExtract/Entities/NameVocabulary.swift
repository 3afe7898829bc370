/// The closed word lists of the entity pass. Lists share a table from a word's key
/// (`PhraseKey.word`, case folded) to a bit per list, so that asking several lists about the
/// same word reads one place in memory. A class of constants, so that the pass holds one
/// reference and reads it without exclusivity checks.
final class NameVocabulary: Sendable {
  /// The list files, in the order of their bits.
  static let files: [String] = [
    "given-names.txt",
    "family-names.txt",
    "common-words.txt",
    "demonyms.txt",
    "person-titles.txt",
    "organization-heads.txt",
    "organization-suffixes.txt",
    "location-heads.txt",
    "location-suffixes.txt",
    "reporting-verbs.txt",
    "sports-cues.txt",
    "match-cues.txt",
    "name-connectors.txt",
    "not-names.txt",
    "ambiguous-places.txt",
    "individual-sports.txt",
    "foreign-connectors.txt",
    "not-place-before-in.txt",
    "company-appositives.txt",
    "company-holders.txt",
    "company-possessions.txt",
    "company-roles-after.txt",
    "price-verbs.txt",
    "organization-openers.txt",
    "organization-kinds.txt",
    "place-kinds.txt",
    "event-words.txt",
  ]

  let givenNames: WordList
  let familyNames: WordList
  let commonWords: WordList
  let demonyms: WordList
  let personTitles: WordList
  let organizationHeads: WordList
  let organizationSuffixes: WordList
  let locationHeads: WordList
  let locationSuffixes: WordList
  let reportingVerbs: WordList
  let sportsCues: WordList
  let matchCues: WordList
  let connectors: WordList
  let notNames: WordList
  let ambiguousPlaces: WordList
  let individualSports: WordList
  let foreignConnectors: WordList
  let notPlaceBeforeIn: WordList
  /// Nouns right before a company's name ("retailer X", "rival X").
  let companyAppositives: WordList
  /// Nouns before "of", "at", "with", "for" and a company's name ("shares of X").
  let companyHolders: WordList
  /// Words after a company's name or its "'s" ("X shares", "X 's chairman").
  let companyPossessions: WordList
  /// Roles between an employer's or club's name and a person's ("X analyst Jane Doe").
  let companyRolesAfter: WordList
  /// Verbs of a share price's move ("X fell 1/4").
  let priceVerbs: WordList
  /// Words opening an organization's name before a proper name ("Bank Hapoalim").
  let organizationOpeners: WordList
  /// Lower-case nouns after a name that make it an organization ("the Likud party").
  let organizationKinds: WordList
  /// Lower-case nouns of places, after a name or before "of" and one ("the town of Kerak").
  let placeKinds: WordList
  /// Words that make a name an event or a competition ("World Cup", "U.S. Open").
  let eventWords: WordList

  /// The long lists (tens of thousands of words) share one table; the short ones another,
  /// small enough to stay in cache.
  static let longLists: Set<String> = ["given-names.txt", "family-names.txt", "common-words.txt", "ambiguous-places.txt"]

  /// The lists over `long` and `short`, which map a word's key to the bits of the lists holding it.
  init(long: KeyTable<UInt32>, short: KeyTable<UInt32>) {
    func list(_ index: UInt32) -> WordList {
      WordList(bit: 1 << index, table: NameVocabulary.longLists.contains(NameVocabulary.files[Int(index)]) ? long : short)
    }
    givenNames = list(0)
    familyNames = list(1)
    commonWords = list(2)
    demonyms = list(3)
    personTitles = list(4)
    organizationHeads = list(5)
    organizationSuffixes = list(6)
    locationHeads = list(7)
    locationSuffixes = list(8)
    reportingVerbs = list(9)
    sportsCues = list(10)
    matchCues = list(11)
    connectors = list(12)
    notNames = list(13)
    ambiguousPlaces = list(14)
    individualSports = list(15)
    foreignConnectors = list(16)
    notPlaceBeforeIn = list(17)
    companyAppositives = list(18)
    companyHolders = list(19)
    companyPossessions = list(20)
    companyRolesAfter = list(21)
    priceVerbs = list(22)
    organizationOpeners = list(23)
    organizationKinds = list(24)
    placeKinds = list(25)
    eventWords = list(26)
  }

  /// Words that are part of an organization name by themselves.
  /// Both lists are short ones, so one lookup answers for both.
  @inline(__always)
  func isOrganizationWord(_ key: UInt64) -> Bool {
    organizationHeads.containsAny(key, alsoOf: organizationSuffixes)
  }
}

/// One list of `NameVocabulary`: its bit in the shared table.
struct WordList: Sendable {
  var bit: UInt32 = 0
  var table = KeyTable<UInt32>([])

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { (table[key] ?? 0) & bit != 0 }

  /// Whether this list or `other`, which shares its table, holds `key`.
  @inline(__always)
  func containsAny(_ key: UInt64, alsoOf other: WordList) -> Bool { (table[key] ?? 0) & (bit | other.bit) != 0 }
}

/// Words whose role in a sentence the rules read directly.
enum ContextWords {
  static let the = PhraseKey.word("the")
  static let of = PhraseKey.word("of")
  static let `for` = PhraseKey.word("for")
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
  static let it = PhraseKey.word("it")
  static let a = PhraseKey.word("a")
  static let chief = PhraseKey.word("chief")
  static let new = PhraseKey.word("new")
  static let was = PhraseKey.word("was")
  static let executive = PhraseKey.word("executive")
  static let its = PhraseKey.word("its")
  /// Prepositions between a holder noun and a company ("shares of X", "analysts at X").
  static let companyPrepositions = KeySet(["of", "at", "with", "for"].map(PhraseKey.word))
  /// Holder nouns that also take "in" ("shares in X", "a stake in X").
  static let holdingsIn = KeySet(["shares", "stake", "stakes"].map(PhraseKey.word))
  /// Words between "X said" and the "it" that shows X is no person ("said on Monday it").
  static let saidFillers = KeySet(["on", "late", "early", "in", "a", "statement", "earlier", "today", "that"].map(PhraseKey.word))
  /// Units after a share price's change ("fell 4 cents"); a percentage moves sales and prices of all kinds.
  static let priceUnits = KeySet(["cents", "pence", "pfennigs", "centimes", "kopeks"].map(PhraseKey.word))
  static let ampersand = UInt64(0x26)
  static let news = PhraseKey.word("news")
  static let p = PhraseKey.word("p")
  /// Titles that are ordinary words in lower case ("oil major X", "in general X").
  static let titlesOnlyCapitalized = KeySet(["major", "general", "private"].map(PhraseKey.word))
  /// Words opening the name of a stage race ("Tour of Spain", "Giro d'Italia").
  static let raceHeads = KeySet(["tour", "giro", "vuelta"].map(PhraseKey.word))
}
