import NewsCore
@testable import NewsExtract
@testable import NewsNormalize
import Testing

/// The resolver's fast paths give what the definitions give: the table fold of Latin text is
/// the Foundation fold, ASCII slugs and acronym letters read from bytes are the ones read
/// through Unicode properties.
@Suite struct EntityFoldingTests {
  /// A small deterministic generator (xorshift), so the random cases are the same each run.
  struct Xorshift {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(bound))
    }
  }

  @Test func tableFoldIsTheReferenceFoldForEachLatinCodePoint() {
    for value in 0..<LatinFold.limit {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "Ab" + String(scalar) + "İz"
      #expect(LatinFold.fold(text) == EntityID.referenceFold(text), "U+\(String(value, radix: 16))")
    }
  }

  @Test func tableFoldIsTheReferenceFoldOnMixedLatinText() {
    let pool: [UInt32] = [0x41, 0x61, 0x20, 0x2D, 0x49, 0x130, 0x131, 0xC9, 0xDF, 0xE9, 0x11E, 0x15E, 0x17D, 0x1C4, 0x1C5, 0x1F1, 0x218, 0x2BC]
    var random = Xorshift(state: 0x2545_F491_4F6C_DD1D)
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<(1 + random.next(12)) { text.unicodeScalars.append(Unicode.Scalar(pool[random.next(pool.count)])!) }
      #expect(LatinFold.fold(text) == EntityID.referenceFold(text), "\(text)")
    }
  }

  @Test func textOutsideTheTableGoesToTheReferenceFold() {
    for text in ["Cafe\u{301}", "Αθήνα", "Москва", "O’Brien", "Ἀθῆναι"] {
      #expect(EntityID.fold(text) == EntityID.referenceFold(text), "\(text)")
    }
    #expect(LatinFold.fold("Cafe\u{301}") == nil)
    #expect(LatinFold.fold("Erdoğan") == "erdogan")
  }

  @Test func asciiSlugsAreTheSlugsOfTheFold() {
    let cases: [(String, String)] = [
      ("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"), ("U.S. Steel", "u-s-steel"), ("G7", "g7"),
      ("  Procter & Gamble ", "procter-gamble"), ("--", ""), ("AT&T Inc.", "at-t-inc"),
    ]
    for (name, slug) in cases {
      #expect(EntityID.slug(name) == slug, "\(name)")
      #expect(LatinFold.asciiSlug(name) == slug, "\(name)")
    }
    #expect(EntityID.slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
    #expect(LatinFold.asciiSlug("Erdoğan") == nil)
  }

  @Test func asciiLettersAreTheUnicodeLetters() {
    for word in ["KazISS", "U.N.", "G-7", "Ba'ath", "x86-64", "O'NEILL", "a.b.c."] {
      let unicode = Array(word.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
      #expect(AcronymMatch.letters(word) == unicode, "\(word)")
    }
    #expect(AcronymMatch.letters("Çelik") == ["Ç", "E", "L", "I", "K"])
  }

  @Test func capitalizedWordLettersReadFromBytesAreTheCharacterOnes() {
    for name in ["Organization of Turkic States", "U.S. Steel Corp.", "the Bank of England", "ASEAN  Regional Forum", "x-Ray 7 Labs"] {
      let expected = NameForm.capitalizedWords(of: name).map(AcronymMatch.letters)
      #expect(NameForm.capitalizedWordLetters(of: name) == expected, "\(name)")
    }
    #expect(NameForm.capitalizedWordLetters(of: "Türk Telekom") == [["T", "Ü", "R", "K"], ["T", "E", "L", "E", "K", "O", "M"]])
  }

  @Test func acronymSpellingByTable() {
    let cases: [(String, [String], Bool)] = [
      ("NATO", ["North", "Atlantic", "Treaty", "Organization"], true),
      ("KazISS", ["Kazakhstan", "Institute", "Strategic", "Studies"], true),
      ("ABBC", ["Abb", "Bank", "Co"], true),
      ("ABC", ["Alpha", "Beta"], false),
      ("AB", ["Alpha", "Beta", "Gamma"], false),
      ("ÇED", ["Çevre", "Eğitim", "Derneği"], true),
      ("ISO", ["International", "Organization"], false),
      ("OPEC", ["Organization", "Petroleum", "Exporting", "Countries"], true),
    ]
    for (acronym, words, spells) in cases {
      #expect(AcronymMatch.spells(acronym, words) == spells, "\(acronym)")
    }
  }
}

/// Resolver cases around how names are compared: by fold, by Swift string equality.
@Suite struct EntityResolverFormTests {
  func mention(_ type: EntityType, _ text: String, at start: Int, confidence: Double = 0.8) -> EntityMention {
    EntityMention(type: type, span: Span(start: start, end: start + text.unicodeScalars.count), text: text, rule: "test", confidence: confidence)
  }

  @Test func canonicallyEqualSpellingsAreOneForm() {
    let entities = EntityResolver().entities(from: [
      mention(.person, "José Mourinho", at: 0), mention(.person, "Jose\u{301} Mourinho", at: 40),
    ])
    #expect(entities.count == 1)
    #expect(entities.first?.aliases == [])
    #expect(entities.first?.mentions.count == 2)
  }

  @Test func foldedSpellingsJoinAndTheAccentedOneIsCanonical() {
    let cases: [([String], String)] = [
      (["Erdogan", "Erdoğan"], "Erdoğan"),
      (["SAO PAULO FC", "São Paulo FC"], "São Paulo FC"),
      (["Ozil", "Özil", "OZIL"], "Özil"),
    ]
    for (names, canonical) in cases {
      let mentions = names.enumerated().map { mention(.organization, $0.element, at: $0.offset * 30) }
      let entities = EntityResolver().entities(from: mentions)
      #expect(entities.map(\.name) == [canonical], "\(names)")
    }
  }

  @Test func aNameWithoutOfIsNoTailOfAPlace() {
    let entities = EntityResolver().entities(from: [
      mention(.location, "Republic of Türkiye", at: 0), mention(.location, "Türkiye", at: 40),
      mention(.location, "South Sudan", at: 80), mention(.location, "Sudan", at: 120),
    ])
    #expect(entities.map(\.name) == ["Republic of Türkiye", "South Sudan", "Sudan"])
  }
}
