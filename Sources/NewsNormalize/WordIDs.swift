/// Numbers for the folded words and folded names of one resolution: the same folded text,
/// the same number, given in order of first sight.
struct WordIDs {
  private var words: [String: Int32] = [:]
  private var names: [[Int32]: Int32] = [:]
  private(set) var wordCount = 0
  private(set) var nameCount = 0

  /// The id of a folded word, new or known.
  mutating func word(_ folded: String) -> Int32 {
    if let id = words[folded] { return id }
    let id = Int32(wordCount)
    words[folded] = id
    wordCount += 1
    return id
  }

  /// The id of a folded word if it was seen, else nil.
  func knownWord(_ folded: String) -> Int32? { words[folded] }

  /// The id of a whole name from its word ids. Folded words hold no space, so two names
  /// joined by spaces are equal exactly when their word lists are.
  mutating func name(_ folded: [Int32]) -> Int32 {
    if let id = names[folded] { return id }
    let id = Int32(nameCount)
    names[folded] = id
    nameCount += 1
    return id
  }
}
