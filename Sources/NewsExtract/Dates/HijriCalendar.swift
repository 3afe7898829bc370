import NewsCore

/// The tabular Islamic (Hijri) calendar: 30-year cycles of 354- and 355-day years, counted
/// from the astronomical epoch (15 July 622, Julian). Real observance follows the sighting of
/// the moon and may differ by a day; the tabular days are the conventional estimate.
enum HijriCalendar {
  /// Days from 0001-01-01 (proleptic Gregorian, day 1) to the epoch's eve, and from there
  /// to 1970-01-01 (`CalendarDay.ordinal` 0).
  static let epochFixedDay = 227_014
  static let unixFixedDay = 719_163

  /// The Gregorian day of `day` `month` of Hijri year `year`.
  static func gregorian(year: Int, month: Int, day: Int) -> CalendarDay {
    let fixed = day + 29 * (month - 1) + (6 * month - 1) / 11 + (year - 1) * 354 + (3 + 11 * year) / 30 + epochFixedDay - 1
    return CalendarDay(ordinal: fixed - unixFixedDay)
  }

  /// Every Gregorian day of `day` `month` (Hijri) that falls in the Gregorian `years`, in order
  /// (a Hijri date can fall twice in one Gregorian year).
  static func days(month: Int, day: Int, in years: ClosedRange<Int>) -> [CalendarDay] {
    let approximate = (years.lowerBound - 622) * 33 / 32
    return (approximate - 2...approximate + 3 + years.count).map { gregorian(year: $0, month: month, day: day) }
      .filter { years.contains($0.year) }
  }
}
