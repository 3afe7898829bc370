/// A cheap byte-level prefilter: every date phrase contains an *anchor* (a digit, a month or
/// weekday name, a calendar unit, a day word or a holiday name), and may start a few
/// *lead* words before it ("from the end of March"). The scanners run only at those starts.
enum DateAnchors {
  /// Anchor words, whole (lower case; "'" kept).
  static let words: Set<String> = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
    "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur",
    "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "today", "today's",
    "tomorrow", "tomorrow's", "yesterday", "yesterday's", "tonight", "year", "years", "year's", "month",
    "months", "month's", "week", "weeks", "week's", "weekend", "weekends", "day", "days", "quarter",
    "quarters", "decade", "decades", "century", "centuries", "fortnight", "fortnights", "fortnight's",
    "half", "early", "earlier", "earth", "christmas", "xmas", "easter", "halloween", "yuandan",
    "thanksgiving", "thanks", "juneteenth", "noughties", "twenties", "thirties", "forties", "fifties",
    "sixties", "seventies", "eighties", "nineties", "otd", "ytd", "eoy", "eom", "cy", "fy", "labor",
    "labour", "memorial", "mother's", "father's", "valentine's", "independence", "veterans", "boxing",
    "mlk", "new", "now", "eid", "ramadan", "ramazan", "ramzan", "ramadhan", "ramathan", "eidul", "ashura",
    "mawlid", "thousand", "workweek", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
  ]
  /// The anchor words as packed keys (`key(of:)`), so the scan builds no strings.
  static let keys: Set<UInt64> = Set(words.map { key(Array($0.utf8)[...]) })

  /// A quick filter over `keys`: a clear bit means the word is surely not an anchor.
  static let anchorFilter = KeyFilter(keys)
  /// A quick filter over the keys of the lead, day-lead and anchor words.
  static let leadFilter = KeyFilter(Set(leads.union(dayLeads).map { key(Array($0.utf8)[...]) }).union(keys))

  /// Up to 8 lower-cased bytes and the length, packed; words over 15 bytes all share key 0.
  @inline(__always) static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    guard bytes.count <= 15 else { return 0 }
    var k = UInt64(bytes.count) << 56
    var shift: UInt64 = 0
    for b in bytes.prefix(8) {
      k |= UInt64(b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0) & 0x7F) << shift
      shift += 7
    }
    return k
  }

  /// Words that may come before an anchor inside a date phrase.
  static let leads: Set<String> = [
    "the", "from", "between", "this", "next", "last", "past", "previous", "coming", "upcoming",
    "following", "current", "on", "in", "within", "of", "early", "earlier", "mid", "middle", "late",
    "later", "end", "beginning", "start", "a", "an", "few", "couple", "several", "first", "second",
    "third", "fourth", "fifth", "final", "my", "same", "that", "calendar", "fiscal", "to", "and",
    "through", "thru", "till", "until", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "twenty", "thirty", "1st", "2nd", "3rd", "4th", "w", "c",
    "rest", "remaining", "less", "than", "around", "any", "black", "cyber", "good", "saint", "st",
    "international", "int'l", "workers", "workers'", "christmas", "new", "eid", "al", "martin", "luther", "king",
    "freedom", "jubilee", "may", "patrick's", "year's", "eve", "earth", "valentine's", "father's", "mother's",
    "business", "working", "islamic", "hijri", "arabic", "remainder", "balance", "ul", "since",
  ]

  /// Day words may lead up to a month ("from ninth till seventeenth of April").
  static let dayLeads: Set<String> = Set(DateVocabulary.dayOrdinals.keys.flatMap { $0.split(separator: " ").map(String.init) })
    .union(DateVocabulary.dayCardinals.keys.flatMap { $0.split(separator: " ").map(String.init) })

  /// Per byte: bit 1 a letter (ASCII or any non-ASCII byte), bit 2 a word byte (letter, digit or "'").
  static let byteClass: [UInt8] = (0..<256).map { v in
    let b = UInt8(v)
    let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80
    let word = letter || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "'")
    return (letter ? 1 : 0) | (word ? 2 : 0)
  }

  @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
    byteClass.withUnsafeBufferPointer { $0[Int(b)] & 1 != 0 }
  }

  @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
    byteClass.withUnsafeBufferPointer { $0[Int(b)] & 2 != 0 }
  }

  static func word(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self).lowercased()
  }

  /// Whether the word `start..<end` is an anchor.
  static func isAnchor(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let first = buffer[start]
    if first >= 0x30 && first <= 0x39 { return true }
    if (first | 0x20) == UInt8(ascii: "q") || (first | 0x20) == UInt8(ascii: "h") || (first | 0x20) == UInt8(ascii: "w") {
      if end - start >= 2, buffer[start + 1] >= 0x30, buffer[start + 1] <= 0x39 { return true }
    }
    // "Oct2", "cy18": the letters before trailing digits.
    var letters = end
    while letters > start + 1, buffer[letters - 1] >= 0x30, buffer[letters - 1] <= 0x39 { letters -= 1 }
    let k = key(UnsafeBufferPointer(rebasing: buffer[start..<letters]))
    return k != 0 && anchorFilter.mayContain(k) && keys.contains(k) && words.contains(word(buffer, start, letters))
  }

  /// The start of the next anchor word at or after `from`, with its end.
  static func nextAnchor(_ buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
    var i = from
    let count = buffer.count
    while i < count {
      let b = buffer[i]
      guard isWordByte(b), b != UInt8(ascii: "'"), i == 0 || !isWordByte(buffer[i - 1]) || (i == from && !isLetter(buffer[i - 1])) else {
        i += 1
        continue
      }
      var end = i + 1
      while end < count, isWordByte(buffer[end]) { end += 1 }
      if isAnchor(buffer, i, end) { return (i, end) }
      i = end
    }
    return nil
  }

  /// Bytes that may separate the words of a date phrase: space, tab, `,`, `-`, `/`, `.`.
  @inline(__always) static func isGap(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: ".")
  }

  /// Whether the word `start..<end` is a lead or day-lead word (the string is built only
  /// when the quick filter lets the word through).
  static func isLead(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let k = key(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    guard k != 0, leadFilter.mayContain(k) else { return false }
    let w = word(buffer, start, end)
    return leads.contains(w) || dayLeads.contains(w)
  }

  /// Where a phrase holding the anchor at `anchor` may start, earliest first: the anchor
  /// and the lead or anchor words before it on its line, no earlier than `limit`.
  static func starts(_ buffer: UnsafeBufferPointer<UInt8>, anchor: Int, limit: Int) -> [Int] {
    var starts = [anchor]
    var j = anchor
    for _ in 0..<6 {
      var k = j - 1
      while k >= limit, k >= 0, isGap(buffer[k]) {
        k -= 1
      }
      guard k >= limit, k >= 0, isWordByte(buffer[k]) else { break }
      let end = k + 1
      while k > limit, k > 0, isWordByte(buffer[k - 1]) { k -= 1 }
      guard end - k <= 16 else { break }
      guard isLead(buffer, k, end) || isAnchor(buffer, k, end) else { break }
      starts.insert(k, at: 0)
      j = k
    }
    // Symbols a date may start with right before the anchor: "=2019", "'90s", "-20200701".
    if anchor > limit, anchor > 0, buffer[anchor - 1] == UInt8(ascii: "=") || buffer[anchor - 1] == UInt8(ascii: "'") {
      starts.insert(anchor - 1, at: starts.count - 1)
    }
    return starts
  }
}
