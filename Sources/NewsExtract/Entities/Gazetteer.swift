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

  init(directory: URL?) {
    let reader = GazetteerFiles(directory: directory)
    var table: [UInt64: GazetteerEntry] = [:]
    var names: [String] = []
    var nameIndex: [String: Int32] = [:]
    var longest = 1
    var prefixKeys: [UInt64] = []
    func add(_ phrase: String, _ kind: GazetteerKind, _ canonical: String, population: Int = 0) {
      guard let keys = GazetteerFiles.phraseKeys(phrase), let key = keys.last else { return }
      let count = keys.count
      prefixKeys += keys
      if table[key] == nil {
        let index = nameIndex[canonical] ?? Int32(names.count)
        if index == Int32(names.count) {
          names.append(canonical)
          nameIndex[canonical] = index
        }
        table[key] = GazetteerEntry(
          kind: kind, canonicalIndex: index, population: Int32(clamping: population), words: Int32(count))
        longest = max(longest, count)
      }
    }
    // Insertion order is priority: a phrase keeps the first kind it is given.
    for row in reader.rows("country-aliases.tsv") where row.count >= 3 { add(row[0], .country, row[2]) }
    for row in reader.rows("countries.tsv") where row.count >= 3 { add(row[0], .country, row[2]) }
    for row in reader.rows("geo-features.tsv") where row.count >= 2 { add(row[0], .feature, row[0]) }
    for row in reader.rows("organizations.tsv") where row.count >= 2 { add(row[0], .organization, row[1]) }
    for row in reader.rows("companies.tsv") where row.count >= 2 { add(row[0], .organization, row[1]) }
    // Cities of a million people or more before regions (Ankara the city, not the province),
    // smaller ones after them (Florida the state, not the town).
    let cities = reader.rows("cities.tsv").filter { $0.count >= 4 }
    for row in cities where (Int(row[2]) ?? 0) >= 1_000_000 { add(row[0], .city, row[3], population: Int(row[2]) ?? 0) }
    for row in reader.rows("regions.tsv") where row.count >= 1 { add(row[0], .region, row[0]) }
    for row in cities where (Int(row[2]) ?? 0) < 1_000_000 { add(row[0], .city, row[3], population: Int(row[2]) ?? 0) }
    // The word lists in two tables of list bits (long lists, short lists).
    var long: [UInt64: UInt32] = [:], short: [UInt64: UInt32] = [:]
    var keysOf: [String: [UInt64]] = [:]
    for (index, file) in NameVocabulary.files.enumerated() {
      let keys = reader.keyList(file)
      keysOf[file] = keys
      let isLong = NameVocabulary.longLists.contains(file)
      for key in keys {
        if isLong { long[key, default: 0] |= 1 << UInt32(index) } else { short[key, default: 0] |= 1 << UInt32(index) }
      }
    }
    let v = NameVocabulary(
      long: KeyTable(long.keys.sorted().map { ($0, long[$0]!) }), short: KeyTable(short.keys.sorted().map { ($0, short[$0]!) }))
    // A demonym or a month is never a place by itself ("Kazakh", "May").
    for word in (keysOf["demonyms.txt"] ?? []) + (keysOf["not-names.txt"] ?? []) {
      table[PhraseKey.combine(PhraseKey.seed, word)] = nil
    }
    canonicalNames = names
    // Prefixes that are no phrase themselves go in the same table with `words` 0, so that a
    // lookup can tell "nothing goes on from here" and "a phrase ends here" in one probe.
    var pairs = table.keys.sorted().map { ($0, table[$0]!) }
    let prefixOnly = GazetteerEntry(kind: .city, canonicalIndex: -1, population: 0, words: 0)
    for key in Set(prefixKeys).subtracting(table.keys).sorted() { pairs.append((key, prefixOnly)) }
    phrases = KeyTable(pairs)
    maxWords = min(longest, 10)
    words = v
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
