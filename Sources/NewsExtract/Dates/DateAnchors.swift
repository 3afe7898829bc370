/// A cheap byte-level prefilter: every date phrase contains an *anchor* (a digit, a month or
/// weekday name, a calendar unit, a day word or a holiday name), and may start a few
/// *lead* words before it ("from the end of March"). The rules are tried only at those starts.
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
    "mlk", "new", "now", "eid", "ramadan",
  ]
  /// The anchor words as exact keys (`DateWordKey`), so the scan builds no strings.
  static let keys = DateKeyTable(set: DateWordKey.keys(of: words))

  /// The keys of the lead and day-lead words.
  static let leadKeys = DateKeyTable(set: DateWordKey.keys(of: leads.union(dayLeads)))

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
  ]

  /// Day words may lead up to a month ("from ninth till seventeenth of April").
  static let dayLeads: Set<String> = Set(DateVocabulary.dayOrdinals.keys.flatMap { $0.split(separator: " ").map(String.init) })
    .union(DateVocabulary.dayCardinals.keys.flatMap { $0.split(separator: " ").map(String.init) })

  /// Per byte: bit 1 a letter (ASCII or any non-ASCII byte), bit 2 a word byte (letter, digit
  /// or "'"), bit 4 a gap between the words of a phrase (space, tab, `,`, `-`, `/`, `.`).
  static let byteClass: [UInt8] = (0..<256).map { v in
    let b = UInt8(v)
    let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80
    let word = letter || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "'")
    let gap = b == 0x20 || b == 0x09 || b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: ".")
    return (letter ? 1 : 0) | (word ? 2 : 0) | (gap ? 4 : 0)
  }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  static func word(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self).lowercased()
  }

  /// Whether the word `start..<end` is one of `words` (by key, or by string when it has none).
  @inline(__always) static func isWord(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, keys: DateKeyTable, strings: Set<String>
  ) -> Bool {
    if let k = DateWordKey.key(buffer, start, end) { return keys.contains(k) }
    guard end - start <= 15 else { return false }
    // A word lower-casing to one of another byte length was never one of the words.
    let w = word(buffer, start, end)
    return w.utf8.count == end - start && strings.contains(w)
  }

  /// Whether the word `start..<end` is an anchor.
  static func isAnchor(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let first = buffer[start]
    if isDigit(first) { return true }
    let lower = first | 0x20
    if lower == UInt8(ascii: "q") || lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w") {
      if end - start >= 2, isDigit(buffer[start + 1]) { return true }
    }
    // "Oct2", "cy18": the letters before trailing digits.
    var letters = end
    while letters > start + 1, isDigit(buffer[letters - 1]) { letters -= 1 }
    return isWord(buffer, start, letters, keys: keys, strings: words)
  }

  /// The start of the next anchor word at or after `from`, with its end.
  static func nextAnchor(_ buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
    byteClass.withUnsafeBufferPointer { cls in
      var i = from
      let count = buffer.count
      // A word starting at `from` itself counts unless a letter comes right before it.
      if i < count, i > 0, cls[Int(buffer[i])] & 2 != 0, buffer[i] != UInt8(ascii: "'"), cls[Int(buffer[i - 1])] & 3 == 2 {
        var end = i + 1
        while end < count, cls[Int(buffer[end])] & 2 != 0 { end += 1 }
        if isAnchor(buffer, i, end) { return (i, end) }
        i = end
      }
      while i < count {
        // Skip to the next word byte, then check that the word starts here.
        if cls[Int(buffer[i])] & 2 == 0 {
          i += 1
          continue
        }
        if buffer[i] == UInt8(ascii: "'") || (i > 0 && cls[Int(buffer[i - 1])] & 2 != 0) {
          i += 1
          continue
        }
        var end = i + 1
        while end < count, cls[Int(buffer[end])] & 2 != 0 { end += 1 }
        if isAnchor(buffer, i, end) { return (i, end) }
        i = end
      }
      return nil
    }
  }

  /// Whether the word `start..<end` is a lead or day-lead word.
  static func isLead(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    if let k = DateWordKey.key(buffer, start, end) { return leadKeys.contains(k) }
    guard end - start <= 15 else { return false }
    let w = word(buffer, start, end)
    return w.utf8.count == end - start && (leads.contains(w) || dayLeads.contains(w))
  }

  /// Where a phrase holding the anchor at `anchor` may start, written to `starts` earliest
  /// first: the lead or anchor words before it on its line (at most 6, no earlier than
  /// `limit`), a symbol a date may start with right before it ("=2019", "'90s"), the anchor.
  static func starts(_ buffer: UnsafeBufferPointer<UInt8>, anchor: Int, limit: Int, into starts: inout [Int]) {
    starts.removeAll(keepingCapacity: true)
    byteClass.withUnsafeBufferPointer { cls in
      var j = anchor
      for _ in 0..<6 {
        var k = j - 1
        while k >= limit, k >= 0, cls[Int(buffer[k])] & 4 != 0 { k -= 1 }
        guard k >= limit, k >= 0, cls[Int(buffer[k])] & 2 != 0 else { break }
        let end = k + 1
        while k > limit, k > 0, cls[Int(buffer[k - 1])] & 2 != 0 { k -= 1 }
        guard end - k <= 16 else { break }
        guard isLead(buffer, k, end) || isAnchor(buffer, k, end) else { break }
        starts.append(k)
        j = k
      }
    }
    starts.reverse()
    if anchor > limit, anchor > 0, buffer[anchor - 1] == UInt8(ascii: "=") || buffer[anchor - 1] == UInt8(ascii: "'") {
      starts.append(anchor - 1)
    }
    starts.append(anchor)
  }
}
