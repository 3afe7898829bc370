import Testing
@testable import NewsClean

/// The cleaner's byte paths give what the `Character` paths they stand in for give: on tricky
/// fixed cases and on deterministic random strings drawn from scalars that cluster, fold or
/// count as space.
@Suite struct CleanFastPathTests {
  /// Scalars that test the single-scalar rules: ASCII, spaces of every kind, combining marks,
  /// joiners, emoji, Hangul jamo, Prepend, CR/LF, Greek ano teleia, CJK.
  static let alphabet: [Unicode.Scalar] = [
    "a", "B", "z", "0", "9", " ", " ", "\t", "\n", "\r", "-", "|", ":", "@", ",", ";", "&", ".",
    "\u{00A0}", "\u{0085}", "\u{00E9}", "\u{00D7}", "\u{0130}", "\u{0301}", "\u{0345}", "\u{0387}", "\u{03A9}",
    "\u{0416}", "\u{0483}", "\u{0600}", "\u{0628}", "\u{1100}", "\u{1161}", "\u{2003}", "\u{200B}", "\u{200D}",
    "\u{2013}", "\u{2014}", "\u{2019}", "\u{2022}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{20AC}", "\u{3000}",
    "\u{4E2D}", "\u{AC00}", "\u{FE0F}", "\u{1F600}", "\u{1F1EB}",
  ]

  /// `count` strings of up to `length` scalars from `alphabet`, the same on every run.
  static func randomStrings(_ count: Int, length: Int, from alphabet: [Unicode.Scalar], seed: UInt64) -> [String] {
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    return (0..<count).map { _ in
      var s = String.UnicodeScalarView()
      for _ in 0..<(next() % (length + 1)) { s.append(alphabet[next() % alphabet.count]) }
      return String(s)
    }
  }

  static let fixed = [
    "  By   Jane\u{00A0}Doe \n", "e\u{301} \u{301}x", "a\r\nb", "\u{1F468}\u{200D}\u{1F469} x", "Ω  ω",
    "Привет \u{202F} мир", "中文  標題", "\u{0600}1 2", "x\u{2028}y", "\u{1100}\u{1161} \u{AC00}", "",
  ]

  @Test func collapsesAsByCharacter() {
    for text in Self.fixed + Self.randomStrings(3000, length: 14, from: Self.alphabet, seed: 1) {
      #expect(text.collapsingSpaces == text.collapsingSpacesByCharacter, "\(Array(text.unicodeScalars))")
      let collapsed = text.collapsingSpacesByCharacter
      #expect(text.collapsingSpaces(below: 6) == (collapsed.count < 6 ? collapsed : nil))
    }
  }

