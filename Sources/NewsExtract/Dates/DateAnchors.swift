/// A cheap byte-level prefilter: every date phrase contains an *anchor* (a digit, a month or
/// weekday name, a calendar unit, a day word or a holiday name), and may start a few
/// *lead* words before it ("from the end of March"). The rules are tried only at those starts.
enum DateAnchors {
  /// Anchor words, whole (lower case; "'" kept).
  static let words: Set<String> = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
    "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur",
    "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "monday's", "tuesday's",
    "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "today", "today's",
    "tomorrow", "tomorrow's", "tmrw", "tmrrw", "2moro", "yesterday", "yesterday's", "tonight", "year", "years", "year's", "month",
    "months", "month's", "week", "weeks", "week's", "weekend", "weekends", "day", "days", "quarter",
    "quarters", "decade", "decades", "century", "centuries", "fortnight", "fortnights", "fortnight's",
    "half", "early", "earlier", "earth", "christmas", "xmas", "easter", "halloween", "yuandan",
    "thanksgiving", "thanks", "juneteenth", "noughties", "twenties", "thirties", "forties", "fifties",
    "sixties", "seventies", "eighties", "nineties", "otd", "ytd", "eoy", "eom", "cy", "fy", "labor",
    "labour", "memorial", "mother's", "father's", "valentine's", "independence", "veterans", "boxing",
    "mlk", "new", "now", "eid", "ramadan", "ramazan", "ramzan", "ramadhan", "ramathan", "eidul", "ashura",
    "mawlid", "thousand", "workweek", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
  ]
  /// The anchor words as exact keys (`DateWordKey`), so the scan builds no strings.
  static let keys = DateKeyTable(set: DateWordKey.keys(of: words))
  /// The anchor words of one to eight ASCII letters, as `WordBytes.letters` reads them.
  static let letterKeys = DateKeyTable(set: words.compactMap(WordBytes.value(of:)))

  /// The keys of the lead and day-lead words, and of the first bytes of the longer words.
  static let leadKeys = DateKeyTable(set: DateWordKey.keys(of: leads.union(dayLeads)))
  static let longKeys = DateKeyTable(set: DateWordKey.keys(of: words, prefixes: true))
  static let longLeadKeys = DateKeyTable(set: DateWordKey.keys(of: leads.union(dayLeads), prefixes: true))

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

  /// Per byte: bit 1 a letter (ASCII or any non-ASCII byte), bit 2 a word byte (letter, digit
  /// or "'"), bit 4 a gap between the words of a phrase (space, tab, `,`, `-`, `/`, `.`).
  /// Kept for the life of the process, read through a plain pointer.
  nonisolated(unsafe) static let byteClass: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for v in 0..<256 {
      let b = UInt8(v)
      let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80
      let word = letter || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "'")
      let gap = b == 0x20 || b == 0x09 || b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: ".")
      table[v] = (letter ? 1 : 0) | (word ? 2 : 0) | (gap ? 4 : 0)
    }
    return UnsafePointer(table)
  }()

  /// What the scan reads, fetched once per text: no global access or reference count per word.
  struct Tables {
    let byteClass: UnsafePointer<UInt8>
    let anchors: DateKeyTable.View
    let longAnchors: DateKeyTable.View
    let leads: DateKeyTable.View
    let longLeads: DateKeyTable.View
    /// Whether some anchor, lead or day-lead word holds a non-ASCII letter (else a word that
    /// does is none of them).
    let nonASCIIAnchors: Bool
    let nonASCIILeads: Bool
    /// The shapes (`DateWordShapes`) of the anchor words.
    let shapes: UnsafePointer<Bool>
    /// The anchor words of at most eight letters (`WordBytes.letters` values).
    let letterAnchors: DateKeyTable.View
  }

  static var tables: Tables {
    Tables(
      byteClass: byteClass, anchors: keys.view, longAnchors: longKeys.view, leads: leadKeys.view, longLeads: longLeadKeys.view,
      nonASCIIAnchors: nonASCIIAnchors, nonASCIILeads: nonASCIILeads, shapes: anchorShapes.table, letterAnchors: letterKeys.view)
  }

  static let anchorShapes = DateWordShapes(words)

  static let nonASCIIAnchors = words.contains { $0.utf8.contains { $0 >= 0x80 } }
  static let nonASCIILeads = leads.union(dayLeads).contains { $0.utf8.contains { $0 >= 0x80 } }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  static func word(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self).lowercased()
  }

  /// Whether the word `start..<end` is one of the words of `keys` (its longer words' first
  /// bytes in `long`), read as a string only when it has no key.
  @inline(__always) static func isWord(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, keys: DateKeyTable.View, long: DateKeyTable.View,
    nonASCII: Bool, strings: () -> Bool
  ) -> Bool {
    // Word bytes without a key code are non-ASCII letters.
    let n = end - start
    if n <= DateWordKey.maxLength {
      if let k = DateWordKey.key(buffer, start, end) { return keys.contains(k) }
      return nonASCII && strings()
    }
    guard n <= 15 else { return false }
    if let k = DateWordKey.key(buffer, start, start + DateWordKey.maxLength) {
      if !long.contains(k) { return false }
    } else if !nonASCII {
      return false
    }
    return strings()
  }

  /// Whether the lower-cased word is one of `set` (a word lower-casing to another byte length never is).
  static func isWord(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, in sets: Set<String>...) -> Bool {
    let w = word(buffer, start, end)
    return w.utf8.count == end - start && sets.contains { $0.contains(w) }
  }

  /// Whether the word `start..<end` is an anchor.
  @inline(__always) static func isAnchor(_ t: Tables, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let first = buffer[start]
    if isDigit(first) { return true }
    let lower = first | 0x20
    if lower == UInt8(ascii: "q") || lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w") {
      if end - start >= 2, isDigit(buffer[start + 1]) { return true }
    }
    // "Oct2", "cy18": the letters before trailing digits.
    var letters = end
    while letters > start + 1, isDigit(buffer[letters - 1]) { letters -= 1 }
    return isWord(buffer, start, letters, keys: t.anchors, long: t.longAnchors, nonASCII: t.nonASCIIAnchors) {
      isWord(buffer, start, letters, in: words)
    }
  }

  /// Whether the word `start..<end` is a lead or day-lead word.
  @inline(__always) static func isLead(_ t: Tables, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    isWord(buffer, start, end, keys: t.leads, long: t.longLeads, nonASCII: t.nonASCIILeads) {
      isWord(buffer, start, end, in: leads, dayLeads)
    }
  }

  /// The end of the word starting at `start` and whether it is an anchor: the word's first
  /// two bytes and length pass `shapes` before its key is packed and looked up.
  @inline(__always) static func anchorWord(_ t: Tables, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> (end: Int, anchor: Bool) {
    let cls = t.byteClass
    let count = buffer.count
    // A word of one to eight ASCII letters, ended by a byte that is no word byte: looked up
    // by its eight bytes at once.
    let (run, folded) = WordBytes.letters(WordBytes.load(buffer, at: start))
    // `start` is below `count`: no sum here overflows.
    let after = start &+ run
    if run > 0, after == count || cls[Int(buffer[after])] & 2 == 0 {
      // Most words are turned away by their shape before their bytes are looked up.
      guard t.shapes[DateWordShapes.shape(letters: folded, count: run)] else { return (after, false) }
      return (after, t.letterAnchors.contains(WordBytes.prefix(folded, run)))
    }
    // The `run` letters read at once are word bytes: the word goes on after them, eight
    // letters at a time while it has them.
    var end = start + max(run, 1)
    if run == 8 {
      var more = 8
      while more == 8 {
        more = WordBytes.letters(WordBytes.load(buffer, at: end)).count
        end += more
      }
    }
    while end < count, cls[Int(buffer[end])] & 2 != 0 { end += 1 }
    let first = buffer[start]
    if isDigit(first) { return (end, true) }
    let second: UInt8 = end - start >= 2 ? buffer[start + 1] : 0
    let lower = first | 0x20
    if isDigit(second), lower == UInt8(ascii: "q") || lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w") { return (end, true) }
    var letters = end
    while letters > start + 1, isDigit(buffer[letters - 1]) { letters -= 1 }
    guard let shape = DateWordShapes.shape(first, letters - start >= 2 ? second : 0, letters - start) else {
      return (end, isAnchor(t, buffer, start, end))
    }
    guard t.shapes[shape] else { return (end, false) }
    if letters - start <= DateWordKey.maxLength, let key = DateWordKey.key(buffer, start, letters) {
      return (end, t.anchors.contains(key))
    }
    return (end, isAnchor(t, buffer, start, end))
  }

  /// The start of the next anchor word at or after `from`, with its end.
  static func nextAnchor(_ t: Tables, _ buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
    let cls = t.byteClass
    let count = buffer.count
    // A word starting at `from` itself counts unless a letter comes right before it.
    let atFrom = from < count && from > 0 && cls[Int(buffer[from])] & 2 != 0 && buffer[from] != UInt8(ascii: "'") && cls[Int(buffer[from - 1])] & 3 == 2
    var i = atFrom ? from : DateWordStart.next(cls, buffer, from: from)
    while i < count {
      let (end, anchor) = anchorWord(t, buffer, i)
      if anchor { return (i, end) }
      // The byte at `end` is no word byte: no word starts there.
      i = DateWordStart.next(cls, buffer, afterGap: end &+ 1)
    }
    return nil
  }

  /// Where a phrase holding the anchor at `anchor` may start, written to `starts` earliest
  /// first: the lead or anchor words before it on its line (at most 6, no earlier than
  /// `limit`), a symbol a date may start with right before it ("=2019", "'90s"), the anchor.
  static func starts(_ t: Tables, _ buffer: UnsafeBufferPointer<UInt8>, anchor: Int, limit: Int, into starts: inout DateStartList) {
    starts.removeAll()
    let cls = t.byteClass
    var j = anchor
    for _ in 0..<DateStartList.leadRoom {
      var k = j - 1
      while k >= limit, k >= 0, cls[Int(buffer[k])] & 4 != 0 { k -= 1 }
      guard k >= limit, k >= 0, cls[Int(buffer[k])] & 2 != 0 else { break }
      let end = k + 1
      while k > limit, k > 0, cls[Int(buffer[k - 1])] & 2 != 0 { k -= 1 }
      guard end - k <= 16 else { break }
      guard isLead(t, buffer, k, end) || isAnchor(t, buffer, k, end) else { break }
      starts.prepend(k)
      j = k
    }
    if anchor > limit, anchor > 0, buffer[anchor - 1] == UInt8(ascii: "=") || buffer[anchor - 1] == UInt8(ascii: "'") {
      starts.append(anchor - 1)
    }
    starts.append(anchor)
  }
}
