import NewsCore

/// Days of the week: "on Monday" (the nearest such day, past unless the clause speaks of the
/// future), "next Friday", "Tuesday of next week", "Monday 21", "the first Friday of July".
enum WeekdayRules {
  static let modifier = #"(?<mod>this\h+past|this\h+coming|this\h+upcoming|this|next|last|previous|past|coming|upcoming|following)"#
  static let weekRelative = #"(?<wk>next|following|previous|last|this|coming|current)\h+week"#

  static let all: [DateRule] = [
    DateRule("date.weekday-numeric", #"(?:(?:this|next|last)\h+)?\#(P.weekday)\h*[-,]?\h*(?<m>1[0-2]|0?[1-9])(?<sep>[./-])(?<d>[12][0-9]|3[01]|0?[1-9])(?![0-9]|[./-][0-9])"#, weekdayNumeric),
    DateRule("date.nth-weekday", #"(?:the\h+)?\#(DateFragments.ordinal)\h+\#(P.weekday)(?:\h+(?:of|in)\h+(?:(?<rel>this|next|last|previous)\h+month|\#(P.month)(?:\h*,?\h*\#(P.year))?))?"#, nthWeekday),
    DateRule("date.weekday-of-week", #"(?:on\h+)?\#(P.weekday)\h*,?\h+(?:of\h+)?(?:the\h+)?\#(weekRelative)"#, weekdayOfWeek),
    DateRule("date.week-weekday", #"\#(weekRelative)\h*(?:-\h*|on\h+|,\h*)?\#(P.weekday)"#, weekdayOfWeek),
    DateRule("date.weekday-day", #"\#(P.weekday)\h*,?\h*(?:the\h+)?(?:\#(P.dayWord)|\#(P.day))(?![0-9]|\h*(?:[:.][0-9]|am|pm|a\.m|p\.m|o'clock|%|days?|weeks?|months?|years?))"#, weekdayDay),
    DateRule("date.weekday", #"(?:\#(modifier)\h+)?\#(P.weekday)"#, weekday),
  ]

  static func weekdayNumeric(_ m: DateMatch) -> DateReading? {
    guard let mo = m.int("m"), let d = m.int("d") else { return nil }
    let p = DatePoint(year: nil, month: mo, day: d)
    return p.isValid ? DateReading(p) : nil
  }

  static func nthWeekday(_ m: DateMatch) -> DateReading? {
    guard let wd = m.weekday(), let ordText = m["ord"] else { return nil }
    let n = ordText == "last" ? -1 : (DateVocabulary.dayOrdinals[ordText] ?? Int(ordText.filter(\.isNumber)) ?? 0)
    guard n != 0, n > 0 || m.has("rel") || m.has("month") else { return nil }
    var year = m.year
    var month = m.month()
    var relative = false
    if let rel = m["rel"] {
      guard let ref = m.reference else { return .unresolved(.day) }
      let first = CalendarDay(year: ref.year, month: ref.month, day: 1).adding(months: rel == "this" ? 0 : (rel == "next" ? 1 : -1))
      year = first.year
      month = first.month
      relative = true
    }
    if month == nil, year == nil, m.reference == nil { return .unresolved(.day) }
    if month == nil, let ref = m.reference { month = ref.month; year = ref.year; relative = true }
    if year == nil, let ref = m.reference, let mo = month {
      // "the first Monday of January" asked for in December is next January's.
      let first = CalendarDay(year: ref.year, month: mo, day: 1)
      year = ref.year + DateYearChoice.shift(first: first, last: first.lastOfMonth, reference: ref, lean: { DateTense.lean(around: m.range, in: m.text.bytes) })
      relative = true
    }
    guard let y = year, let mo = month, let day = CalendarDay.nth(n, weekday: wd, month: mo, year: y) else {
      return nil
    }
    return .day(day, relative: relative)
  }

  static func weekdayOfWeek(_ m: DateMatch) -> DateReading? {
    guard let wd = m.weekday(), let wk = m["wk"] else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    let shift = ["next": 1, "following": 1, "coming": 1, "previous": -1, "last": -1][wk] ?? 0
    return .day(ref.adding(days: 7 * shift).inSameWeek(weekday: wd))
  }

  /// "Monday 21": the latest month, from the reference month back, whose 21st is a Monday.
  static func weekdayDay(_ m: DateMatch) -> DateReading? {
    guard let wd = m.weekday(), let d = m.dayOfMonth else { return nil }
    guard m.isCapitalized("weekday") || m.has("dayword") || DateVocabulary.dateIntroducers.contains(m.wordBefore) else {
      return nil
    }
    guard let ref = m.reference else { return DateReading(DatePoint(year: nil, month: nil, day: d)) }
    // The nearest month where that day falls on that weekday: back from the reference month
    // when the sentence tells of the past, ahead from it otherwise ("Can we do Wednesday 12th?").
    let ahead = DateTense.pointsAhead(m)
    var first = CalendarDay(year: ref.year, month: ref.month, day: 1)
    for _ in 0..<48 {
      if d <= CalendarDay.daysIn(month: first.month, year: first.year) {
        let candidate = CalendarDay(year: first.year, month: first.month, day: d)
        if candidate.weekday == wd, !ahead || candidate >= ref { return .day(candidate) }
      }
      first = first.adding(months: ahead ? 1 : -1)
    }
    return nil
  }

  static func weekday(_ m: DateMatch) -> DateReading? {
    guard let wd = m.weekday(), let word = m["weekday"] else { return nil }
    let mod = m["mod"].map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
    if mod == nil {
      let full = word.count >= 6
      let intro = DateVocabulary.dateIntroducers.contains(m.wordBefore)
      guard full && (m.isCapitalized("weekday") || intro) || intro && m.wordBefore != "the" else { return nil }
    }
    guard let ref = m.reference else { return .unresolved(.day) }
    let daysBack = (ref.weekday - wd + 7) % 7
    // The nearest such day, the reference day itself included: "said on Tuesday" in a story of a Tuesday is that day.
    let past = ref.adding(days: -daysBack)
    let ahead = (wd - ref.weekday + 7) % 7
    switch mod {
    case "this": return .day(ref.inSameWeek(weekday: wd))
    case "next", "following": return .day(ref.adding(days: 7).inSameWeek(weekday: wd))
    case "last", "previous", "past": return .day(ref.adding(days: -7).inSameWeek(weekday: wd))
    case "this past": return .day(ref.adding(days: daysBack == 0 ? -7 : -daysBack))
    case "coming", "upcoming", "this coming", "this upcoming": return .day(ref.adding(days: ahead == 0 ? 7 : ahead))
    default: return .day(DateTense.pointsAhead(m) ? ref.adding(days: ahead) : past)
    }
  }
}
