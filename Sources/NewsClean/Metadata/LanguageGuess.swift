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
    var evidence = LanguageEvidence()
    var text = text
    text.withUTF8 { evidence.read($0, sampleWords: sampleWords) }
    evidence.endWord()
    let hits = evidence.hits
    let words = evidence.words
    let letters = max(1, evidence.letters)
    if evidence.hangul * 5 > letters { return ("ko", true) }
    if evidence.kana * 10 > letters { return ("ja", true) }
    if evidence.han * 3 > letters { return ("zh", true) }
    if evidence.arabic * 3 > letters { return ("ar", true) }
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
    reconcile(declared: declared, text: blocks.lazy.map(\.text).joined(separator: " "))
  }

  /// `reconcile(declared:blocks:)` on the blocks' text already joined (any separator without
  /// letters gives the same answer).
  static func reconcile(declared: String?, text: String) -> String? {
    guard let guess = guess(text), guess.confident else { return declared }
    return guess.language
  }

  /// `en-US`, `en_GB`, `EN` → `en`.
  static func primaryTag(_ code: String) -> String? {
    let tag = code.trimmingSpaces.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
    guard let tag, (2...3).contains(tag.count), tag.allSatisfy({ $0.isLetter }) else { return nil }
    return tag
  }
}
