/// A word read in place for `DateTense`: up to 16 lower-cased ASCII letters packed into two
/// integers (so that the tense lists are asked without building a string), its length, and
/// whether it ends in "-ed" but not "-eed".
struct DateTenseWord: Hashable {
  var low: UInt64 = 0
  var high: UInt64 = 0
  var length = 0
  var endsInED = false

  /// The word at `range` of `bytes` (longer or non-ASCII words keep only length and ending).
  init(_ bytes: [UInt8], _ range: Range<Int>) {
    length = range.count
    var fits = length <= 16
    for (k, i) in range.enumerated() {
      var b = bytes[i]
      if b >= 0x80 { fits = false; break }
      if b &- 0x41 < 26 { b |= 0x20 }
      guard fits else { break }
      if k < 8 { low |= UInt64(b) << (8 * k) } else { high |= UInt64(b) << (8 * (k - 8)) }
    }
    if !fits { low = 0; high = 0 }
    if length >= 3 {
      let e = bytes[range.upperBound - 2] | 0x20, d = bytes[range.upperBound - 1] | 0x20, before = bytes[range.upperBound - 3] | 0x20
      endsInED = e == UInt8(ascii: "e") && d == UInt8(ascii: "d") && before != UInt8(ascii: "e")
    }
  }

  init(_ text: String) {
    let bytes = Array(text.utf8)
    self.init(bytes, 0..<bytes.count)
  }

  static let empty = DateTenseWord([], 0..<0)

  /// The words of `list` as keys.
  static func keys(_ list: Set<String>) -> Set<DateTenseWord> { Set(list.map(DateTenseWord.init)) }

  static func == (a: DateTenseWord, b: DateTenseWord) -> Bool { a.low == b.low && a.high == b.high && a.length == b.length }
  func hash(into hasher: inout Hasher) {
    hasher.combine(low)
    hasher.combine(high)
  }
}

extension DateVocabulary {
  static let weekdayIntroducerKeys = DateTenseWord.keys(weekdayIntroducers)
  static let timetableVerbKeys = DateTenseWord.keys(timetableVerbs)
  static let pastVerbKeys = DateTenseWord.keys(pastVerbs)
  static let presentAuxiliaryKeys = DateTenseWord.keys(presentAuxiliaries)
  static let deadlineWordKeys = DateTenseWord.keys(deadlineWords)
  static let hundred = DateTenseWord("hundred")
}
