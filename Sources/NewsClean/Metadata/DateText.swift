import NewsCore

/// Publication dates as pages write them → ISO strings (`2025-07-28` or a full ISO date-time).
enum DateText {
  static let isoDateTime = Pattern(
    literal: #"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\h*(Z|[+-]\d{2}:?\d{2})?)?"#)
  static let numeric = Pattern(literal: #"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)|^(\d{4})(\d{2})(\d{2})$"#)
  static let monthFirst = Pattern(
    literal: #"(?<![\p{L}])(\p{L}{3,9})\.?\h+(\d{1,2})(?:st|nd|rd|th)?,?\h+(\d{4})(?!\d)"#)
  static let dayFirst = Pattern(
    literal: #"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\h+(?:de\h+)?(\p{L}{3,9})\.?,?\h+(?:de\h+)?(\d{4})(?!\d)"#)
  static let inURL = Pattern(
    literal: #"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|$)"#)

  /// The date in `text`: ISO first, then numeric, then with a month name; nil if none.
  static func normalize(_ raw: String) -> String? {
    let text = raw.trimmingSpaces
    guard !text.isEmpty else { return nil }
    if let iso = ISODate.read(text) { return iso }
    let buffer = TextBuffer(text)
    if let m = isoDateTime.firstMatch(in: buffer, from: 0), m.range.lowerBound == 0 {
      guard let day = day(int(buffer, m[1]), int(buffer, m[2]), int(buffer, m[3])) else { return nil }
      if m[4] != nil { return String(buffer.text(of: m.range).map { $0 == " " ? "T" : $0 }) }
      return day
    }
    if let m = monthFirst.firstMatch(in: buffer), let month = month(buffer.text(of: m[1]!)) {
      return day(int(buffer, m[3]), month, int(buffer, m[2]))
    }
    if let m = dayFirst.firstMatch(in: buffer), let month = month(buffer.text(of: m[2]!)) {
      return day(int(buffer, m[3]), month, int(buffer, m[1]))
    }
    if let m = numeric.firstMatch(in: buffer) {
      if m[1] != nil { return day(int(buffer, m[1]), int(buffer, m[2]), int(buffer, m[3])) }
      if m[4] != nil {
        let a = int(buffer, m[4]), b = int(buffer, m[5])
        // Day first unless the first number cannot be a day… or the second cannot be a month.
        return b > 12 ? day(int(buffer, m[6]), a, b) : day(int(buffer, m[6]), b, a)
      }
      return day(int(buffer, m[7]), int(buffer, m[8]), int(buffer, m[9]))
    }
    return nil
  }

  /// A date written in a URL path (`/2019/11/20/`, `/20191120/`).
  static func inURL(_ url: String) -> String? {
    let buffer = TextBuffer(url)
    guard let m = inURL.firstMatch(in: buffer) else { return nil }
    return day(int(buffer, m[1]), int(buffer, m[2]), int(buffer, m[3]))
  }

  static func int(_ buffer: TextBuffer, _ range: Range<Int>?) -> Int {
    range.flatMap { Int(buffer.text(of: $0)) } ?? 0
  }

  static func day(_ year: Int, _ month: Int, _ day: Int) -> String? {
    guard (1990...2100).contains(year), (1...12).contains(month),
      (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    return CalendarDay(year: year, month: month, day: day).description
  }

  static func month(_ word: String) -> Int? { MonthNames.number[word.lowercased()] }
}
