import NewsCore

/// A name as written, read for matching: its words and their folded (lower-cased,
/// diacritics removed) forms.
struct NameForm {
  let text: String
  let words: [String]
  let folded: [String]

  init(_ text: String) {
    self.text = text
    words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
    folded = words.map(EntityID.fold)
  }

  /// The whole name folded: "Erdoğan" and "Erdogan" read the same.
  var key: String { folded.joined(separator: " ") }

  /// Words that start with a capital letter (the ones an acronym spells).
  var capitalizedWords: [String] {
    words.filter { $0.first.map { $0.isUppercase } ?? false }
  }

  /// Written like an acronym: at least two capitals and no more lower-case letters than capitals.
  var looksLikeAcronym: Bool {
    guard words.count == 1 else { return false }
    let upper = text.filter(\.isUppercase).count
    let lower = text.filter(\.isLowercase).count
    return upper >= 2 && lower <= upper
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
