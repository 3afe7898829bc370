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
  /// the reference year: -1, 0 or +1. `lean` is the words' around the date (`DateTense.lean`):
  /// in the past tense a date ahead of the reference is last year's ("Inflation peaked in
  /// October" said in March), in the future one behind it is next year's; else the nearest
  /// across the turn of the year.
  static func shift(first: CalendarDay, last: CalendarDay, reference: CalendarDay, lean: Int) -> Int {
    shift(first: first, last: last, reference: reference, lean: { lean })
  }

  /// `shift` with the lean read only when the dates leave the year open (the reference day
  /// inside the period, or a period far behind it, needs none).
  static func shift(first: CalendarDay, last: CalendarDay, reference: CalendarDay, lean readLean: () -> Int) -> Int {
    let ref = reference.ordinal
    if first.ordinal <= ref, last.ordinal >= ref { return 0 }
    if last.ordinal < ref, first.adding(years: 1).ordinal - ref > far { return 0 }
    let lean = readLean()
    // A clause in the past tense tells of a date gone by; one of the future of a date to come.
    // What is told in the past cannot lie ahead; what is to come may concern a period gone
    // by ("will report second-quarter results"), so only a near one moves to next year.
    if lean < 0 { return first.ordinal > ref ? -1 : 0 }
    if lean > 0 { return last.ordinal < ref && first.adding(years: 1).ordinal - ref <= far ? 1 : 0 }
    if first.ordinal - ref > far, (0...near).contains(ref - last.adding(years: -1).ordinal) { return -1 }
    if ref - last.ordinal > far, (0...near).contains(first.adding(years: 1).ordinal - ref) { return 1 }
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
