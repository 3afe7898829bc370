import NewsCore

/// Holidays by name and how their day is found in a given year. Data only.
enum Holiday: Sendable {
  case fixed(month: Int, day: Int)
  case nthWeekday(n: Int, weekday: Int, month: Int)
  case easter(offset: Int)
  case thanksgiving(offset: Int)
  /// A day of the Islamic calendar (`HijriCalendar`): month and day.
  case hijri(month: Int, day: Int)

  /// Names (lower case, single spaces; an apostrophe is optional in the text).
  static let byName: [String: Holiday] = [
    "christmas": .fixed(month: 12, day: 25), "christmas day": .fixed(month: 12, day: 25),
    "xmas": .fixed(month: 12, day: 25), "christmas eve": .fixed(month: 12, day: 24),
    "new year's day": .fixed(month: 1, day: 1), "new year day": .fixed(month: 1, day: 1),
    "new years day": .fixed(month: 1, day: 1), "yuandan": .fixed(month: 1, day: 1),
    "new year's eve": .fixed(month: 12, day: 31), "new year eve": .fixed(month: 12, day: 31),
    "new years eve": .fixed(month: 12, day: 31), "halloween": .fixed(month: 10, day: 31),
    "valentine's day": .fixed(month: 2, day: 14), "st patrick's day": .fixed(month: 3, day: 17),
    "st. patrick's day": .fixed(month: 3, day: 17), "saint patrick's day": .fixed(month: 3, day: 17),
    "earth day": .fixed(month: 4, day: 22), "may day": .fixed(month: 5, day: 1),
    "international workers' day": .fixed(month: 5, day: 1), "int'l workers day": .fixed(month: 5, day: 1),
    "labour day": .fixed(month: 5, day: 1), "independence day": .fixed(month: 7, day: 4),
    "juneteenth": .fixed(month: 6, day: 19), "freedom day": .fixed(month: 6, day: 19),
    "jubilee day": .fixed(month: 6, day: 19), "veterans day": .fixed(month: 11, day: 11),
    "boxing day": .fixed(month: 12, day: 26),
    "mlk day": .nthWeekday(n: 3, weekday: 1, month: 1), "martin luther king day": .nthWeekday(n: 3, weekday: 1, month: 1),
    "memorial day": .nthWeekday(n: -1, weekday: 1, month: 5), "mother's day": .nthWeekday(n: 2, weekday: 7, month: 5),
    "father's day": .nthWeekday(n: 3, weekday: 7, month: 6), "labor day": .nthWeekday(n: 1, weekday: 1, month: 9),
    "thanksgiving": .thanksgiving(offset: 0), "thanksgiving day": .thanksgiving(offset: 0),
    "thanks giving day": .thanksgiving(offset: 0), "black friday": .thanksgiving(offset: 1),
    "cyber monday": .thanksgiving(offset: 4), "easter": .easter(offset: 0), "easter sunday": .easter(offset: 0),
    "easter monday": .easter(offset: 1), "good friday": .easter(offset: -2),
    "new year": .fixed(month: 1, day: 1),
    "ramadan": .hijri(month: 9, day: 1), "ramazan": .hijri(month: 9, day: 1), "ramzan": .hijri(month: 9, day: 1),
    "ramadhan": .hijri(month: 9, day: 1), "ramathan": .hijri(month: 9, day: 1),
    "islamic new year": .hijri(month: 1, day: 1), "hijri new year": .hijri(month: 1, day: 1),
    "arabic new year": .hijri(month: 1, day: 1),
    "ashura": .hijri(month: 1, day: 10), "mawlid": .hijri(month: 3, day: 12),
    "eid al fitr": .hijri(month: 10, day: 1), "eid ul fitr": .hijri(month: 10, day: 1), "eidul fitr": .hijri(month: 10, day: 1),
    "eid al adha": .hijri(month: 12, day: 10), "eid ul adha": .hijri(month: 12, day: 10), "eidul adha": .hijri(month: 12, day: 10),
    "eid al azha": .hijri(month: 12, day: 10), "eid ul azha": .hijri(month: 12, day: 10), "eidul azha": .hijri(month: 12, day: 10),
  ]

  /// The names as one alternation, longest first; spaces match spaces, apostrophes are optional.
  static let pattern: String = byName.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    .map { $0.replacingOccurrences(of: ".", with: #"\.?"#).replacingOccurrences(of: "'", with: "'?").replacingOccurrences(of: " ", with: #"[\h-]+"#) }
    .joined(separator: "|")

  /// The holiday a matched name denotes.
  static func named(_ text: String) -> Holiday? {
    let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" }).joined(separator: " ")
    if let h = byName[key] { return h }
    return byName.first { $0.key.replacingOccurrences(of: "'", with: "") == key.replacingOccurrences(of: "'", with: "") }?.value
  }

  /// The holiday's (first) day in `year`.
  func day(in year: Int) -> CalendarDay? {
    switch self {
    case .hijri(let m, let d): return HijriCalendar.days(month: m, day: d, in: year...year).first
    case .fixed(let m, let d): return CalendarDay(year: year, month: m, day: d)
    case .nthWeekday(let n, let wd, let m): return CalendarDay.nth(n, weekday: wd, month: m, year: year)
    case .easter(let offset): return Holiday.easterSunday(year).adding(days: offset)
    case .thanksgiving(let offset): return CalendarDay.nth(4, weekday: 4, month: 11, year: year)?.adding(days: offset)
    }
  }

  /// Gregorian Easter Sunday (the anonymous computus).
  static func easterSunday(_ y: Int) -> CalendarDay {
    let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
    let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
    return CalendarDay(year: y, month: month, day: day)
  }
}

extension Holiday {
  /// The holiday's days in the years around `day`, in order.
  func days(around day: CalendarDay) -> [CalendarDay] {
    if case .hijri(let m, let d) = self { return HijriCalendar.days(month: m, day: d, in: day.year - 1...day.year + 1) }
    return (day.year - 1...day.year + 1).compactMap { self.day(in: $0) }
  }

  /// The first occurrence after `day` (or on it, when `including`).
  func next(after day: CalendarDay, including: Bool = false) -> CalendarDay? {
    days(around: day).first { including ? $0 >= day : $0 > day }
  }

  /// The last occurrence before `day`.
  func previous(before day: CalendarDay) -> CalendarDay? {
    days(around: day).last { $0 < day }
  }

  /// The weekend a holiday belongs to: a Friday or Monday holiday joins its weekend
  /// (Friday–Sunday, Saturday–Monday); otherwise the Saturday and Sunday of its week.
  static func weekend(of day: CalendarDay) -> (CalendarDay, CalendarDay) {
    switch day.weekday {
    case 5: return (day, day.adding(days: 2))
    case 1: return (day.adding(days: -2), day)
    default: return (day.inSameWeek(weekday: 6), day.inSameWeek(weekday: 7))
    }
  }
}
