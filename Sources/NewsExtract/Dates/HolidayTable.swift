import NewsCore

/// Holidays by name and how their day is found in a given year. Data only.
enum Holiday: Sendable {
  case fixed(month: Int, day: Int)
  case nthWeekday(n: Int, weekday: Int, month: Int)
  case easter(offset: Int)
  case thanksgiving(offset: Int)

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
  ]

  /// The names as one alternation, longest first; spaces match spaces, apostrophes are optional.
  static let pattern: String = byName.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    .map { $0.replacingOccurrences(of: ".", with: #"\.?"#).replacingOccurrences(of: "'", with: "'?").replacingOccurrences(of: " ", with: #"\h+"#) }
    .joined(separator: "|")

  /// The holiday a matched name denotes.
  static func named(_ text: String) -> Holiday? {
    let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    if let h = byName[key] { return h }
    return byName.first { $0.key.replacingOccurrences(of: "'", with: "") == key.replacingOccurrences(of: "'", with: "") }?.value
  }

  /// The holiday's day in `year`.
  func day(in year: Int) -> CalendarDay? {
    switch self {
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

/// Holidays, with or without a year: "Christmas", "Easter 2019", "Thanksgiving".
enum HolidayRules {
  static let all: [DateRule] = [
    DateRule("date.holiday", #"(?<![a-z])(?<name>\#(Holiday.pattern))(?![a-z])(?:\h*,?\h*\#(P.year))?"#) { m in
      guard let name = m["name"], let holiday = Holiday.named(name) else { return nil }
      if name == "may day", !m.isCapitalized("name") { return nil }
      if let y = m.year { return holiday.day(in: y).map { .day($0, relative: false) } }
      guard let ref = m.reference else {
        if case .fixed(let mo, let d) = holiday { return DateReading(DatePoint(year: nil, month: mo, day: d)) }
        return .unresolved(.day)
      }
      return holiday.day(in: ref.year).map { .day($0) }
    }
  ]
}
