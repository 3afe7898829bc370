/// Collects the phrases of the gazetteer while it loads: the first kind given to a phrase
/// wins, every shorter prefix of a phrase is noted, and the table comes out in file order.
struct GazetteerPhraseBuilder {
  private var entries: [GazetteerEntry] = []
  /// Phrase key → index into `entries`, or -1 for a phrase taken out.
  private var entryIndex = GazetteerLoadMap(expected: 1 << 17)
  /// Keys of phrases' shorter prefixes.
  private var prefixes = GazetteerLoadMap(expected: 1 << 15)
  private var names = GazetteerNameList()
  /// The longest phrase, in words.
  private(set) var longest = 1

  init() { entries.reserveCapacity(1 << 17) }

  /// Adds the phrase `phrase` (bytes, tokenized as text is) unless it holds punctuation other
  /// than `&` or is already there.
  mutating func add(
    _ phrase: UnsafeBufferPointer<UInt8>, _ kind: GazetteerKind, canonical: UnsafeBufferPointer<UInt8>,
    population: Int = 0
  ) {
    let tokens = NameTokenizer.tokens(phrase)
    guard GazetteerFiles.isPhrase(tokens) else { return }
    var key = PhraseKey.seed
    for (i, token) in tokens.enumerated() {
      key = PhraseKey.combine(key, token.key)
      if i + 1 < tokens.count { prefixes.insert(key, 0) }
    }
    guard entryIndex.insert(key, Int32(entries.count)).inserted else { return }
    entries.append(
      GazetteerEntry(
        kind: kind, canonicalIndex: names.index(of: canonical), population: Int32(clamping: population),
        words: Int32(tokens.count)))
    longest = max(longest, tokens.count)
  }

  /// Takes the one-word phrase of the word key `word` out (it stays a prefix).
  mutating func remove(word: UInt64) {
    entryIndex.update(PhraseKey.combine(PhraseKey.seed, word), -1)
  }

  /// The canonical names, indexed by `GazetteerEntry.canonicalIndex`.
  func canonicalNames() -> [String] { names.strings() }

  /// The table: every phrase with its entry, then every prefix that is no phrase (a phrase
  /// taken out included) with `words` 0.
  func table() -> KeyTable<GazetteerEntry> {
    var pairs: [(UInt64, GazetteerEntry)] = []
    pairs.reserveCapacity(entryIndex.count + prefixes.count)
    for key in entryIndex.keys {
      if let at = entryIndex[key], at >= 0 { pairs.append((key, entries[Int(at)])) }
    }
    let prefixOnly = GazetteerEntry(kind: .city, canonicalIndex: -1, population: 0, words: 0)
    for key in prefixes.keys where entryIndex[key] == nil { pairs.append((key, prefixOnly)) }
    for key in entryIndex.keys where entryIndex[key] == -1 { pairs.append((key, prefixOnly)) }
    return KeyTable(pairs)
  }
}
