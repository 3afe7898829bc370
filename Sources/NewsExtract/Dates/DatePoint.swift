import NewsCore

/// How much of a calendar date a phrase gives.
enum DatePrecision: Int, Comparable, Sendable {
  case year, month, day
  static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rawValue < b.rawValue }
}

/// A calendar date at some precision whose fields may be unknown: `2025`, `2025-05`,
/// `XXXX-05-21` (year unknown), `2025-05-21`.
struct DatePoint: Hashable, Sendable {
  var year: Int?
  var month: Int?
  var day: Int?
  var precision: DatePrecision

  init(year: Int?, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
    precision = day != nil ? .day : (month != nil ? .month : .year)
  }

  init(_ day: CalendarDay) { self.init(year: day.year, month: day.month, day: day.day) }

  init(year: Int?, month: Int?, day: Int?, precision: DatePrecision) {
    self.init(year: year, month: month, day: day)
    self.precision = precision
  }

  /// Whether every field up to the precision is known.
  var isComplete: Bool {
    year != nil && (precision < .month || month != nil) && (precision < .day || day != nil)
  }

  /// The first day this point covers, when complete.
  var firstDay: CalendarDay? {
    guard let year, isComplete else { return nil }
    return CalendarDay(year: year, month: month ?? 1, day: day ?? 1)
  }

  /// The last day this point covers, when complete.
  var lastDay: CalendarDay? {
    guard let year, isComplete else { return nil }
    let m = precision == .year ? 12 : month ?? 12
    return CalendarDay(year: year, month: m, day: precision == .day ? day ?? 1 : CalendarDay.daysIn(month: m, year: year))
  }

  /// TIMEX3-style ISO text: `2025`, `2025-05`, `XXXX-05-21`.
  var iso: String {
    if let fast = isoFromDigits { return fast }
    var s = year.map { String(repeating: "0", count: max(0, 4 - String($0).count)) + String($0) } ?? "XXXX"
    if precision >= .month { s += "-" + (month.map(DatePoint.twoDigits) ?? "XX") }
    if precision >= .day { s += "-" + (day.map(DatePoint.twoDigits) ?? "XX") }
    return s
  }

  /// `iso` written byte by byte, for years 0…9999 and months and days 0…99 (else `nil`).
  private var isoFromDigits: String? {
    if let year, !(0...9999).contains(year) { return nil }
    if let month, !(0...99).contains(month) { return nil }
    if let day, !(0...99).contains(day) { return nil }
    let count = precision == .day ? 10 : precision == .month ? 7 : 4
    return String(unsafeUninitializedCapacity: count) { out in
      let x = UInt8(ascii: "X")
      if let year {
        out[0] = UInt8(0x30 + year / 1000)
        out[1] = UInt8(0x30 + year / 100 % 10)
        out[2] = UInt8(0x30 + year / 10 % 10)
        out[3] = UInt8(0x30 + year % 10)
      } else {
        for k in 0..<4 { out[k] = x }
      }
      func write(_ field: Int?, at: Int) {
        guard at < count else { return }
        out[at - 1] = UInt8(ascii: "-")
        out[at] = field.map { UInt8(0x30 + $0 / 10) } ?? x
        out[at + 1] = field.map { UInt8(0x30 + $0 % 10) } ?? x
      }
      write(month, at: 5)
      write(day, at: 8)
      return count
    }
  }

  static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// Whether the fields name a real day (or month) of the Gregorian calendar.
  var isValid: Bool {
    if let month, !(1...12).contains(month) { return false }
    guard let day else { return true }
    guard day >= 1 else { return false }
    guard let month else { return day <= 31 }
    return day <= CalendarDay.daysIn(month: month, year: year ?? 2000)
  }
}
