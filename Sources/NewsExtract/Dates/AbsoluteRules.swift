import NewsCore

/// Dates written out in full or in part: numeric forms, month names, years.
enum AbsoluteRules {
  static let weekdayPrefix = #"(?:(?<wmod>this|next|last)\h+)?(?:\#(DateFragments.anonymous(P.weekday))\h*[,-]?\h*)?"#

  static let all: [DateRule] = [
    DateRule("date.iso", #"(?<![0-9.]|[0-9][-/])\#(P.year)(?<s1>[-/.])(?<m>1[0-2]|0?[1-9])(?<s2>[-/.])(?<d>[12][0-9]|3[01]|0?[1-9])(?![0-9]|\.[0-9])"#, iso),
    DateRule("date.iso-compact", #"(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"#, iso),
    DateRule("date.numeric", #"(?<![0-9.\-/+])(?<a>[0-9]{1,2})(?<s1>[-/.])(?<b>[0-9]{1,2})(?:(?<s2>[-/.])|,\h*)(?<y>[0-9]{4}|[0-9]{2})(?![0-9]|\.[0-9]|/[0-9])"#, numeric),
    DateRule("date.year-monthname-day", #"(?<![0-9])\#(P.year)[-/]\#(P.month)[-/]\#(P.day)"#, monthDayYear),
    DateRule("date.year-day-monthname", #"(?<![0-9])\#(P.year)[-/]\#(P.day)[-/]\#(P.month)"#, monthDayYear),
    DateRule("date.month-day-year", #"\#(weekdayPrefix)\#(P.month)\h*[-/]?\h*(?:the\h+)?(?:\#(P.dayWord)|\#(P.day))(?:(?:\h*,\h*|\h+in\h+|\h+|\h*,?\h*of\h+|\h*[-/]\h*)\#(P.anyYear))?"#, monthDayYear),
    DateRule("date.day-month-year", #"\#(weekdayPrefix)(?:the\h+)?(?:\#(P.day)\.?|\#(P.dayWord)(?:\h+day)?)(?:\h+of\h+|\h*[-/.]?\h*)\#(P.month)(?:(?:\h*,\h*|\h+in\h+|\h+|\h*,?\h*of\h+|\h*[-/]\h*)\#(P.anyYear)|\h+of\h+'?(?<yy>[0-9]{2})(?![0-9]))?"#, monthDayYear),
    DateRule("date.month-year", #"\#(P.month)(?:(?:\h*,?\h*(?:of\h+|in\h+)?|\h*[-/]\h*)\#(P.anyYear)|\h+of\h+'?(?<yy>[0-9]{2})(?![0-9]))"#, monthDayYear),
    DateRule("date.year-month", #"(?<![0-9.,$])\#(P.year)\h*,?\h*\#(P.month)"#, monthDayYear),
    DateRule("date.year-range", #"(?<![0-9.,\-/$])(?<y1>(?:1[0-9]|20)[0-9]{2})(?:\h*-\h*|(?<slash>/))(?<y2>(?:1[0-9]|20)?[0-9]{2})(?![0-9]|\h*%|\h*percent|[-/][0-9])"#, yearRange),
    DateRule("date.numeric-month-year", #"(?<![0-9.,\-/$])(?:\#(P.year)\h*(?<sep>[-/.])\h*(?<m>1[0-2]|0?[1-9])(?![0-9]|\h*[-/.]\h*[0-9]|%)|(?<m2>1[0-2]|0?[1-9])\h*[-/]\h*(?<y2>(?:1[0-9]|20)[0-9]{2})(?![0-9]|[-/.][0-9]))"#, numericMonthYear),
  ]

  static func iso(_ m: DateMatch) -> DateReading? {
    if let s1 = m["s1"], s1 != m["s2"] { return nil }
    guard let y = m.year, let mo = m.int("m"), let d = m.int("d") else { return nil }
    let p = DatePoint(year: y, month: mo, day: d)
    return p.isValid ? DateReading(p) : nil
  }

  /// `28.07.2025`, `02/22/2016`, `9-18-15`: day-first when the first number is over 12 or the
  /// locale says so; month-first for slashes and dashes, day-first for dots otherwise, flagged
  /// ambiguous when both readings are real days.
  static func numeric(_ m: DateMatch) -> DateReading? {
    guard let a = m.int("a"), let b = m.int("b"), let yText = m["y"], var y = Int(yText) else { return nil }
    if let s2 = m["s2"], s2 != m["s1"] { return nil }
    if yText.count == 2 { y = DateParts.century(of: y) }
    let dayFirstReading = DatePoint(year: y, month: b, day: a)
    let monthFirstReading = DatePoint(year: y, month: a, day: b)
    let both = dayFirstReading.isValid && monthFirstReading.isValid && a != b
    let preferDayFirst = m.environment.dayFirst ?? (m["s1"] == ".")
    let point: DatePoint
    if both {
      point = preferDayFirst ? dayFirstReading : monthFirstReading
    } else if dayFirstReading.isValid {
      point = dayFirstReading
    } else if monthFirstReading.isValid {
      point = monthFirstReading
    } else {
      return nil
    }
    var r = DateReading(point)
    r.ambiguous = both && m.environment.dayFirst == nil
    return r
  }

  /// Any combination of a month name with a day and/or a year; a missing year stays open.
  static func monthDayYear(_ m: DateMatch) -> DateReading? {
    guard let month = m.month() else { return nil }
    let day = m.dayOfMonth
    let year = m.year
    if year == nil, !MonthGate.accepts(m, withDay: day != nil) { return nil }
    let p = DatePoint(year: year, month: month, day: day)
    guard p.isValid else { return nil }
    if !m.has("weekday"), let r = DateParts.occurrence(of: p, modifier: m["wmod"], reference: m.reference) { return r }
    // "Monday, May 6" without its year: the year, nearest the reference, where May 6 is a Monday.
    if year == nil, let d = day, let wd = leadingWeekday(m), let ref = m.reference {
      for y in [ref.year, ref.year - 1, ref.year + 1] {
        if let candidate = CalendarDay(validYear: y, month: month, day: d), candidate.weekday == wd,
          abs(candidate.ordinal - ref.ordinal) <= DateYearChoice.far
        {
          return .day(candidate)
        }
      }
    }
    return DateReading(p)
  }

  /// The weekday (1 = Monday) a match opens with ("Monday, May 6"), if it does.
  static func leadingWeekday(_ m: DateMatch) -> Int? {
    let first = DateContext.wordAfter(m.range.lowerBound, in: m.text.bytes)
    let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    guard first.count >= 3, let index = names.firstIndex(of: String(first.prefix(3))) else { return nil }
    return index + 1
  }

  /// `2014-2018`, `2024–2025`, `2016-17`, `2025/26`; the end must come after the start.
  static func yearRange(_ m: DateMatch) -> DateReading? {
    guard let y1 = m.int("y1"), let t2 = m["y2"], var y2 = Int(t2) else { return nil }
    if t2.count == 2 {
      y2 += y1 / 100 * 100
      guard y2 - y1 <= 10, !m.text.view(of: m.range).contains(" ") else { return nil }
    }
    guard y2 > y1, y2 - y1 <= 100 else { return nil }
    // "2025/26" is a season or fiscal year; "2016/11" a month.
    if m.has("slash"), t2.count != 2 || y2 != y1 + 1 { return nil }
    return DateReading(from: DatePoint(year: y1), to: DatePoint(year: y2))
  }

  /// `2015-12`, `2016/11`, `12-2015`, `3/2015`; `2016-17` is left to the year range.
  static func numericMonthYear(_ m: DateMatch) -> DateReading? {
    if let y = m.year, let mText = m["m"], let mo = Int(mText) {
      if m["sep"] == "-", mText.count == 2, mo > y % 100 { return nil }
      if m["sep"] == ".", DateContext.wordAfter(m.range.upperBound, in: m.text.bytes) != "" { return nil }
      return DateReading(DatePoint(year: y, month: mo))
    }
    guard let mo = m.int("m2"), let y = m.int("y2") else { return nil }
    return DateReading(DatePoint(year: y, month: mo))
  }
}

/// When a month name without a year is a date: "in May", "May 21" yes; "May I ask",
/// "Theresa May", "the march" no.
enum MonthGate {
  static let verbLike: Set<String> = ["may", "march"]
  /// What must come before a lower-case "may" or "march" for it to be the month.
  static let strictIntroducers: Set<String> = [
    "in", "of", "since", "until", "till", "by", "during", "from", "through", "early", "mid", "late", "next", "last",
  ]

  static func accepts(_ m: DateMatch, withDay: Bool) -> Bool {
    guard let word = m["month"] else { return false }
    let capitalized = m.isCapitalized("month")
    if withDay { return capitalized || !verbLike.contains(word) || DateVocabulary.dateIntroducers.contains(m.wordBefore) }
    let before = m.wordBefore
    let introduced = DateVocabulary.dateIntroducers.contains(before) && before != "the"
      || before == "the" && capitalized
    if verbLike.contains(word), !capitalized { return strictIntroducers.contains(before) }
    if verbLike.contains(word) || word.count <= 4 && word != "june" && word != "july" { return introduced }
    if !capitalized { return introduced }
    // "June Carter", "August Wilson": a capitalized word after a name-like month.
    if !introduced, DateContext.nextWordIsCapitalized(m.range.upperBound, in: m.text.bytes) { return false }
    return true
  }
}
