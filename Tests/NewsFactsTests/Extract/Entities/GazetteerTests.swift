import Testing
@testable import NewsExtract

@Suite struct GazetteerTests {
  let gazetteer = Gazetteer.shared

  func entry(_ phrase: String) -> GazetteerEntry? {
    GazetteerFiles.phraseKey(phrase).flatMap { gazetteer.entry($0.0) }
  }

  static let places: [(String, GazetteerKind)] = [
    ("Kazakhstan", .country), ("Türkiye", .country), ("Turkey", .country), ("United States", .country),
    ("U.S.", .country), ("Ankara", .city), ("Almaty", .city), ("Strait of Hormuz", .feature),
    ("Middle East", .feature), ("Texas", .region),
  ]

  @Test(arguments: places)
  func knowsPlaces(_ phrase: String, _ kind: GazetteerKind) {
    #expect(entry(phrase)?.kind == kind)
  }

  @Test func knowsOrganizationsAndTheirAcronyms() {
    #expect(entry("United Nations")?.kind == .organization)
    #expect(entry("OSCE").map(gazetteer.canonical) == "Organization for Security and Co-operation in Europe")
  }

  @Test func looksUpWithoutCaseAndWithLatinOneFolding() {
    #expect(entry("ANKARA").map(gazetteer.canonical) == "Ankara")
    #expect(entry("TÜRKIYE")?.kind == .country)
  }

  /// Cities named like common words, demonyms and months are not places by themselves.
  @Test(arguments: ["Mobile", "Reading", "Bath", "Nice", "Split", "March", "Of", "Turkish", "Kazakh", "May"])
  func leavesOutAmbiguousWords(_ word: String) {
    #expect(entry(word) == nil)
  }

  @Test func loadsWordLists() {
    let words = gazetteer.words
    #expect(words.givenNames.contains(PhraseKey.word("Maria")))
    #expect(words.demonyms.contains(PhraseKey.word("Kazakh")))
    #expect(words.personTitles.contains(PhraseKey.word("President")))
    #expect(words.commonWords.contains(PhraseKey.word("cooperation")))
    #expect(!words.commonWords.contains(PhraseKey.word("Tokayev")))
  }

  @Test func keySetFindsWhatWasInsertedOnly() {
    var set = KeySet((1...1000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 })
    set.insert(0)
    #expect(set.contains(0))
    #expect(set.contains(500 &* 0x9E37_79B9_7F4A_7C15))
    #expect(!set.contains(1001 &* 0x9E37_79B9_7F4A_7C15))
    #expect(set.count == 1001)
  }

  @Test func acronymsSpellNamesByWordPrefixes() {
    #expect(AcronymMatch.spells("OTS", ["Organization", "Turkic", "States"]))
    #expect(AcronymMatch.spells("KazISS", ["Kazakhstan", "Institute", "Strategic", "Studies"]))
    #expect(AcronymMatch.spells("U.N.", ["United", "Nations"]))
    #expect(!AcronymMatch.spells("OTS", ["Organization", "States"]))
    #expect(!AcronymMatch.spells("NATO", ["United", "Nations"]))
  }
}
