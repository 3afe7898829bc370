/// A calendar day, used as the reference for relative dates ("last year", "on Monday").
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads the day from the front of an ISO 8601 date or date-time: `2025-07-28`,
  /// `2025-07-28T11:40:00+05:00`. Returns `nil` for anything else or an impossible day.
  public init?(iso text: String) {
    let chars = Array(text.trimmingSpaces.utf8)
    guard chars.count >= 10, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
      let y = Int(String(decoding: chars[0..<4], as: UTF8.self)),
      let m = Int(String(decoding: chars[5..<7], as: UTF8.self)),
      let d = Int(String(decoding: chars[8..<10], as: UTF8.self)),
      (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(month: m, year: y)
    else { return nil }
    if chars.count > 10, chars[10] != UInt8(ascii: "T"), chars[10] != UInt8(ascii: " ") { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (proleptic Gregorian).
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

  /// `2025-07-28`.
  public var description: String {
    let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
    return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
  }

  public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  public var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
