import Foundation
import NewsCore

/// Phrases of places and organizations and the closed word lists, loaded once from the
/// `Resources/gazetteers` files and looked up by token-sequence keys (`PhraseKey`).
final class Gazetteer: Sendable {
  /// The gazetteer of the bundled resources, loaded on first use.
  static let shared = Gazetteer(directory: Bundle.module.url(forResource: "gazetteers", withExtension: nil, subdirectory: "Resources"))

  let phrases: KeyTable<GazetteerEntry>
  /// Canonical names of the entries.
  let canonicalNames: [String]
  let words: NameVocabulary
  /// The longest phrase, in words.
  let maxWords: Int

  /// Loads the files of `directory` (an empty gazetteer when it is nil or missing). Bytes are
  /// read straight into the tables in file order; only the distinct canonical names become
  /// strings.
  init(directory: URL?) {
    let reader = GazetteerFiles(directory: directory)
    var entries: [GazetteerEntry] = []
    entries.reserveCapacity(1 << 17)
    var entryIndex = GazetteerLoadMap(expected: 1 << 17)
    var prefixes = GazetteerLoadMap(expected: 1 << 15)
    var names = GazetteerNameList()
    var longest = 1
    var keys: [UInt64] = []
    func add(_ phrase: UnsafeBufferPointer<UInt8>, _ kind: GazetteerKind, _ canonical: UnsafeBufferPointer<UInt8>, population: Int = 0) {
      guard GazetteerFiles.phraseKeys(phrase, into: &keys), let key = keys.last else { return }
      // A phrase's own key is always in `entryIndex`; only the shorter prefixes need noting.
      for prefix in keys.dropLast() { prefixes.insert(prefix, 0) }
      guard entryIndex.insert(key, Int32(entries.count)).inserted else { return }
      entries.append(
        GazetteerEntry(
          kind: kind, canonicalIndex: names.index(of: canonical), population: Int32(clamping: population),
          words: Int32(keys.count)))
      longest = max(longest, keys.count)
    }
    // Insertion order is priority: a phrase keeps the first kind it is given.
    reader.forEachRow("country-aliases.tsv", minimumFields: 3) { add($0[0], .country, $0[2]) }
    reader.forEachRow("countries.tsv", minimumFields: 3) { add($0[0], .country, $0[2]) }
    reader.forEachRow("geo-features.tsv", minimumFields: 2) { add($0[0], .feature, $0[0]) }
    reader.forEachRow("organizations.tsv", minimumFields: 2) { add($0[0], .organization, $0[1]) }
    // Cities of a million people or more before regions (Ankara the city, not the province),
    // smaller ones after them (Florida the state, not the town).
    let cities = reader.contents("cities.tsv")
    GazetteerFiles.forEachRow(of: cities, minimumFields: 4) { row in
      let population = row.integer(2) ?? 0
      if population >= 1_000_000 { add(row[0], .city, row[3], population: population) }
    }
    reader.forEachRow("regions.tsv", minimumFields: 1) { add($0[0], .region, $0[0]) }
    GazetteerFiles.forEachRow(of: cities, minimumFields: 4) { row in
      let population = row.integer(2) ?? 0
      if population < 1_000_000 { add(row[0], .city, row[3], population: population) }
    }
    // The word lists in two tables of list bits (long lists, short lists).
    var long = GazetteerLoadMap(expected: 1 << 17), short = GazetteerLoadMap(expected: 1 << 10)
    var longBits: [UInt32] = [], shortBits: [UInt32] = []
    var neverPlaces: [UInt64] = []
    for (index, file) in NameVocabulary.files.enumerated() {
      let keys = reader.keyList(file)
      if file == "demonyms.txt" || file == "not-names.txt" { neverPlaces += keys }
      let bit: UInt32 = 1 << UInt32(index)
      let isLong = NameVocabulary.longLists.contains(file)
      for key in keys {
        if isLong {
          let (at, new) = long.insert(key, Int32(longBits.count))
          if new { longBits.append(bit) } else { longBits[Int(at)] |= bit }
        } else {
          let (at, new) = short.insert(key, Int32(shortBits.count))
          if new { shortBits.append(bit) } else { shortBits[Int(at)] |= bit }
        }
      }
    }
    words = NameVocabulary(
      long: KeyTable(long.keys.enumerated().map { ($0.element, longBits[$0.offset]) }),
      short: KeyTable(short.keys.enumerated().map { ($0.element, shortBits[$0.offset]) }))
    // A demonym or a month is never a place by itself ("Kazakh", "May").
    for word in neverPlaces { entryIndex.update(PhraseKey.combine(PhraseKey.seed, word), -1) }
    canonicalNames = names.strings()
    // Prefixes that are no phrase themselves go in the same table with `words` 0, so that a
    // lookup can tell "nothing goes on from here" and "a phrase ends here" in one probe.
    var pairs: [(UInt64, GazetteerEntry)] = []
    pairs.reserveCapacity(entryIndex.count + prefixes.count)
    for key in entryIndex.keys {
      if let at = entryIndex[key], at >= 0 { pairs.append((key, entries[Int(at)])) }
    }
    let prefixOnly = GazetteerEntry(kind: .city, canonicalIndex: -1, population: 0, words: 0)
    for key in prefixes.keys where entryIndex[key] == nil { pairs.append((key, prefixOnly)) }
    // A phrase taken out above still begins itself: it stays as a prefix.
    for key in entryIndex.keys where entryIndex[key] == -1 { pairs.append((key, prefixOnly)) }
    phrases = KeyTable(pairs)
    maxWords = min(longest, 10)
  }

  /// The canonical name of an entry.
  func canonical(_ entry: GazetteerEntry) -> String { canonicalNames[Int(entry.canonicalIndex)] }

  /// The entry of the phrase with key `key`, if any.
  @inline(__always)
  func entry(_ key: UInt64) -> GazetteerEntry? {
    guard let entry = phrases[key], entry.words > 0 else { return nil }
    return entry
  }

  /// The entry of `key` or of a longer phrase it begins (`words` 0), if any.
  @inline(__always)
  func entryOrPrefix(_ key: UInt64) -> GazetteerEntry? { phrases[key] }
}
