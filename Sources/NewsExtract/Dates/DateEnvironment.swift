import NewsCore

/// What resolving a date phrase may use besides the phrase: the reference day, the
/// locale's day-first hint, and the last year the document mentioned (for "the same year").
struct DateEnvironment {
  var reference: CalendarDay?
  var dayFirst: Bool?
  /// The year of the last absolute date read so far, in text order.
  var lastYear: Int?
  /// The last day read so far (a date to the day, resolved), for "the next day", "two days later".
  var lastDay: CalendarDay? = nil
}

/// One rule's match with the helpers its builder reads it through.
struct DateMatch {
  let source: DateGrammar.Source
  /// Group ranges, index 0 the whole match.
  let groups: DateGroups
  /// The rule's group numbers by name.
  let names: DateGroupTable
  let environment: DateEnvironment
  let grammar: DateGrammar

  var text: TextBuffer { source.text }
  var range: Range<Int> { groups[0]! }
  var reference: CalendarDay? { environment.reference }

  /// The lower-cased matching-view text of a named group, `nil` if it did not take part.
  subscript(_ name: String) -> String? {
    guard let r = group(name) else { return nil }
    return DateContext.lowercased(text.bytes, r)
  }

  func has(_ name: String) -> Bool { group(name) != nil }

  /// The byte range of the first group called `name` that took part.
  func group(_ name: String) -> Range<Int>? {
    guard let numbers = names.numbers(of: name) else { return nil }
    for n in numbers where n < groups.count { if let r = groups[n] { return r } }
    return nil
  }

  /// The integer in a named group of digits.
  func int(_ name: String) -> Int? {
    guard let r = group(name) else { return nil }
    // ASCII digits read in place; other text (non-ASCII, very long) the slow way.
    var value = 0
    var digits = 0
    for b in text.bytes[r] {
      if b >= 0x80 || digits >= 18 { return self[name].flatMap { Int($0.filter(\.isNumber)) } }
      guard b &- 0x30 < 10 else { continue }
      value = value * 10 + Int(b &- 0x30)
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  /// Whether the named group starts with an upper-case letter in the text.
  func isCapitalized(_ name: String) -> Bool {
    guard let r = group(name), r.lowerBound < text.bytes.count else { return false }
    let b = text.bytes[r.lowerBound]
    return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
  }

  /// The lower-cased word (or single symbol) right before the match, on the same line.
  var wordBefore: String { DateContext.word(before: range.lowerBound, in: text.bytes) }

  /// The byte right before the match (0 at the start of the text).
  var byteBefore: UInt8 { range.lowerBound > 0 ? text.bytes[range.lowerBound - 1] : 0 }

  /// Whether the clause before the match speaks of the future ("will", "next").
  var futureBefore: Bool { DateContext.speaksOfFuture(before: range.lowerBound, in: text.bytes) }

  /// A reading of a sub-range of the text as a date (range endpoints, "2 weeks before X").
  func reading(of name: String) -> DateReading? {
    guard let r = group(name) else { return nil }
    return grammar.endpoint(source, range: r, environment: environment)
  }
}

/// Looks around a match in the raw bytes, staying on its line.
enum DateContext {
  static func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }

  static func word(before position: Int, in bytes: [UInt8]) -> String {
    var i = position - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    guard i >= 0, bytes[i] != 0x0A else { return "" }
    let end = i + 1
    if !isLetter(bytes[i]) { return String(decoding: bytes[i..<end], as: UTF8.self) }
    while i >= 0, isLetter(bytes[i]) { i -= 1 }
    return lowercased(bytes, (i + 1)..<end)
  }

  /// Whether `word(before: position, in: bytes) == word` (`word` lower-case ASCII): read in
  /// place, unless the word holds non-ASCII bytes (then lower-cased as a string).
  static func isWord(before position: Int, in bytes: [UInt8], _ word: StaticString) -> Bool {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    var i = position - 1
    while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 { i -= 1 }
    guard i >= 0, bytes[i] != 0x0A else { return expected.isEmpty }
    let end = i + 1
    if !isLetter(bytes[i]) { return expected.count == 1 && expected[0] == bytes[i] }
    while i >= 0, isLetter(bytes[i]) { i -= 1 }
    let start = i + 1
    if bytes[start..<end].contains(where: { $0 >= 0x80 }) { return lowercased(bytes, start..<end) == word.description }
    guard end - start == expected.count else { return false }
    for k in 0..<expected.count where bytes[start + k] | (bytes[start + k] &- 0x41 < 26 ? 0x20 : 0) != expected[k] { return false }
    return true
  }

  /// Whether `lowercased(bytes, range).hasPrefix("the")`: read in place when the first four
  /// bytes are ASCII (the third character then ends with the third byte).
  static func startsWithThe(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let lo = range.lowerBound
    let head = min(range.count, 4)
    guard bytes[lo..<(lo + head)].allSatisfy({ $0 < 0x80 }) else { return lowercased(bytes, range).hasPrefix("the") }
    return range.count >= 3 && bytes[lo] | 0x20 == UInt8(ascii: "t") && bytes[lo + 1] | 0x20 == UInt8(ascii: "h")
      && bytes[lo + 2] | 0x20 == UInt8(ascii: "e")
  }

  /// The lower-cased word right after `position` on the same line; "" when punctuation or
  /// the end of the line comes first.
  static func wordAfter(_ position: Int, in bytes: [UInt8]) -> String {
    var i = position
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    let start = i
    while i < bytes.count, isLetter(bytes[i]) { i += 1 }
    return lowercased(bytes, start..<i)
  }

  /// The bytes as a lower-cased string: ASCII text lowered byte by byte (what `lowercased()`
  /// does to it), text with other bytes through `lowercased()`.
  static func lowercased(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      let slice = UnsafeBufferPointer(rebasing: buffer[range])
      for b in slice where b >= 0x80 { return String(decoding: slice, as: UTF8.self).lowercased() }
      return String(unsafeUninitializedCapacity: slice.count) { out in
        for k in 0..<slice.count { let b = slice[k]; out[k] = b &- 0x41 < 26 ? b | 0x20 : b }
        return slice.count
      }
    }
  }

