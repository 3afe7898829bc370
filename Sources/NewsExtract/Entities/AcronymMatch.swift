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
    return spell(letters[...], parts[...])
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

  static func spell(_ letters: ArraySlice<Unicode.Scalar>, _ parts: ArraySlice<[Unicode.Scalar]>) -> Bool {
    guard let word = parts.first else { return letters.isEmpty }
    guard !letters.isEmpty else { return false }
    var length = 0
    while length < word.count, length < letters.count, word[length] == letters[letters.startIndex + length] {
      length += 1
      if spell(letters.dropFirst(length), parts.dropFirst()) { return true }
    }
    return false
  }
}
