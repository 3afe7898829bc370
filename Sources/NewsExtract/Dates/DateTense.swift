/// Which way from the reference day a date named without its year or week points ("on
/// Monday", "in October"): back when its sentence tells of the past, ahead otherwise.
enum DateTense {
  /// Whether the weekday of `m` points ahead of the reference day: a verb of a timetable right
  /// before it ("is scheduled for", "opens on"); else not after a verb in the past tense right
  /// before it ("the law will be extended, the government said on Sunday"); else ahead when
  /// its clause speaks of the future ("will", "going to") or its sentence holds no verb in the
  /// past tense ("Voters go to the polls on Saturday", "Halloween party Saturday!").
  static func pointsAhead(_ m: DateMatch) -> Bool {
    let bytes = m.text.bytes
    var (word, start) = wordBefore(m.range.lowerBound, in: bytes)
    if DateVocabulary.weekdayIntroducerKeys.contains(word) { (word, start) = wordBefore(start, in: bytes) }
    if DateVocabulary.timetableVerbKeys.contains(word) { return true }
    if isPastVerb(word) { return false }
    if m.futureBefore { return true }
    return !sentenceTellsOfThePast(around: m.range, in: bytes)
  }

  /// Whether the sentence holding `range` has a verb in the past tense, before or after it
  /// ("resigned on Thursday", "On Monday, the president signed …"); "-ed" words after "is",
  /// "are", "be" are passives of the present ("are banned") and do not count.
  static func sentenceTellsOfThePast(around range: Range<Int>, in bytes: [UInt8]) -> Bool {
    var start = range.lowerBound
    while start > 0, !endsSentence(at: start - 1, in: bytes) { start -= 1 }
    var end = range.upperBound
    while end < bytes.count, !endsSentence(at: end, in: bytes) { end += 1 }
    var i = start
    var previous = DateTenseWord.empty
    while i < end {
      guard DateContext.isLetter(bytes[i]) else { i += 1; continue }
      var j = i
      while j < end, DateContext.isLetter(bytes[j]) || bytes[j] == 0x27 { j += 1 }
      let word = DateTenseWord(bytes, i..<j)
      if isPastVerb(word), !DateVocabulary.presentAuxiliaryKeys.contains(previous) { return true }
      previous = word
      i = j
    }
    return false
  }

  /// Whether the byte at `i` ends a sentence: a line break, "?", "!", ";", or a period not
  /// inside a number ("$1.0327").
  static func endsSentence(at i: Int, in bytes: [UInt8]) -> Bool {
    let b = bytes[i]
    if b == UInt8(ascii: ".") {
      guard i + 1 >= bytes.count || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A else { return false }
      // "11 p.m.", "U.S.", "Dr.": a period after a word of one or two letters abbreviates it.
      var k = i - 1
      while k >= 0, DateContext.isLetter(bytes[k]) { k -= 1 }
      return i - 1 - k > 2
    }
    return b == 0x0A || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ";")
  }

  /// A verb in the past tense: a known irregular one, or a word ending in "-ed" (not "-eed":
  /// "need", "indeed"; nor "hundred").
  static func isPastVerb(_ word: DateTenseWord) -> Bool {
    if word.length >= 4, word.endsInED { return word != DateVocabulary.hundred && !DateVocabulary.timetableVerbKeys.contains(word) }
    return word.length >= 3 && DateVocabulary.pastVerbKeys.contains(word)
  }

  /// Which way the words nearest a date lean: `-1` for a verb in the past tense among the six
  /// words before it or, failing those, the four after it ("peaked at 10.6% in October",
  /// "December sales beat expectations"), `1` for a future marker in its clause, `0` for
  /// neither. The nearest words only, since reported speech mixes tenses ("said on Monday it
  /// expects sales to rise in October").
  static func lean(around range: Range<Int>, in bytes: [UInt8]) -> Int {
    if DateContext.speaksOfFuture(before: range.lowerBound, in: bytes) { return 1 }
    // "gave the county until Aug. 31", "a dividend payable March 1": a deadline set in the
    // past lies ahead as often as not.
    if DateVocabulary.deadlineWordKeys.contains(wordBefore(range.lowerBound, in: bytes).0) { return 0 }
    var position = range.lowerBound
    var words = 0
    while words < 6, position > 0, !endsSentence(at: position - 1, in: bytes) {
      let (word, start) = wordBefore(position, in: bytes)
      if word.length == 0 { position -= 1; continue }  // marks and numbers count for no word
      if isPastVerb(word), !DateVocabulary.presentAuxiliaryKeys.contains(wordBefore(start, in: bytes).0) { return -1 }
      position = start
      words += 1
    }
    // After the date, up to a comma: "…, the regulator said" reports, it tells no past.
    var i = range.upperBound
    var previous = DateTenseWord.empty
    for _ in 0..<4 {
      while i < bytes.count, !DateContext.isLetter(bytes[i]), !endsSentence(at: i, in: bytes), bytes[i] != UInt8(ascii: ",") { i += 1 }
      guard i < bytes.count, DateContext.isLetter(bytes[i]) else { break }
      var j = i
      while j < bytes.count, DateContext.isLetter(bytes[j]) || bytes[j] == 0x27 { j += 1 }
      let word = DateTenseWord(bytes, i..<j)
      if isPastVerb(word), !DateVocabulary.presentAuxiliaryKeys.contains(previous) { return -1 }
      previous = word
      i = j
    }
    return 0
  }

  /// The word before `position` on its line and where it starts (an empty word when a mark
  /// or a number comes first).
  static func wordBefore(_ position: Int, in bytes: [UInt8]) -> (DateTenseWord, Int) {
    var i = position - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    let end = i + 1
    while i >= 0, DateContext.isLetter(bytes[i]) || bytes[i] == 0x27 { i -= 1 }
    guard end > i + 1 else { return (.empty, position) }
    return (DateTenseWord(bytes, (i + 1)..<end), i + 1)
  }

  /// Whether a number comes next after `position`, past the word `skipping` if given.
  static func numberFollows(_ position: Int, in bytes: [UInt8], skipping: String) -> Bool {
    var i = position
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    if !skipping.isEmpty {
      while i < bytes.count, DateContext.isLetter(bytes[i]) { i += 1 }
      while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    }
    return i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39
  }
}
