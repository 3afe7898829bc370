/// Which way from the reference day a weekday named alone points ("on Monday"): back, as news
/// reports mostly do, unless the words around it speak of what is to come.
enum DateTense {
  /// Whether the weekday of `m` points ahead of the reference day: a verb of the future or
  /// of a timetable right before it ("is scheduled for", "opens on"), a future marker in its
  /// clause ("will", "going to") unless a verb in the past tense stands right before it ("the
  /// law will be extended, the government said on Sunday"), or a request ("Schedule a call for
  /// Thursday", "Can you book a table for Friday?").
  static func pointsAhead(_ m: DateMatch) -> Bool {
    let bytes = m.text.bytes
    var (word, start) = wordBefore(m.range.lowerBound, in: bytes)
    if DateVocabulary.weekdayIntroducers.contains(word) { (word, start) = wordBefore(start, in: bytes) }
    if DateVocabulary.timetableVerbs.contains(word) { return true }
    if isPastVerb(word) { return false }
    if m.futureBefore { return true }
    return DateVocabulary.requestOpeners.contains(firstWordOfClause(before: m.range.lowerBound, in: bytes))
  }

  /// A verb in the past tense: a known irregular one, or a word ending in "-ed" (not "-eed":
  /// "need", "indeed"; nor "hundred").
  static func isPastVerb(_ word: String) -> Bool {
    if DateVocabulary.pastVerbs.contains(word) { return true }
    return word.count >= 4 && word.hasSuffix("ed") && !word.hasSuffix("eed") && word != "hundred"
      && !DateVocabulary.timetableVerbs.contains(word)
  }

  /// Which way the clause before `position` leans: `-1` when it holds a verb in the past
  /// tense and no future marker ("Sales rose in March"), `1` when it speaks of the future, `0`
  /// when it says neither.
  static func lean(before position: Int, in bytes: [UInt8]) -> Int {
    if DateContext.speaksOfFuture(before: position, in: bytes) { return 1 }
    var i = position
    while i > 0 {
      let b = bytes[i - 1]
      if b == 0x0A || b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") { break }
      let (word, start) = wordBefore(i, in: bytes)
      if word.isEmpty { i -= 1; continue }
      if isPastVerb(word) {
        // "are banned", "is expected": a present passive, not the past.
        let before = wordBefore(start, in: bytes).0
        if DateVocabulary.pastVerbs.contains(word) || !DateVocabulary.presentAuxiliaries.contains(before) { return -1 }
      }
      i = start
    }
    return 0
  }

  /// The lower-cased word before `position` on its line and where it starts.
  static func wordBefore(_ position: Int, in bytes: [UInt8]) -> (String, Int) {
    var i = position - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    let end = i + 1
    while i >= 0, DateContext.isLetter(bytes[i]) || bytes[i] == 0x27 { i -= 1 }
    guard end > i + 1 else { return ("", position) }
    return (DateContext.lowercased(bytes, (i + 1)..<end), i + 1)
  }

  /// The lower-cased first word of the clause holding `position` (after a sentence's end, a
  /// line break or the text's start).
  static func firstWordOfClause(before position: Int, in bytes: [UInt8]) -> String {
    var i = position - 1
    while i >= 0 {
      let b = bytes[i]
      if b == 0x0A || b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: "\"") { break }
      i -= 1
    }
    return DateContext.wordAfter(i + 1, in: bytes)
  }
}