  /// Whether the next word (after spaces only) starts with a capital letter.
  static func nextWordIsCapitalized(_ position: Int, in bytes: [UInt8]) -> Bool {
    var i = position
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    return i > position && i < bytes.count && bytes[i] >= 0x41 && bytes[i] <= 0x5A
  }

  /// Whether a comma and another number follow (a list or table of numbers, not a year).
  static func isNumberListed(after position: Int, in bytes: [UInt8]) -> Bool {
    var i = position
    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: ";") else { return false }
    i += 1
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    return i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39
  }

  static func speaksOfFuture(before position: Int, in bytes: [UInt8]) -> Bool {
    var start = max(0, position - 80)
    var i = position - 1
    while i >= start {
      let b = bytes[i]
      if b == 0x0A || b == UInt8(ascii: ".") || b == UInt8(ascii: "?") { start = i + 1; break }
      i -= 1
    }
    let markers = futureMarkers
    if markers.hasEmpty { return true }
    // One pass: only the markers that begin with the byte at a position are compared there.
    return bytes.withUnsafeBufferPointer { text in
      for i in start..<max(start, position) where markers.matches(text, at: i, to: position) { return true }
      return false
    }
  }

  static let futureMarkers = DateMarkerTable(DateVocabulary.futureMarkers)

  /// Whether `needle` (lower case) occurs in `bytes[from..<to]`, ignoring ASCII case.
  static func contains(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Bool {
    guard to - from >= needle.count else { return false }
    var i = from
    while i + needle.count <= to {
      var j = 0
      while j < needle.count, bytes[i + j] | (bytes[i + j] >= 0x41 && bytes[i + j] <= 0x5A ? 0x20 : 0) == needle[j] { j += 1 }
      if j == needle.count { return true }
      i += 1
    }
    return false
  }

}
