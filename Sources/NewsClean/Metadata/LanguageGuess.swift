import NewsCore

/// The language of a text by its script (Korean, Japanese, Chinese, Arabic …) or, for
/// alphabetic scripts, by which language's stop words it uses most.
enum LanguageGuess {
  static let table: [String: [Int]] = {
    var t: [String: [Int]] = [:]
    for (i, entry) in StopWords.byLanguage.enumerated() { for w in entry.words { t[w, default: []].append(i) } }
    return t
  }()

  /// How many words are read at most.
  static let sampleWords = 2000

  static func language(of blocks: [Block]) -> String? {
    language(of: blocks.lazy.map(\.text).joined(separator: " "))
  }

  /// The guess, or nil when the text says too little.
  static func language(of text: String) -> String? {
    let result = guess(text)
    return result?.confident == true ? result?.language : nil
  }

  /// The best language with whether the evidence is clear.
  static func guess(_ text: String) -> (language: String, confident: Bool)? {
    var scripts = [Int](repeating: 0, count: 5)  // hangul, kana, han, arabic, letters
    var hits = [Int](repeating: 0, count: StopWords.byLanguage.count)
    var words = 0
    var word = ""
    var wordIsASCII = true
    func endWord() {
      guard !word.isEmpty else { return }
      words += 1
      // Stop words are short: longer words cannot hit.
      if word.utf8.count <= 12 {
        for i in table[wordIsASCII ? word : word.lowercased()] ?? [] { hits[i] += 1 }
      }
      word = ""
      wordIsASCII = true
    }
    for scalar in text.unicodeScalars {
      if words >= sampleWords { break }
      let v = scalar.value
      if v < 0x80 {
        // ASCII: letters lowered here, everything else ends the word.
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
          scripts[4] += 1
          word.unicodeScalars.append(Unicode.Scalar(UInt8(v | 0x20)))
        } else {
          endWord()
        }
        continue
      }
      switch v {
      case 0xAC00...0xD7A3, 0x1100...0x11FF: scripts[0] += 1
      case 0x3040...0x30FF: scripts[1] += 1
      case 0x4E00...0x9FFF: scripts[2] += 1
      case 0x0600...0x06FF: scripts[3] += 1
      default: break
      }
      if scalar.properties.isAlphabetic {
        wordIsASCII = false
        scripts[4] += 1
        word.unicodeScalars.append(scalar)
      } else {
        endWord()
      }
    }
    endWord()
    let letters = max(1, scripts[4])
    if scripts[0] * 5 > letters { return ("ko", true) }
    if scripts[1] * 10 > letters { return ("ja", true) }
    if scripts[2] * 3 > letters { return ("zh", true) }
    if scripts[3] * 3 > letters { return ("ar", true) }
    guard let best = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }),
      hits[best] > 0
    else { return nil }
    let second = hits.indices.filter { $0 != best }.map { hits[$0] }.max() ?? 0
    let confident = hits[best] >= 5 && Double(hits[best]) >= 1.3 * Double(second) && hits[best] * 20 >= words
    return (StopWords.byLanguage[best].language, confident)
  }

  /// The declared language (`lang`, `og:locale` …) unless the text clearly says otherwise
  /// (templates often declare their site's default language on every page).
  static func reconcile(declared: String?, blocks: [Block]) -> String? {
    guard let guess = guess(blocks.lazy.map(\.text).joined(separator: " ")), guess.confident else { return declared }
    return guess.language
  }

  /// `en-US`, `en_GB`, `EN` → `en`.
  static func primaryTag(_ code: String) -> String? {
    let tag = code.trimmingSpaces.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
    guard let tag, (2...3).contains(tag.count), tag.allSatisfy({ $0.isLetter }) else { return nil }
    return tag
  }
}
