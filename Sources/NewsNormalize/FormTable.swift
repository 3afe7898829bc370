import NewsExtract

/// The distinct names of one resolution as `NameForm`s (a name repeated in the text is read
/// once), with the letters the acronym test needs, worked out when first asked.
struct FormTable {
  private(set) var forms: [NameForm] = []
  private(set) var ids = WordIDs()
  private var byText: [String: Int] = [:]
  private var acronymLetters: [[Unicode.Scalar]?] = []
  private var capitalLetters: [[[Unicode.Scalar]]?] = []

  subscript(form: Int) -> NameForm { forms[form] }

  /// The number of the form of `text`, read now if new.
  mutating func form(of text: String) -> Int {
    if let known = byText[text] { return known }
    let number = forms.count
    forms.append(read(text))
    acronymLetters.append(nil)
    capitalLetters.append(nil)
    byText[text] = number
    return number
  }

  /// The letters of form `form` as an acronym (`AcronymMatch.letters`).
  mutating func lettersAsAcronym(_ form: Int) -> [Unicode.Scalar] {
    if let known = acronymLetters[form] { return known }
    let letters = AcronymMatch.letters(forms[form].text)
    acronymLetters[form] = letters
    return letters
  }

  /// The letters of each capitalized word of form `form`, the words an acronym spells.
  mutating func lettersOfCapitalizedWords(_ form: Int) -> [[Unicode.Scalar]] {
    if let known = capitalLetters[form] { return known }
    let letters = NameForm.capitalizedWords(of: forms[form].text).map(AcronymMatch.letters)
    capitalLetters[form] = letters
    return letters
  }

  private mutating func read(_ text: String) -> NameForm {
    var contiguous = text
    if let form = contiguous.withUTF8({ readASCII(text, $0) }) { return form }
    let words = NameForm.words(of: text)
    let folded = words.map { ids.word(EntityID.fold($0)) }
    return NameForm(
      text: text, wordCount: words.count, folded: folded, key: ids.name(folded), scalarCount: text.unicodeScalars.count,
      isASCII: false, looksLikeAcronym: words.count == 1 && NameForm.hasAcronymCase(text))
  }

  /// The form of an all-ASCII name read from its bytes, else nil: words end at spaces,
  /// fold to lower case, and capitals are A–Z.
  private mutating func readASCII(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> NameForm? {
    guard LatinFold.isASCII(bytes) else { return nil }
    var folded: [Int32] = []
    var upper = 0, lower = 0
    var start = 0
    for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
      if i > start {
        let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
        folded.append(ids.word(LatinFold.asciiLowercased(word)!))
      }
      start = i + 1
    }
    for byte in bytes {
      if byte &- 0x41 < 26 { upper += 1 } else if byte &- 0x61 < 26 { lower += 1 }
    }
    return NameForm(
      text: text, wordCount: folded.count, folded: folded, key: ids.name(folded), scalarCount: bytes.count, isASCII: true,
      looksLikeAcronym: folded.count == 1 && upper >= 2 && lower <= upper)
  }
}
