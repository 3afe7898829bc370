import NewsCore

/// Parts of a year, month or week: quarters, halves, "the first four months of 2025",
/// ISO weeks, "the week of May 5", "early 2025", "mid-November", "the end of next week".
enum PeriodRules {
  static let yearTail = #"(?:\h*(?:of|,|-|in)?\h*(?:the\h+)?(?:(?<fy>fiscal\h+)?\#(P.anyYear)|\#(P.relativeOf)|(?<bare>year)(?![a-z])))"#
  static let year2 = #"(?<year2>(?:1[0-9]|20|21)[0-9]{2})(?![0-9])"#
  /// What a period is "of": a year, a month (and year), "this year", "next month", "the year".
  static func ofUnit(bare: String = "year|month") -> String {
    #"(?:the\h+)?(?:\#(P.anyYear)|\#(P.month)(?:\h*,?\h*\#(year2))?|\#(P.relativeOf)|(?<bare>\#(bare))(?![a-z]))"#
  }

  static let yearQuarter = #"(?<![0-9])\#(P.year)\h*-?\h*q(?<q>[1-4])(?![0-9a-z])"#
  static let quarterPattern = #"(?:the\h+)?(?:(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\h+|-)quarter|q(?<q>[1-4])(?![0-9a-z]))\#(yearTail)?"#
  static let partOfPattern = #"(?:the\h+)?(?<part>early|earlier|beginning|start|mid|middle|late|later|end)(?:\h+of|\h*-|\h+in(?=\h+the\h+(?:year|month|week)))?\h*\#(ofUnit(bare: "year|month|week|decade|century"))"#
  static let weekNumberPattern = #"(?:the\h+)?week\h*(?<w>[0-9]{1,2})(?![0-9])(?:\h+of\h+(?:\#(P.year)|\#(P.relativeOf)))?"#
  static let all: [DateRule] = [
    DateRule("date.year-quarter", yearQuarter, quarter),
    DateRule("date.quarter", quarterPattern, quarter),
    DateRule("date.quarter-compact", #"(?<![0-9a-z.])(?<q>[1-4])q\h?(?:\#(P.year)|'?(?<yy>[0-9]{2})(?![0-9]))(?![0-9a-z])"#, quarter),
    DateRule("date.half-compact", #"(?<![0-9a-z.])(?<h>[12])h\h?(?:\#(P.year)|'?(?<yy>[0-9]{2})(?![0-9]))(?![0-9a-z])"#, half),
    DateRule("date.year-half", #"(?<![0-9])\#(P.year)\h*-?\h*h(?<h>[12])(?![0-9a-z])"#, half),
    DateRule("date.half", #"(?:the\h+)?(?:(?<ord>first|second|1st|2nd|latter)\h+half|h(?<h>[12])(?![0-9a-z]))\#(yearTail)?"#, half),
    DateRule("date.first-n-units", #"(?:the\h+)?(?<edge>first|last|final)\h+\#(P.count)\h+\#(P.unit)\h+of\h+\#(ofUnit())"#, firstUnits),
    DateRule("date.nth-unit", #"(?:the\h+)?(?:(?<last>last)|\#(DateFragments.ordinalDayWord)|(?<day>[0-9]{1,2})(?:st|nd|rd|th))\h+(?<u>week|month|day)\h+(?:of\h+\#(ofUnit())|\#(P.relativeOf))"#, nthUnit),
    DateRule("date.week-number", weekNumberPattern, weekNumber),
    DateRule("date.week-of", #"(?:(?:the\h+)?week\h+(?:of|beginning|commencing|starting)(?:\h+on)?\h+|w/c\h+)(?<base>\#(RangeRules.endpoint))"#,
             trigger: #"(?:(?:the\h+)?week\h+(?:of|beginning|commencing|starting)|w/c)\h"#, weekOf),
    DateRule("date.part-of", partOfPattern, partOf),
    DateRule("date.end-of-year", #"(?<![a-z])(?:(?<eo>eoy|eom)|(?:the\h+)?(?<eo>year|month)[\h-]end)(?![a-z])"#, endOf),
  ]

  /// The year a period phrase names: a number, "this/next/last year", or (bare "the year")
  /// the reference year.
  static func namedYear(_ m: DateMatch) -> (year: Int, relative: Bool)?? {
    if let y = m.year ?? m.int("year2") { return (y, false) }
    if let rel = m["rel"] {
      guard let ref = m.reference else { return .some(nil) }
      let shift = rel == "this" || rel == "current" ? 0 : (rel.hasSuffix("following") || rel == "next" ? 1 : -1)
      if m["relunit"] == "month" || m["relunit"] == "week" { return .some(nil) }
      return (ref.year + shift, true)
    }
    if m.has("bare") { return m.reference.map { ($0.year, true) } ?? .some(nil) }
    return nil
  }

  static func quarter(_ m: DateMatch) -> DateReading? {
    var q = m.int("q")
    if let ord = m["ord"] {
      q = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4][ord]
    }
    guard let quarter = q else { return nil }
    let named = namedYear(m)
    if named == nil, m["ord"] == "last" { return nil }  // "last quarter": the relative rule
    let year: Int
    var relative = false
    switch named {
    case .some(.some(let y)): year = y.year; relative = y.relative
    case .some(.none): return .unresolved(.month)
    case .none:
      guard let ref = m.reference else { return .unresolved(.month) }
      // "Growth slowed in the fourth quarter", said in January: the quarter just gone.
      let first = CalendarDay(year: ref.year, month: quarter * 3 - 2, day: 1)
      let last = CalendarDay(year: ref.year, month: quarter * 3, day: 1).lastOfMonth
      year = ref.year + DateYearChoice.shift(first: first, last: last, reference: ref, lean: { DateTense.lean(around: m.range, in: m.text.bytes) })
      relative = true
    }
    return DateReading(from: DatePoint(year: year, month: quarter * 3 - 2), to: DatePoint(year: year, month: quarter * 3), relative: relative)
  }

  static func half(_ m: DateMatch) -> DateReading? {
    var h = m.int("h")
    if let ord = m["ord"] { h = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2][ord] }
    guard let half = h else { return nil }
    let named = namedYear(m)
    guard case .some(.some(let y)) = named else { return named == nil ? nil : .unresolved(.month) }
    return DateReading(from: DatePoint(year: y.year, month: half * 6 - 5), to: DatePoint(year: y.year, month: half * 6), relative: y.relative)
  }

  static func firstUnits(_ m: DateMatch) -> DateReading? {
    guard let n = m.count, n > 0, let unit = DateUnit(word: m["unit"] ?? ""), let edge = m["edge"] else { return nil }
    guard case .some(.some(let y)) = namedYear(m) else { return nil }
    let fromStart = edge == "first"
    switch unit {
    case .month:
      guard n <= 12 else { return nil }
      let a = fromStart ? 1 : 13 - n, b = fromStart ? n : 12
      return DateReading(from: DatePoint(year: y.year, month: a), to: DatePoint(year: y.year, month: b), relative: y.relative)
    case .day:
      let jan1 = CalendarDay(year: y.year, month: 1, day: 1), dec31 = CalendarDay(year: y.year, month: 12, day: 31)
      return fromStart ? .days(jan1, jan1.adding(days: n - 1), relative: y.relative) : .days(dec31.adding(days: 1 - n), dec31, relative: y.relative)
    case .week:
      let weeks = CalendarDay.isoWeeks(in: y.year)
      let first = fromStart ? 1 : weeks - n + 1, last = fromStart ? n : weeks
      return .days(CalendarDay.monday(ofISOWeek: first, year: y.year), CalendarDay.monday(ofISOWeek: last, year: y.year).adding(days: 6), relative: y.relative)
    default: return nil
    }
  }

  static func nthUnit(_ m: DateMatch) -> DateReading? {
    guard let u = m["u"] else { return nil }
    let n = m.has("last") ? -1 : (m.dayOfMonth ?? 0)
    guard n != 0 else { return nil }
    // Of a month: "the third week of this month", "last week of Dec 2016", "23rd day of September".
    if let month = m.month() ?? (m["relunit"] == "month" ? 0 : nil) {
      var year = m.int("year2") ?? m.year
      var mo = month
      var relative = false
      if month == 0 {
        guard let ref = m.reference, let rel = m["rel"] else { return .unresolved(.day) }
        let first = CalendarDay(year: ref.year, month: ref.month, day: 1).adding(months: rel == "this" || rel == "current" ? 0 : (rel == "next" ? 1 : -1))
        year = first.year
        mo = first.month
        relative = true
      }
      if u == "day" {
        let p = DatePoint(year: year, month: mo, day: n)
        return p.isValid ? DateReading(p, relative: relative) : nil
      }
      guard u == "week", let y = year ?? m.reference?.year else { return nil }
      if year == nil { relative = true }
      let firstDay = CalendarDay(year: y, month: mo, day: 1)
      let firstThursday = firstDay.adding(days: (4 - firstDay.weekday + 7) % 7)
      let lastDay = firstDay.lastOfMonth
      let lastThursday = lastDay.adding(days: -((lastDay.weekday - 4 + 7) % 7))
      let monday = n > 0 ? firstThursday.mondayOfWeek.adding(days: 7 * (n - 1)) : lastThursday.mondayOfWeek
      return .days(monday, monday.adding(days: 6), relative: relative)
    }
    guard case .some(.some(let y)) = namedYear(m) else { return nil }
    switch u {
    case "week":
      let week = n > 0 ? n : CalendarDay.isoWeeks(in: y.year)
      let monday = CalendarDay.monday(ofISOWeek: week, year: y.year)
      return .days(monday, monday.adding(days: 6), relative: y.relative)
    case "month":
      guard n > 0, n <= 12 else { return n == -1 ? DateReading(DatePoint(year: y.year, month: 12), relative: y.relative) : nil }
      return DateReading(DatePoint(year: y.year, month: n), relative: y.relative)
    default:
      let day = n > 0 ? CalendarDay(year: y.year, month: 1, day: 1).adding(days: n - 1) : CalendarDay(year: y.year, month: 12, day: 31)
      return .day(day, relative: y.relative)
    }
  }

  static func weekNumber(_ m: DateMatch) -> DateReading? {
    guard let w = m.int("w"), w >= 1, w <= 53 else { return nil }
    let named = namedYear(m)
    let year: Int
    var relative = false
    switch named {
    case .some(.some(let y)): year = y.year; relative = y.relative
    case .some(.none): return .unresolved(.day)
    case .none:
      guard let ref = m.reference else { return .unresolved(.day) }
      year = ref.year
      relative = true
    }
    guard w <= CalendarDay.isoWeeks(in: year) else { return nil }
    let monday = CalendarDay.monday(ofISOWeek: w, year: year)
    return .days(monday, monday.adding(days: 6), relative: relative)
  }

  static func weekOf(_ m: DateMatch) -> DateReading? {
    guard var base = m.reading(of: "base") else { return nil }
    m.grammar.complete(&base, environment: m.environment)
    guard base.isPoint, base.start.precision == .day, let day = base.start.firstDay else {
      return base.unresolved ? .unresolved(.day) : nil
    }
    return .days(day.mondayOfWeek, day.mondayOfWeek.adding(days: 6), relative: base.relative)
  }

  static func partOf(_ m: DateMatch) -> DateReading? {
    guard var part = m["part"] else { return nil }
    // "classes start Aug. 24": "start", "end", "beginning", "middle" name a part only with
    // "the", "of" or a hyphen ("the end of May", "end-May"); bare, they are verbs or nouns.
    if ["start", "end", "beginning", "middle"].contains(part) {
      let text = DateContext.lowercased(m.text.bytes, m.range)
      guard text.hasPrefix("the") || text.contains(" of ") || text.contains("-") else { return nil }
    }
    let whole = part == "earlier" || part == "later"
    if part == "earlier" { part = "early" }
    if part == "later" { part = "late" }
    if let month = m.month() {
      let year = m.int("year2") ?? m.year
      if whole { return DateReading(DatePoint(year: year, month: month)) }
      return DateParts.part(part, ofMonth: month, year: year)
    }
    if let y = m.year ?? m.int("year2") {
      if whole { return nil }
      return DateParts.part(part, ofYear: y)
    }
    let unitWord = m["relunit"] ?? m["bare"]
    guard let unit = unitWord.flatMap(DateUnit.init(word:)) else { return nil }
    guard let ref = m.reference else { return .unresolved(unit == .month ? .month : .year) }
    let rel = m["rel"] ?? "this"
    let shift = rel == "this" || rel == "current" ? 0 : (rel == "next" || rel.hasSuffix("following") ? 1 : -1)
    let day = unit.step(ref, by: shift)
    var r: DateReading?
    if whole {
      r = unit.period(containing: day)
    } else {
      switch unit {
      case .year:
        r = part == "late" || part == "end" ? DateReading(from: DatePoint(year: day.year, month: 7), to: DatePoint(year: day.year, month: 12))
          : DateParts.part(part, ofYear: day.year)
      case .month: r = DateParts.part(part, ofMonth: day.month, year: day.year)
      case .week: r = DateParts.part(part, ofWeekFrom: day.mondayOfWeek)
      case .decade, .century: r = unit.period(containing: day).start.year.flatMap { DateParts.part(part, ofYears: $0, count: unit == .decade ? 10 : 100) }
      default: r = nil
      }
    }
    r?.relative = true
    return r
  }

  static func endOf(_ m: DateMatch) -> DateReading? {
    guard let ref = m.reference else { return .unresolved(.day) }
    if m["eo"] == "eoy" || m["eo"] == "year" { return DateReading(from: DatePoint(year: ref.year, month: 7), to: DatePoint(year: ref.year, month: 12), relative: true) }
    var r = DateParts.part("end", ofMonth: ref.month, year: ref.year)
    r?.relative = true
    return r
  }
}
