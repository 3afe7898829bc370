import Testing
@testable import NewsExtract

/// The tense lists are asked with words read in place; the answers must be those of the words
/// as strings.
@Suite struct DateTenseWordTests {
  @Test(arguments: ["said", "SAID", "Resigned", "scheduled", "need", "indeed", "hundred", "won", "go", "banned", "proceeded", "Übergeben", "extraordinarilylongword"])
  func readsAWordAsItsString(_ word: String) {
    let bytes = Array("  \(word) ".utf8)
    let inPlace = DateTenseWord(bytes, 2..<(2 + word.utf8.count))
    #expect(inPlace == DateTenseWord(word))
    let lower = word.lowercased()
    let ascii = word.utf8.allSatisfy { $0 < 0x80 } && word.utf8.count <= 16
    #expect(DateVocabulary.pastVerbKeys.contains(inPlace) == (ascii && DateVocabulary.pastVerbs.contains(lower)))
    #expect(inPlace.endsInED == (lower.hasSuffix("ed") && !lower.hasSuffix("eed")))
  }

  @Test func pastVerbsAsBefore() {
    #expect(DateTense.isPastVerb(DateTenseWord("resigned")))
    #expect(DateTense.isPastVerb(DateTenseWord("said")))
    #expect(!DateTense.isPastVerb(DateTenseWord("scheduled")))
    #expect(!DateTense.isPastVerb(DateTenseWord("need")))
    #expect(!DateTense.isPastVerb(DateTenseWord("hundred")))
    #expect(!DateTense.isPastVerb(DateTenseWord("go")))
  }
}