  @Test func singleScalarTextExcludesClusters() {
    #expect(SingleScalarText.holds("Café – Ωmega Жук 中文 \u{00A0}€"))
    for text in ["e\u{301}", "\u{1F600}", "a\u{200D}b", "\u{1100}", "\u{0600}", "x\u{2028}"] {
      #expect(!SingleScalarText.holds(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func splitsTitlesAsByCharacter() {
    let alphabet: [Unicode.Scalar] = ["a", "B", " ", " ", "|", "-", "\u{2013}", "\u{2014}", ":", "\u{00B7}", "\u{0387}",
      "\u{00BB}", "\u{2022}", "\u{0301}", "\u{00E9}", "\u{4E2D}"]
    let fixed = ["Headline here | Site", "A - B - C", "Ωmega · Site", "Word \u{0387} Site", "x \u{2014}\u{301} y", "none"]
    for text in fixed + Self.randomStrings(3000, length: 12, from: alphabet, seed: 2) {
      let title = text.collapsingSpaces
      let old = TitleText.separators.first(where: { title.contains($0) }).map { ($0, title.components(separatedBy: $0)) }
      let new = TitleText.split(title)
      #expect(new?.separator == old?.0 && new?.parts == old?.1, "\(Array(title.unicodeScalars))")
    }
  }

  @Test func splitsASCIIAuthorsAsByCharacter() {
    let fixed = [
      "By Jane Doe and John Roe", "written by: ANNA SMITH, Reuters", "By Jane Doe | Updated 3 May", "jane@example.com",
      "https://example.com/jane", "Por Maria Silva e João", "BY  Ann Lee; Bob Ray & Cy Young", "Staff Writer",
      "Posted by Tom Jones - Follow on Twitter", "von Hans Meier und Eva Kurz", "Email the author Mark Twain",
    ]
    let alphabet: [Unicode.Scalar] = ["A", "b", "y", "B", "e", "d", " ", " ", ",", ";", "&", "|", "-", "1", "@", ":", "/"]
    var inputs = fixed + Self.randomStrings(2000, length: 16, from: alphabet, seed: 3)
    let words = ["by ", "and ", "Jane ", "DOE", " - ", "e ", "Email ", ", ", "Written BY: ", "9 ", "Y "]
    inputs += Self.randomStrings(500, length: 6, from: (0..<words.count).map { Unicode.Scalar(UInt8(65 + $0)) }, seed: 4)
      .map { $0.unicodeScalars.map { words[Int($0.value) - 65] }.joined() }
    for raw in inputs {
      let collapsed = raw.collapsingSpaces
      #expect(AuthorNames.splitASCII(Array(collapsed.utf8)) == AuthorNames.splitByCharacter(collapsed), "\(raw)")
    }
  }

  @Test func classifiesValuesAsElementNames() {
    let fixed = [
      "article-body", "post__content main", "ad-slot", "header", "byline author", "c-share-bar", "ArticleBody",
      "date", "pub-date-time", "tags", "tag-list", "", " ", "x\u{00E9}comment", "twitter-tweet social", "ads_wrapper",
    ]
    let alphabet: [Unicode.Scalar] = [
      "a", "d", "s", "h", "r", "e", "t", "o", "m", "n", "c", "b", "y", "-", "_", " ", "\t", "1", "\u{00E9}", "A", "T",
    ]
    let cache = NameCategoryCache()
    for text in fixed + Self.randomStrings(3000, length: 18, from: alphabet, seed: 5) {
      let bytes = Array(text.utf8) + [0]
      bytes.withUnsafeBufferPointer { p in
        let slow = NameCategoryMatcher.shared.categories(of: ElementNames(p.baseAddress!))
        #expect(NameCategoryMatcher.shared.categories(ofValue: p.baseAddress!) == slow, "\(text)")
        #expect(cache.categories(of: p.baseAddress!) == slow, "\(text)")
      }
    }
  }

  @Test func cachesByHash() {
    var cache = HashCache<Int>(capacity: 4)
    #expect(cache[0] == nil)
    for k in 0..<1000 { cache.set(k, for: UInt64(k) &* 0x9E37_79B9) }
    cache.set(-1, for: 0)
    #expect(cache[0] == -1)
    #expect((1..<1000).allSatisfy { cache[UInt64($0) &* 0x9E37_79B9] == $0 })
    #expect(cache[12345] == nil)
  }

  @Test func alphabeticShortcutsAgreeWithProperties() {
    for v in UInt32(0)...0xD800 {
      guard let scalar = Unicode.Scalar(v) else { continue }
      #expect(LanguageEvidence.isAlphabetic(v) == scalar.properties.isAlphabetic, "U+\(String(v, radix: 16))")
    }
  }

  @Test func lowersWordsAsStrings() {
    for v in UInt32(0x80)..<0x800 {
      guard let scalar = Unicode.Scalar(v) else { continue }
      let text = String(Character(scalar))
      if let lowered = LoweredWord.lowered(Array(text.utf8)) {
        #expect(lowered == Array(text.lowercased().utf8), "U+\(String(v, radix: 16))")
      }
    }
    #expect(LoweredWord.lowered(Array("ÉTÉ Się że Как".utf8)) == Array("été się że как".utf8))
    #expect(LoweredWord.lowered(Array("ŻE".utf8)) == nil)
    #expect(LoweredWord.lowered(Array("İyi".utf8)) == nil)
    #expect(LoweredWord.lowered(Array("e\u{301}".utf8)) == nil)
    for word in LanguageGuess.table.keys {
      #expect(LoweredWord.lowered(Array(word.utf8)) == Array(word.utf8), "\(word)")
    }
  }

  @Test func lowercasesAsStrings() {
    for v in UInt32(0)...0xD800 {
      guard let scalar = Unicode.Scalar(v) else { continue }
      let text = "A" + String(Character(scalar)) + "Z"
      #expect(Array(LoweredWord.lowercased(text).utf8) == Array(text.lowercased().utf8), "U+\(String(v, radix: 16))")
    }
    for text in Self.fixed + Self.randomStrings(2000, length: 12, from: Self.alphabet, seed: 7) {
      #expect(Array(LoweredWord.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func phraseKeysAsLowercasedAndTrimmed() {
    let alphabet: [Unicode.Scalar] = ["A", "d", " ", ".", ":", "!", "|", ">", "-", "\u{00BB}", "\u{203A}", "x", "\r", "\n"]
    for text in ["Advertisement", "  READ MORE >> ", "- Share -", "»Next›", ""]
      + Self.randomStrings(2000, length: 10, from: alphabet, seed: 6)
    {
      #expect(
        BoilerplatePhrases.phraseKey(text) == text.lowercased().trimmingCharacters(in: BoilerplatePhrases.trimmed),
        "\(text)")
    }
  }
}
