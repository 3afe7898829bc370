import NewsCore
import NewsExtract

/// A name as written, read for matching: its words folded (lower-cased, diacritics removed)
/// and numbered by the resolution's `WordIDs`, so that forms compare by integers.
struct NameForm {
  let text: String
  /// Forms of equal texts (as Swift strings: canonically equivalent) have the same class.
  let textClass: Int32
  /// The words' count (split at spaces and no-break spaces).
  let wordCount: Int
  /// The folded words, as word ids: "Erdoğan" and "Erdogan" have the same.
  let folded: [Int32]
  /// The id of the whole name folded (equal ids, equal folded words).
  let key: Int32
  /// Code points of `text`.
  let scalarCount: Int
  let isASCII: Bool
  /// Written like an acronym: one word, at least two capitals and no more lower-case letters
  /// than capitals.
  let looksLikeAcronym: Bool

  /// Whether `text` is made of exactly these bytes.
  func hasBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var text = text
    return text.withUTF8 { own in own.count == bytes.count && own.elementsEqual(bytes) }
  }

  /// Whether this name's words appear in `other` in order, ending with the same word
  /// ("Strategic Council" in "High-Level Strategic Cooperation Council").
  func isTail(of other: NameForm) -> Bool {
    guard folded.count < other.folded.count, folded.last == other.folded.last else { return false }
    var i = 0
    for word in other.folded where i < folded.count && word == folded[i] { i += 1 }
    return i == folded.count
  }
}

extension NameForm {
  /// The words of a name as the resolver splits it: at spaces and no-break spaces.
  static func words(of text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
  }

  /// Words that start with a capital letter (the ones an acronym spells).
  static func capitalizedWords(of text: String) -> [String] {
    words(of: text).filter { $0.first.map { $0.isUppercase } ?? false }
  }

  /// `AcronymMatch.letters` of each of the `capitalizedWords`; read from the bytes when the
  /// text is ASCII (words end at spaces, capitals are A–Z).
  static func capitalizedWordLetters(of text: String) -> [[Unicode.Scalar]] {
    var contiguous = text
    let ascii = contiguous.withUTF8 { bytes -> [[Unicode.Scalar]]? in
      guard LatinFold.isASCII(bytes) else { return nil }
      var letters: [[Unicode.Scalar]] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
        if i > start, bytes[start] &- 0x41 < 26 {
          letters.append(AcronymMatch.asciiLetters(UnsafeBufferPointer(rebasing: bytes[start..<i]))!)
        }
        start = i + 1
      }
      return letters
    }
    return ascii ?? capitalizedWords(of: text).map(AcronymMatch.letters)
  }

  /// At least two capitals and no more lower-case letters than capitals (`Character` tests).
  static func hasAcronymCase(_ text: String) -> Bool {
    let upper = text.filter(\.isUppercase).count
    let lower = text.filter(\.isLowercase).count
    return upper >= 2 && lower <= upper
  }
}
