import NewsCore

/// Calendar steps beyond whole days: months and years (clamped to the month's length),
/// weeks (Monday to Sunday) and quarters.
extension CalendarDay {
  /// The same day `n` months later (earlier for negative `n`), clamped: Jan 31 + 1 month = Feb 28/29.
  func adding(months n: Int) -> CalendarDay {
    let index = year * 12 + (month - 1) + n
    let y = index >= 0 ? index / 12 : (index - 11) / 12
    let m = index - y * 12 + 1
    return CalendarDay(year: y, month: m, day: Swift.min(day, CalendarDay.daysIn(month: m, year: y)))
  }

  func adding(years n: Int) -> CalendarDay { adding(months: 12 * n) }

  /// The Monday of this day's ISO week.
  var mondayOfWeek: CalendarDay { adding(days: 1 - weekday) }

  /// The day of this day's ISO week with ISO weekday `weekday` (1 = Monday).
  func inSameWeek(weekday target: Int) -> CalendarDay { mondayOfWeek.adding(days: target - 1) }

  /// The last day of this day's month.
  var lastOfMonth: CalendarDay {
    CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
  }

  /// Quarter 1…4 of this day.
  var quarter: Int { (month - 1) / 3 + 1 }

  /// The Monday of ISO week `week` of ISO year `year`.
  static func monday(ofISOWeek week: Int, year: Int) -> CalendarDay {
    let jan4 = CalendarDay(year: year, month: 1, day: 4)
    return jan4.mondayOfWeek.adding(days: 7 * (week - 1))
  }

  /// The number of ISO weeks in `year` (52 or 53).
  static func isoWeeks(in year: Int) -> Int {
    let dec28 = CalendarDay(year: year, month: 12, day: 28)
    return (dec28.ordinal - monday(ofISOWeek: 1, year: year).ordinal) / 7 + 1
  }

  /// The `n`-th (1-based; negative counts from the end) `weekday` of a month.
  static func nth(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDay? {
    if n > 0 {
      let first = CalendarDay(year: year, month: month, day: 1)
      let offset = (weekday - first.weekday + 7) % 7
      let d = first.adding(days: offset + 7 * (n - 1))
      return d.month == month ? d : nil
    }
    let last = CalendarDay(year: year, month: month, day: 1).lastOfMonth
    let offset = (last.weekday - weekday + 7) % 7
    let d = last.adding(days: -offset - 7 * (-n - 1))
    return d.month == month ? d : nil
  }
}

/// A calendar unit a relative phrase counts in.
enum DateUnit: String, Sendable {
  case day, week, weekend, fortnight, month, quarter, half, year, decade, century
  /// A working day, Monday to Friday ("business days", "working days").
  case businessDay

  /// The unit named by a singular or plural word, possibly qualified ("business days").
  init?(word: String) {
    // Lower-case ASCII letters alone: nothing to fold, no words to split.
    if word.utf8.allSatisfy({ $0 &- 0x61 < 26 }) {
      self.init(rawValue: word == "centuries" ? "century" : (word.utf8.last == UInt8(ascii: "s") ? String(word.dropLast()) : word))
      return
    }
    let w = word.lowercased()
    let singular = w == "centuries" ? "century" : (w.hasSuffix("s") ? String(w.dropLast()) : w)
    let words = singular.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let last = words.last ?? singular
    if last == "day", words.count > 1, ["business", "working"].contains(words[words.count - 2]) {
      self = .businessDay
      return
    }
    self.init(rawValue: last)
  }

  /// `day` moved by `n` of this unit (weekends and fortnights move by weeks).
  func step(_ day: CalendarDay, by n: Int) -> CalendarDay {
    switch self {
    case .day: return day.adding(days: n)
    case .businessDay: return DateUnit.adding(businessDays: n, to: day)
    case .week, .weekend: return day.adding(days: 7 * n)
    case .fortnight: return day.adding(days: 14 * n)
    case .month: return day.adding(months: n)
    case .quarter: return day.adding(months: 3 * n)
    case .half: return day.adding(months: 6 * n)
    case .year: return day.adding(years: n)
    case .decade: return day.adding(years: 10 * n)
    case .century: return day.adding(years: 100 * n)
    }
  }

  /// The calendar period of this unit that contains `day`, as a reading at the unit's precision.
  func period(containing day: CalendarDay) -> DateReading {
    switch self {
    case .day, .businessDay: return .day(day)
    case .week: return .days(day.mondayOfWeek, day.mondayOfWeek.adding(days: 6))
    case .weekend: return .days(day.inSameWeek(weekday: 6), day.inSameWeek(weekday: 7))
    case .fortnight: return .days(day.mondayOfWeek, day.mondayOfWeek.adding(days: 13))
    case .month: return DateReading(DatePoint(year: day.year, month: day.month), relative: true)
    case .quarter:
      let first = (day.quarter - 1) * 3 + 1
      return DateReading(from: DatePoint(year: day.year, month: first), to: DatePoint(year: day.year, month: first + 2), relative: true)
    case .half:
      let first = day.month <= 6 ? 1 : 7
      return DateReading(from: DatePoint(year: day.year, month: first), to: DatePoint(year: day.year, month: first + 5), relative: true)
    case .year: return DateReading(DatePoint(year: day.year), relative: true)
    case .decade:
      let first = day.year - day.year % 10
      return DateReading(from: DatePoint(year: first), to: DatePoint(year: first + 9), relative: true)
    case .century:
      let first = day.year - day.year % 100
      return DateReading(from: DatePoint(year: first), to: DatePoint(year: first + 99), relative: true)
    }
  }
}

extension DateUnit {
  /// `day` moved by `n` working days, Saturdays and Sundays skipped.
  static func adding(businessDays n: Int, to day: CalendarDay) -> CalendarDay {
    var d = day
    var left = abs(n)
    let direction = n >= 0 ? 1 : -1
    while left > 0 {
      d = d.adding(days: direction)
      if d.weekday <= 5 { left -= 1 }
    }
    return d
  }
}
