import NewsCore

/// Short forms that are dates only in context: a bare year, a bare month, a bare day,
/// decades and centuries, and the anaphoric "the same year".
enum ShortRules {
  static let all: [DateRule] = [
    DateRule("date.anaphoric-year", #"(?:\#(P.month)\h+(?:of\h+)?)?(?:the\h+same|that)\h+year(?![a-z])"#, anaphoricYear),
    DateRule("date.anaphoric-day", #"the\h+same\h+day(?![a-z])"#, anaphoricDay),
    DateRule("date.decade", #"(?<![0-9])(?:the\h+)?(?:(?<part>early|mid|late)[\h-]+)?(?:(?<cent>1[0-9]|20)(?<dec>[0-9])0|(?<apos>')?(?<dec2>[0-9])0)\h?'?s(?![a-z0-9])"#, decade),
    DateRule("date.decade-words", #"(?:the\h+)?(?<name>noughties|twenty[\h-]tens|(?:nineteen[\h-]|(?<=the\h))(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![a-z])"#, decadeWords),
    DateRule("date.century", #"(?:the\h+)?(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)|\#(DateFragments.ordinalDayWord))\h+century(?![a-z])"#, century),
    DateRule("date.fiscal-year", #"(?<![a-z])(?:(?:cy|fy)\h*(?:\#(P.year)|(?<yy>[0-9]{2})(?![0-9]))|(?:fiscal|calendar)\h+(?:year\h+)?\#(P.year))"#, plainYear),
    DateRule("date.year", #"(?<![0-9$€£¥.,:/#\-+]|[a-z]|[0-9]\h-\h)(?:(?<yw>year)\h+)?\#(P.year)(?![0-9]|[.,][0-9]|\h*%|\h*per\h*cent|-[a-z]|\h*-\h*[0-9])"#, year),
    DateRule("date.year-words", #"(?:(?<yw>year)\h+)\#(P.yearWords)|(?<=\bin\h)\#(P.yearWords)"#, plainYear),
    DateRule("date.month", #"(?<![$@#])\#(P.month)"#, month),
    DateRule("date.month-day-numeric", #"(?:(?<nx>next|last)\h+)?(?<![0-9.,\-/$])(?<m>1[0-2]|0?[1-9])(?<sep>[/.])(?<d>[12][0-9]|3[01]|0?[1-9])(?![0-9]|[./-][0-9]|\h*%|\h*per)"#, monthDayNumeric),
    DateRule("date.day", #"(?:the\h+)?(?:(?<day>[12][0-9]|3[01]|0?[1-9])(?<suffix>st|nd|rd|th)?(?![0-9]|[./-][0-9]|-[a-z])|\#(DateFragments.ordinalDayWord))(?:\h+(?:of\h+)?(?<rel>this|next|last|previous)\h+month)?"#, dayAlone),
  ]

  static func anaphoricYear(_ m: DateMatch) -> DateReading? {
    let month = m.month()
    if let y = m.environment.lastYear {
      var r = DateReading(DatePoint(year: y, month: month))
      r.anaphoric = true
      return r
    }
    guard let ref = m.reference else { return DateReading(DatePoint(year: nil, month: month)) }
    return DateReading(DatePoint(year: ref.year, month: month), relative: true)
  }

  /// "resigned on Nov. 28; the chairman quit the same day": the story's last day.
  static func anaphoricDay(_ m: DateMatch) -> DateReading? {
    guard let day = m.environment.lastDay else { return nil }
    var r = DateReading.day(day, relative: false)
    r.anaphoric = true
    return r
  }

  static func decade(_ m: DateMatch) -> DateReading? {
    let first: Int
    var count = 10
    if let c = m.int("cent"), let d = m.int("dec") {
      first = c * 100 + d * 10
      // "the 1800s", "the 1900s": a century; "the 2000s" stays the decade.
      if d == 0, c < 20 { count = 100 }
    } else if let d = m.int("dec2") {
      let introduced = m["apos"] != nil || DateContext.lowercased(m.text.bytes, m.range).hasPrefix("the") || m.wordBefore == "in"
      guard introduced else { return nil }
      first = DateParts.century(of: d * 10)
    } else {
      return nil
    }
    if let part = m["part"] { return DateParts.part(part, ofYears: first, count: count) }
    return DateReading(from: DatePoint(year: first), to: DatePoint(year: first + count - 1))
  }

  static func decadeWords(_ m: DateMatch) -> DateReading? {
    guard let name = m["name"]?.replacingOccurrences(of: "-", with: " ") else { return nil }
    let tens = ["twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90]
    let first: Int
    if name == "noughties" { first = 2000 } else if name.hasPrefix("twenty") { first = 2010 } else {
      guard let t = tens[String(name.split(separator: " ").last ?? "")] else { return nil }
      first = 1900 + t
    }
    return DateReading(from: DatePoint(year: first), to: DatePoint(year: first + 9))
  }

  static func century(_ m: DateMatch) -> DateReading? {
    guard let n = m.dayOfMonth, n >= 1 else { return nil }
    return DateReading(from: DatePoint(year: (n - 1) * 100), to: DatePoint(year: (n - 1) * 100 + 99))
  }

  static func plainYear(_ m: DateMatch) -> DateReading? {
    m.year.map { DateReading(DatePoint(year: $0)) }
  }

  /// A bare four-digit year, only where the context makes it one: after "in", "since",
  /// "the" …, before punctuation or before a noun a year qualifies ("2024 election");
  /// never "2000 pieces".
  static func year(_ m: DateMatch) -> DateReading? {
    guard let y = m.year, (1000...2199).contains(y) else { return nil }
    let before = m.wordBefore
    let introduced = m.has("yw") || DateVocabulary.yearIntroducers.contains(before)
      || (DateVocabulary.yearDeterminers.contains(before) && (1900...2099).contains(y))
    let after = DateContext.wordAfter(m.range.upperBound, in: m.text.bytes)
    let namesEvent = (1900...2100).contains(y) && DateVocabulary.yearNouns.contains(after)
    if DateVocabulary.numberedNouns.contains(before) { return nil }  // "room 2025", "Route 2019"
    if !introduced && !namesEvent
      && !(after.isEmpty && (1800...2100).contains(y) && !DateContext.isNumberListed(after: m.range.upperBound, in: m.text.bytes)
        && !inRowOfNumbers(m))
    {
      return nil
    }
    return DateReading(DatePoint(year: y))
  }

  /// "0800 2024 1234", "North 1998 | South 2003": a number between digit groups or table
  /// bars is no year.
  static func inRowOfNumbers(_ m: DateMatch) -> Bool {
    let bytes = m.text.bytes
    var i = m.range.lowerBound - 1
    while i >= 0, bytes[i] == 0x20 { i -= 1 }
    if i >= 0, bytes[i] >= 0x30 && bytes[i] <= 0x39 || bytes[i] == UInt8(ascii: "|") { return true }
    // "| East 2011": a table cell's label before it
    var k = i
    while k >= 0, DateContext.isLetter(bytes[k]) { k -= 1 }
    while k >= 0, bytes[k] == 0x20 { k -= 1 }
    if k < i, k >= 0, bytes[k] == UInt8(ascii: "|") { return true }
    var j = m.range.upperBound
    while j < bytes.count, bytes[j] == 0x20 { j += 1 }
    return j < bytes.count && (bytes[j] >= 0x30 && bytes[j] <= 0x39 || bytes[j] == UInt8(ascii: "|"))
  }

  static func month(_ m: DateMatch) -> DateReading? {
    guard let month = m.month(), MonthGate.accepts(m, withDay: false) else { return nil }
    return DateReading(DatePoint(year: nil, month: month))
  }

  /// "the 27th", "on the 4th", "the 20th of next month": the day in the reference month.
  static func dayAlone(_ m: DateMatch) -> DateReading? {
    guard let d = m.dayOfMonth else { return nil }
    if let rel = m["rel"] {
      guard let ref = m.reference else { return .unresolved(.day) }
      let shift = rel == "this" ? 0 : (rel == "next" ? 1 : -1)
      let month = CalendarDay(year: ref.year, month: ref.month, day: 1).adding(months: shift)
      let p = DatePoint(year: month.year, month: month.month, day: d)
      return p.isValid ? DateReading(p, relative: true) : nil
    }
    // The words before and in the match read in place (`wordBefore == "on"` and so on).
    let bytes = m.text.bytes
    let at = m.range.lowerBound
    let accepted: Bool
    if DateContext.startsWithThe(bytes, m.range) {
      accepted = m.has("suffix") || m.has("dayword") || DateContext.isWord(before: at, in: bytes, "on")
        || DateContext.isWord(before: at, in: bytes, "for") || DateContext.isWord(before: at, in: bytes, "by")
        || DateContext.isWord(before: at, in: bytes, "until") || DateContext.isWord(before: at, in: bytes, "till")
    } else {
      accepted = DateContext.isWord(before: at, in: bytes, "on") && m.has("day")
    }
    guard accepted else { return nil }
    guard DayGate.endsClause(m) else { return nil }
    // "the first 48 hours", "on 7 of 9 counts": a number or "of" and a number after it.
    let next = DateContext.wordAfter(m.range.upperBound, in: bytes)
    if next.isEmpty || next == "of", DateTense.numberFollows(m.range.upperBound, in: bytes, skipping: next) { return nil }
    // "flying out July 4th and back the 18th": the month of the story's last day.
    if let last = m.environment.lastDay, last != m.reference, !m.has("rel") {
      let p = DatePoint(year: last.year, month: last.month, day: d)
      if p.isValid {
        var r = DateReading(p, relative: false)
        r.anaphoric = true
        return r
      }
    }
    return DateReading(DatePoint(year: nil, month: nil, day: d))
  }

  /// `4/22`, `on 5.12`: month first, only where nothing makes it a fraction or a decimal.
  static func monthDayNumeric(_ m: DateMatch) -> DateReading? {
    guard let mo = m.int("m"), let d = m.int("d") else { return nil }
    let before = m.wordBefore
    if m["sep"] == "." && before != "on" && DateVocabulary.weekdayByPrefix[String(before.prefix(3))] == nil { return nil }
    guard DayGate.endsClause(m) else { return nil }
    let p = DatePoint(year: nil, month: mo, day: d)
    guard p.isValid else { return nil }
    return DateParts.occurrence(of: p, modifier: m["nx"], reference: m.reference) ?? DateReading(p)
  }
}

/// Whether a short date form stands alone: followed by punctuation, the end of the line or a
/// word that cannot be the noun it counts ("the 4th of", "the 4th and", not "the 4th round").
enum DayGate {
  static let neutralFollowers: Set<String> = [
    "", "and", "or", "to", "at", "through", "till", "until", "this", "next", "last", "is", "was",
    "will", "would", "should", "for", "in", "on", "we", "i", "with", "from", "meeting", "of", "but",
  ]

  static func endsClause(_ m: DateMatch) -> Bool {
    neutralFollowers.contains(DateContext.wordAfter(m.range.upperBound, in: m.text.bytes))
  }
}
