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
  /// read straight into the tables in file order; only canonical names become strings.
  init(directory: URL?) {
    let reader = GazetteerFiles(directory: directory)
    var builder = GazetteerPhraseBuilder()
    /// Adds `phrase` (field `p`) with canonical field `c` of each row of at least `fields` fields.
    func addRows(_ name: String, fields: Int, phrase p: Int, canonical c: Int, _ kind: GazetteerKind) {
      let bytes = reader.contents(name)
      bytes.withUnsafeBufferPointer { file in
        var lines = GazetteerLines(file)
        while let line = lines.next() {
          let row = GazetteerRow(file: file, line: line)
          if row.fieldCount >= fields { builder.add(row[p], kind, canonical: row[c]) }
        }
      }
    }
    // Insertion order is priority: a phrase keeps the first kind it is given.
    addRows("country-aliases.tsv", fields: 3, phrase: 0, canonical: 2, .country)
    addRows("countries.tsv", fields: 3, phrase: 0, canonical: 2, .country)
    addRows("geo-features.tsv", fields: 2, phrase: 0, canonical: 0, .feature)
    addRows("organizations.tsv", fields: 2, phrase: 0, canonical: 1, .organization)
    addRows("companies.tsv", fields: 2, phrase: 0, canonical: 1, .organization)
    // Cities of a million people or more before regions (Ankara the city, not the province),
    // smaller ones after them (Florida the state, not the town).
    let cities = reader.contents("cities.tsv")
    cities.withUnsafeBufferPointer { file in
      var smaller: [(phrase: Range<Int>, canonical: Range<Int>, population: Int)] = []
      smaller.reserveCapacity(file.count / 24)
      var lines = GazetteerLines(file)
      while let line = lines.next() {
        let row = GazetteerRow(file: file, line: line)
        guard row.fieldCount >= 4 else { continue }
        let population = row.integer(2) ?? 0
        if population >= 1_000_000 {
          builder.add(row[0], .city, canonical: row[3], population: population)
        } else {
          smaller.append((row.range(0), row.range(3), population))
        }
      }
      addRows("regions.tsv", fields: 1, phrase: 0, canonical: 0, .region)
      for city in smaller {
        builder.add(
          UnsafeBufferPointer(rebasing: file[city.phrase]), .city, canonical: UnsafeBufferPointer(rebasing: file[city.canonical]),
          population: city.population)
      }
    }
    words = Gazetteer.vocabulary(reader) { builder.remove(word: $0) }
    canonicalNames = builder.canonicalNames()
    phrases = builder.table()
    maxWords = min(builder.longest, 10)
  }

  /// The word lists in two tables of list bits (long lists, short lists); `neverPlace` is
  /// called with each demonym and each word that is no name ("Kazakh", "May").
  private static func vocabulary(_ reader: GazetteerFiles, neverPlace: (UInt64) -> Void) -> NameVocabulary {
    var long = GazetteerLoadMap(expected: 1 << 17), short = GazetteerLoadMap(expected: 1 << 10)
    var longBits: [UInt32] = [], shortBits: [UInt32] = []
    longBits.reserveCapacity(1 << 17)
    for (index, file) in NameVocabulary.files.enumerated() {
      let keys = reader.keyList(file)
      if file == "demonyms.txt" || file == "not-names.txt" { keys.forEach(neverPlace) }
      let bit: UInt32 = 1 << UInt32(index)
      if NameVocabulary.longLists.contains(file) {
        for key in keys {
          let (at, new) = long.insert(key, Int32(longBits.count))
          if new { longBits.append(bit) } else { longBits[Int(at)] |= bit }
        }
      } else {
        for key in keys {
          let (at, new) = short.insert(key, Int32(shortBits.count))
          if new { shortBits.append(bit) } else { shortBits[Int(at)] |= bit }
        }
      }
    }
    return NameVocabulary(
      long: KeyTable(long.keys.enumerated().map { ($0.element, longBits[$0.offset]) }),
      short: KeyTable(short.keys.enumerated().map { ($0.element, shortBits[$0.offset]) }))
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
