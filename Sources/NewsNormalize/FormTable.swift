import NewsExtract

/// The distinct names of one resolution as `NameForm`s (a name repeated in the text is read
/// once), with the letters the acronym test needs, worked out when first asked.
struct FormTable {
  private(set) var forms: [NameForm] = []
  private(set) var ids = WordIDs()
  /// Forms by the bytes of their text.
  private var byBytes = IDSlots()
  /// Forms whose text has a code point from U+0300 on: only these can equal (as Swift
  /// strings do, by canonical equivalence) a text with other bytes.
  private var unusual: [Int] = []
  private var classCount: Int32 = 0
  private var lowered: [UInt8] = []
  private var acronymLetters: [[Unicode.Scalar]?] = []
  private var capitalLetters: [[[Unicode.Scalar]]?] = []

  subscript(form: Int) -> NameForm { forms[form] }

  /// The number of the form of `text`, read now if new.
  mutating func form(of text: String) -> Int {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      let hash = SlotHash.bytes(bytes)
      if let known = byBytes.find(hash, { forms[Int($0)].hasBytes(bytes) }) { return Int(known) }
      let number = forms.count
      forms.append(read(text, bytes))
      acronymLetters.append(nil)
      capitalLetters.append(nil)
      byBytes.insert(hash, Int32(number))
      return number
    }
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
    let letters = NameForm.capitalizedWordLetters(of: forms[form].text)
    capitalLetters[form] = letters
    return letters
  }

  private mutating func read(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> NameForm {
    if LatinFold.isASCII(bytes) { return readASCII(text, bytes) }
    let words = NameForm.words(of: text)
    let folded = words.map { ids.word(EntityID.fold($0)) }
    let usual = text.unicodeScalars.allSatisfy { $0.value < 0x300 }
    return NameForm(
      text: text, textClass: textClass(of: text, usual: usual), wordCount: words.count, folded: folded, key: ids.name(folded),
      scalarCount: text.unicodeScalars.count, isASCII: false, looksLikeAcronym: words.count == 1 && NameForm.hasAcronymCase(text))
  }

  /// The form of an all-ASCII name read from its bytes: words end at spaces, fold to lower
  /// case, and capitals are A–Z.
  private mutating func readASCII(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> NameForm {
    var folded: [Int32] = []
    var upper = 0, lower = 0
    lowered.removeAll(keepingCapacity: true)
    for byte in bytes {
      if byte &- 0x41 < 26 { upper += 1 } else if byte &- 0x61 < 26 { lower += 1 }
      lowered.append(LatinFold.lowercased(byte))
    }
    lowered.withUnsafeBufferPointer { lowered in
      var start = 0
      for i in 0...lowered.count where i == lowered.count || lowered[i] == 0x20 {
        if i > start { folded.append(ids.word(UnsafeBufferPointer(rebasing: lowered[start..<i]))) }
        start = i + 1
      }
    }
    return NameForm(
      text: text, textClass: textClass(of: text, usual: true), wordCount: folded.count, folded: folded, key: ids.name(folded),
      scalarCount: bytes.count, isASCII: true, looksLikeAcronym: folded.count == 1 && upper >= 2 && lower <= upper)
  }

  /// The class of a new text: that of an earlier form whose text is equal as a Swift string,
  /// else a new one. Texts whose code points are all below U+0300 are in NFC, so two of them
  /// are equal only when their bytes are: only the unusual texts need comparing.
  private mutating func textClass(of text: String, usual: Bool) -> Int32 {
    let candidates = usual ? unusual : Array(forms.indices)
    if !usual { unusual.append(forms.count) }
    for other in candidates where forms[other].text == text { return forms[other].textClass }
    defer { classCount += 1 }
    return classCount
  }
}
