/// Whether an acronym spells a name: each of the name's capitalized words gives the acronym a
/// non-empty prefix, in order, using up every letter ("OTS" ← Organization of Turkic States,
/// "KazISS" ← Kazakhstan Institute for Strategic Studies). Case and periods are ignored.
public enum AcronymMatch {
  /// - Parameters:
  ///   - acronym: the short form, e.g. `KazISS` or `U.N.`.
  ///   - words: the capitalized words of the long form (connectors such as "of" left out).
  /// - Returns: whether the acronym spells the words.
  public static func spells(_ acronym: String, _ words: [String]) -> Bool {
    spells(letters(acronym), words.map(letters))
  }

  /// The same test on letters already upper-cased (`letters(_:)`), for callers that test
  /// one name against many acronyms.
  public static func spells(_ letters: [Unicode.Scalar], _ parts: [[Unicode.Scalar]]) -> Bool {
    guard letters.count >= 2, parts.count >= 2, parts.count <= letters.count, !parts.contains(where: \.isEmpty),
      letters.first == parts[0].first
    else { return false }
    return letters.withUnsafeBufferPointer { spell($0, from: 0, parts, part: 0) }
  }

  /// The letters of a word, upper-cased, without periods, hyphens or digits.
  public static func letters(_ word: String) -> [Unicode.Scalar] {
    var word = word
    if let ascii = word.withUTF8({ asciiLetters($0) }) { return ascii }
    return Array(word.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
  }

  /// `letters(_:)` of a word in ASCII, straight from its bytes (A–Z and a–z are its only
  /// alphabetic characters); nil for any other word.
  public static func asciiLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(bytes.count)
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if (byte | 0x20) &- 0x61 < 26 { letters.append(Unicode.Scalar(byte & 0xDF)) }
    }
    return letters
  }

  /// Whether `letters[from...]` is spelled by `parts[part...]`: each part gives a non-empty
  /// prefix of itself, in order, and together they use every letter.
  static func spell(_ letters: UnsafeBufferPointer<Unicode.Scalar>, from: Int, _ parts: [[Unicode.Scalar]], part: Int) -> Bool {
    guard part < parts.count else { return from == letters.count }
    // Every part left takes a letter at least.
    guard parts.count - part <= letters.count - from else { return false }
    return parts[part].withUnsafeBufferPointer { word in
      var length = 0
      while length < word.count, from + length < letters.count, word[length] == letters[from + length] {
        length += 1
        if spell(letters, from: from + length, parts, part: part + 1) { return true }
      }
      return false
    }
  }
}
