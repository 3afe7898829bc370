import NewsCore

/// The year of a date the text gives without one ("December sales", "New Year's Day", "the
/// fourth quarter"): the reference year, unless the date falls near the reference across the
/// turn of the year and far from it within the year. "December" said on January 3 is the
/// December just gone; "New Year's Day" said on December 30 is the one two days ahead.
enum DateYearChoice {
  /// How near, in days, a date across the turn of the year must be to be chosen.
  static let near = 92
  /// How far, in days, the reference year's date must then be.
  static let far = 183

  /// The year for the period `first...last` (days of the reference year), as an offset from
  /// the reference year: -1, 0 or +1. `lean` is the clause's (`DateTense.lean`): a clause in
  /// the past tense takes no date ahead ("Sales rose in March" said in December), one of the
  /// future none behind.
  static func shift(first: CalendarDay, last: CalendarDay, reference: CalendarDay, lean: Int) -> Int {
    let ref = reference.ordinal
    if lean <= 0, first.ordinal - ref > far, (0...near).contains(ref - last.adding(years: -1).ordinal) { return -1 }
    if lean >= 0, ref - last.ordinal > far, (0...near).contains(first.adding(years: 1).ordinal - ref) { return 1 }
    return 0
  }

  /// The year of a month, or of a day of it, named without a year.
  static func year(month: Int, day: Int?, reference: CalendarDay, lean: Int = 0) -> Int {
    let y = reference.year
    let firstDay = day ?? 1
    guard firstDay <= CalendarDay.daysIn(month: month, year: y) else { return y }
    let first = CalendarDay(year: y, month: month, day: firstDay)
    let last = day == nil ? first.lastOfMonth : first
    return y + shift(first: first, last: last, reference: reference, lean: lean)
  }
}

extension CalendarDay {
  /// The day, when `day` exists in that month of that year.
  init?(validYear year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
    self.init(year: year, month: month, day: day)
  }
}
