/// Short function words: never the thing a number counts, and safe to follow a value
/// ("one dollar and two and …"). Data shared by the value extractors.
enum FunctionWords {
  static let words: Set<String> = [
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "as", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "that", "this", "these",
    "those", "which", "who", "whom", "whose", "it", "its", "than", "then", "so", "if", "into", "onto",
    "per", "each", "more", "less", "over", "under", "about", "after", "before", "since", "until", "up",
    "down", "out", "off", "also", "not", "no", "all", "both", "such", "other", "own", "same", "too", "very",
    "just", "only", "there", "here", "when", "where", "while", "we", "you", "he", "she", "they", "i", "me",
    "him", "her", "them", "us", "our", "your", "his", "their", "my", "said", "says", "say", "against",
    "between", "among", "through", "during", "without", "within", "via", "versus", "vs", "plus", "minus",
    "times", "apiece", "respectively", "last", "next", "this", "ago", "later", "earlier", "or so",
  ]

  /// The words as a packed table, for checks in the hot loop.
  static let table = WordTable(words.sorted().map { ($0, true) })

  /// Whether `word` (lower case) is a function word.
  static func contains(_ word: String) -> Bool { words.contains(word) }
}
