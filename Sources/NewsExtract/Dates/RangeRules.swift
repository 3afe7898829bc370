import NewsCore

/// Ranges between two dates: "from January to May 2025", "between 2007 and 2009",
/// "November 18-19", "2 to 7 Feb". Each side is read by the point rules; a side that leaves
/// out its year or month takes it from the other side.
enum RangeRules {
  /// Anything that can end a range, names stripped: the point forms plus bare days, months,
  /// years and "today" / "now".
  static let endpoint: String = {
    let forms = [
      AbsoluteRules.all.map(\.pattern),
      [PeriodRules.quarterPattern, PeriodRules.yearQuarter, PeriodRules.partOfPattern, PeriodRules.weekNumberPattern],
      WeekdayRules.all.filter { $0.id != "date.nth-weekday" }.map(\.pattern),
      [#"(?:today|tomorrow|yesterday|now|date|current\h+date|the\h+present)(?![a-z])"#],
      [#"(?:this|next|last)\h+(?:year|month|week)(?![a-z])"#],
      [#"\#(DateFragments.year)"#, DateFragments.month],
      ShortRules.all.filter { $0.id == "date.day" }.map(\.pattern),
    ].joined()
    // Years in words stay out of endpoints: they would push the range patterns past PCRE2's size limit.
    let yearWords = DateFragments.anonymous(DateFragments.yearWords)
    return "(?:" + forms.map { DateFragments.anonymous($0).replacingOccurrences(of: yearWords, with: "(?!)") }
      .joined(separator: "|") + ")"
  }()

  static let connector = #"(?:\h*-\h*|\h*,?\h+(?:to|till|until|through|thru|and)\h+(?:the\h+)?)"#
  static let suffix = #"(?:\h*,?\h*(?:(?:in|of)\h+)?(?<sfx>(?:1[0-9]|20)[0-9]{2})(?![0-9])|\h*(?:in\h+|of\h+)?(?<sfxrel>this|next|last|previous)\h+month(?![a-z]))?"#

  static let weekdayPair: String = {
    let weekday = DateFragments.anonymous(DateFragments.weekday)
    return #"(?:from\h+)?(?<wd1>\#(weekday))\h*(?:-|to|till|until|through|thru|and)\h*(?<wd2>\#(weekday))"#
  }()

  static let all: [DateRule] = [
    DateRule("date.range.week-weekdays", #"\#(WeekdayRules.weekRelative)\h+(?:between\h+)?\#(weekdayPair)|(?:between\h+)?\#(weekdayPair)\h+(?:of\h+)?(?:the\h+)?\#(WeekdayRules.weekRelative)"#, weekdaysOfWeek),
    DateRule("date.range.from", #"(?<pre>from|between)\h+(?:the\h+)?(?<left>\#(endpoint))(?<conn>\#(connector))(?<right>\#(endpoint))\#(suffix)"#, trigger: fromStart, range),
    DateRule("date.range", #"(?<![0-9./-])(?<left>\#(endpoint))\#(connector.replacingOccurrences(of: "|and", with: ""))(?<right>\#(endpoint))\#(suffix)"#, trigger: rangeStart, range),
  ]

  /// Where a range without "from" may start: a year, month or day before a connector
  /// that another year, month or day follows.
  static let rangeStart: String = {
    let month = DateFragments.anonymous(DateFragments.month)
    let weekday = DateFragments.anonymous(DateFragments.weekday)
    let conn = #"(?:\h*-\h*|\h+(?:to|till|until|through|thru)\h+(?:the\h+)?)"#
    let side = #"(?:(?:1[0-9]|20)[0-9]{2}(?![0-9])|\#(month)|\#(weekday)|[0-9]{1,2}(?:st|nd|rd|th)?\h*(?:of\h+)?\#(month)|today|tomorrow|now)"#
    let day = #"[0-9]{1,2}(?:st|nd|rd|th)?"#
    return #"\#(side)\#(conn)(?:\#(side)|\#(day))|\#(day)\#(conn)\#(side)|(?:\#(day)\h*(?:of\h+)?)?\#(month)[^\n]{1,24}?\#(conn)"#
  }()

  /// "from" or "between" with a month, year, weekday or day word close after it.
  static let fromStart: String = {
    let month = DateFragments.anonymous(DateFragments.month)
    let weekday = DateFragments.anonymous(DateFragments.weekday)
    return #"(?:from|between)\h+(?=[^\n]{0,40}?(?:\#(month)|\#(weekday)|(?<![0-9])(?:1[0-9]|20)[0-9]{2}|[0-9](?:st|nd|rd|th)|today|tomorrow|now|q[1-4]|week|month|year))"#
  }()

  /// "next week from Monday to Wednesday", "Tuesday to Thursday this week".
  static func weekdaysOfWeek(_ m: DateMatch) -> DateReading? {
    guard let a = m.weekday("wd1"), let b = m.weekday("wd2"), a < b, let wk = m["wk"] else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    let shift = ["next": 1, "following": 1, "coming": 1, "previous": -1, "last": -1][wk] ?? 0
    let monday = ref.adding(days: 7 * shift).mondayOfWeek
    return .days(monday.adding(days: a - 1), monday.adding(days: b - 1))
  }

  static func range(_ m: DateMatch) -> DateReading? {
    guard var left = m.reading(of: "left"), var right = m.reading(of: "right") else { return nil }
    if m["pre"] == "from", m["conn"]?.contains("and") == true { return nil }
    if let rel = m["sfxrel"] {
      guard let ref = m.reference else { return .unresolved(.day) }
      let month = CalendarDay(year: ref.year, month: ref.month, day: 1).adding(months: rel == "this" ? 0 : (rel == "next" ? 1 : -1))
      for side in [\DateReading.start, \DateReading.end] {
        if left[keyPath: side].month == nil { left[keyPath: side].month = month.month; left[keyPath: side].year = month.year }
        if right[keyPath: side].month == nil { right[keyPath: side].month = month.month; right[keyPath: side].year = month.year }
      }
      left.relative = true
    }
    if let y = m.int("sfx") {
      if left.start.year == nil { left.start.year = y; left.end.year = y }
      if right.start.year == nil { right.start.year = y; right.end.year = y }
    }
    guard !(left.start.month == nil && right.end.month == nil && (left.start.precision == .day || right.end.precision == .day))
      || left.relative || right.relative
    else { return nil }
    // A bare year beside a month-less day is no range ("2014 - 5").
    if left.start.precision != right.end.precision, left.start.month == nil || right.end.month == nil,
      !left.relative && !right.relative, left.start.year == nil || right.end.year == nil
    {
      return nil
    }
    var leftYearInherited = false, rightYearInherited = false, rightMonthInherited = false
    let bothYearsOpen = left.start.year == nil && right.end.year == nil && !left.relative && !right.relative
    if left.isPoint, left.start.year == nil, let y = right.start.year {
      left.start.year = y; left.end.year = y; leftYearInherited = true
    }
    if left.isPoint, left.start.precision == .day, left.start.month == nil, let mo = right.start.month {
      left.start.month = mo; left.end.month = mo
    }
    if right.isPoint, right.end.precision == .day, right.end.month == nil, let mo = left.end.month {
      right.start.month = mo; right.end.month = mo; rightMonthInherited = true
    }
    if right.isPoint, right.end.year == nil, let y = left.end.year {
      right.start.year = y; right.end.year = y; rightYearInherited = true
    }
    m.grammar.complete(&left, environment: m.environment)
    m.grammar.complete(&right, environment: m.environment)
    if let a = left.start.firstDay, let b = right.end.lastDay, a > b {
      if rightMonthInherited, let mo = right.end.month {
        let next = CalendarDay(year: right.end.year ?? 0, month: mo, day: 1).adding(months: 1)
        right.start.month = next.month; right.end.month = next.month
        right.start.year = next.year; right.end.year = next.year
      } else if rightYearInherited || bothYearsOpen || right.relative && !left.relative && right.isPoint && right.start.precision == .month {
        right.start.year = right.start.year.map { $0 + 1 }; right.end.year = right.start.year
      } else if leftYearInherited {
        left.start.year = left.start.year.map { $0 - 1 }; left.end.year = left.start.year
      } else {
        return nil
      }
    }
    var r = DateReading(from: left.start, to: right.end, relative: left.relative || right.relative)
    r.ambiguous = left.ambiguous || right.ambiguous
    r.unresolved = left.unresolved || right.unresolved
    r.anaphoric = left.anaphoric || right.anaphoric
    return r
  }
}

/// Forms that are dates only as a range endpoint or a shift's anchor: a bare month, year,
/// day number, and "now" / "date".
enum EndpointRules {
  static let all: [DateRule] = [
    DateRule("date.endpoint.now", #"(?:now|date|current\h+date|the\h+present)(?![a-z])"#, scope: .endpoint) { m in
      guard let ref = m.reference else { return .unresolved(.day) }
      return .day(ref)
    },
    DateRule("date.endpoint.year", DateFragments.year, scope: .endpoint) { m in m.year.map { DateReading(DatePoint(year: $0)) } },
    DateRule("date.endpoint.month", DateFragments.month, scope: .endpoint) { m in
      m.month().map { DateReading(DatePoint(year: nil, month: $0)) }
    },
    DateRule("date.endpoint.day", #"(?:the\h+)?(?:\#(DateFragments.day)|\#(DateFragments.dayWord))"#, scope: .endpoint) { m in
      m.dayOfMonth.map { DateReading(DatePoint(year: nil, month: nil, day: $0)) }
    },
  ]
}
