/// Whether an acronym spells a name: each of the name's capitalized words gives the acronym a
/// non-empty prefix, in order, using up every letter ("OTS" ← Organization of Turkic States,
/// "KazISS" ← Kazakhstan Institute for Strategic Studies). Case and periods are ignored.
public enum AcronymMatch {
  /// - Parameters:
  ///   - acronym: the short form, e.g. `KazISS` or `U.N.`.
  ///   - words: the capitalized words of the long form (connectors such as "of" left out).
  /// - Returns: whether the acronym spells the words.
  public static func spells(_ acronym: String, _ words: [String]) -> Bool {
    let letters = Array(acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
    let parts = words.map { Array($0.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic }) }
    guard letters.count >= 2, parts.count >= 2, !parts.contains(where: \.isEmpty) else { return false }
    return spell(letters[...], parts[...])
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
