import NewsCore

/// What one entity pass reads: the text's tokens and bytes, the word lists, and the facts
/// of its lines, set once before the rules run. A class, so that the pass itself stays a
/// small value: the rules call each other very often, and a large value would be copied
/// on many of those calls. Used by one pass on one thread only, so exclusivity is not
/// checked at run time.
final class EntityPassText {
  let gazetteer: Gazetteer
  let words: NameVocabulary
  /// Tokens in the scratch buffer of the pass (see `EntityScratch`).
  let tokens: UnsafeBufferPointer<NameToken>
  /// The matching view the tokens index into.
  let bytes: [UInt8]
  /// Per token, the bits of the short lists of `NameVocabulary` that hold the word (0 for
  /// marks and numbers); set by `EntityPass.lookUpShortLists`.
  @exclusivity(unchecked) var shortBits = UnsafeBufferPointer<UInt32>(start: nil, count: 0)
  @exclusivity(unchecked) var lines: [LineFacts] = []
  /// The first token of each line, in order.
  @exclusivity(unchecked) var lineStarts: [Int] = []
  /// Whether the document is a sports report (see `SportsEvidence`).
  @exclusivity(unchecked) var sportsDocument = false
  /// Whether the sport is one of individuals (golf, tennis): its tables list people.
  @exclusivity(unchecked) var individualSport = false
  /// Whether the document reports a market (see `EntityPass.isMarketReport`): 0 not yet
  /// asked, 1 yes, 2 no.
  @exclusivity(unchecked) var marketReport: UInt8 = 0
  /// Names of two words or more found outside all-caps lines, by phrase key, with their type.
  @exclusivity(unchecked) var knownNames = KeyTable<EntityType>([])
  /// The keys of the first words of `knownNames` (one, two, … words).
  @exclusivity(unchecked) var knownPrefixes = KeySet()
  let sportsLines = LineAnswers()
  let phraseMemo = PhraseMemo()

  /// Where `lookUpShortLists` writes `shortBits`.
  let scratch: EntityScratch

  init(tokens: UnsafeBufferPointer<NameToken>, scratch: EntityScratch, bytes: [UInt8], gazetteer: Gazetteer) {
    self.tokens = tokens
    self.scratch = scratch
    self.bytes = bytes
    self.gazetteer = gazetteer
    self.words = gazetteer.words
  }
}

extension EntityPass {
  var gazetteer: Gazetteer { text.gazetteer }
  var words: NameVocabulary { text.words }
  var tokens: UnsafeBufferPointer<NameToken> { text.tokens }
  /// The matching view the tokens index into.
  var bytesView: [UInt8] { text.bytes }
  var sportsLines: LineAnswers { text.sportsLines }
  var phraseMemo: PhraseMemo { text.phraseMemo }
  var shortBits: UnsafeBufferPointer<UInt32> {
    get { text.shortBits }
    nonmutating set { text.shortBits = newValue }
  }
  var lines: [LineFacts] {
    get { text.lines }
    nonmutating set { text.lines = newValue }
  }
  var lineStarts: [Int] {
    get { text.lineStarts }
    nonmutating set { text.lineStarts = newValue }
  }
  var sportsDocument: Bool {
    get { text.sportsDocument }
    nonmutating set { text.sportsDocument = newValue }
  }
  var individualSport: Bool {
    get { text.individualSport }
    nonmutating set { text.individualSport = newValue }
  }
  var knownNames: KeyTable<EntityType> {
    get { text.knownNames }
    nonmutating set { text.knownNames = newValue }
  }
  var knownPrefixes: KeySet {
    get { text.knownPrefixes }
    nonmutating set { text.knownPrefixes = newValue }
  }
}
