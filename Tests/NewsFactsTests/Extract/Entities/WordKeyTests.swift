import Testing
@testable import NewsExtract

/// Word keys are computed eight bytes at a time and, for plain words, straight from the
/// tokenizer's loads: every way gives the key of the word's bytes lower-cased, whatever the
/// word's length, case, letters and place in the text.
@Suite struct WordKeyTests {
  /// Spellings that must share a key.
  static let sameKeys: [(String, String)] = [
    ("Ankara", "ankara"),
    ("NATO", "nato"),
    ("Organisations", "organisations"),  // two loads
    ("INTERNATIONALIZATION", "internationalization"),  // more than two loads
    ("ÉCOLE", "école"),
    ("Zürich", "zürich"),
    ("O'Neill", "o'neill"),
    ("U.S.", "u.s."),
  ]

  @Test(arguments: sameKeys) func caseFoldedSpellingsShareAKey(a: String, b: String) {
    #expect(PhraseKey.word(a) == PhraseKey.word(b))
  }

  /// Words that must not share a key: other letters, a letter more, a letter moved.
  static let otherKeys: [(String, String)] = [
    ("said", "sail"),
    ("state", "states"),
    ("abcdefgh", "abcdefghi"),  // one load against a load and a byte
    ("abcdefghijklmnop", "abcdefghijklmnopq"),
    ("ab", "ba"),
    ("×", "÷"),  // Latin-1 signs are not letters and are not folded
    ("straße", "strasse"),
  ]

  @Test(arguments: otherKeys) func differentWordsHaveDifferentKeys(a: String, b: String) {
    #expect(PhraseKey.word(a) != PhraseKey.word(b))
  }

  /// Texts whose words reach the end of the buffer, run past eight and sixteen bytes, and
  /// end at marks the plain-word scan hands on to the general one.
  static let texts = [
    "Ab",
    "Tokayev said",
    "Kazakhstan's President Kassym-Jomart Tokayev said on Monday.",
    "the internationalization of counterrevolutionaries, in 12 places",
    "J.R. Smith met Müller and ÉCOLE officials in São Paulo",
    "Sen. Warren, Gov. Newsom and U.S. officials; Dr. Zhu.",
    "abcdefg abcdefgh abcdefghi abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq",
  ]

  @Test(arguments: texts) func tokenKeysAreKeysOfTheirBytes(text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      for token in NameTokenizer.tokens(buffer) where token.isWord {
        #expect(token.key == PhraseKey.word(buffer, token.start..<token.end))
        let word = String(decoding: buffer[token.start..<token.end], as: UTF8.self)
        #expect(token.key == PhraseKey.word(word.lowercased()))
      }
    }
  }
}
