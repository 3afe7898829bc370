import NewsCore

/// Reads the parts of a date out of a rule's named groups.
extension DateMatch {
  /// The month named in `group` (1…12).
  func month(_ group: String = "month") -> Int? {
    self[group].flatMap { DateVocabulary.monthByPrefix[String($0.prefix(3))] }
  }

  /// The ISO weekday named in `group` (1 = Monday).
  func weekday(_ group: String = "weekday") -> Int? {
    self[group].flatMap { DateVocabulary.weekdayByPrefix[String($0.prefix(3))] }
  }

  /// The day of the month, from digits (`day`) or words (`dayword`).
  var dayOfMonth: Int? {
    if let d = int("day") { return d }
    guard let words = self["dayword"] else { return nil }
    let key = words.replacingOccurrences(of: "-", with: " ").split(separator: " ").joined(separator: " ")
    return DateVocabulary.dayOrdinals[key] ?? DateVocabulary.dayCardinals[key]
  }

  /// The year, from four digits (`year`), words (`yearwords`) or two digits (`yy`).
  var year: Int? {
    if let y = int("year") { return y }
    if let words = self["yearwords"] { return DateParts.year(inWords: words) }
    if let yy = int("yy") { return DateParts.century(of: yy) }
    return nil
  }

  /// The count of a relative phrase ("3", "three", "a few").
  var count: Int? {
    guard let c = self["count"] else { return nil }
    if let n = Int(c) { return n }
    let words = c.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    if let n = DateVocabulary.fuzzyCounts[words] { return n }
    return NumberWords.value(of: words).map { Int($0) }
  }
}

/// Year arithmetic shared by the builders.
enum DateParts {
  /// A two-digit year: 00–29 in the 2000s, 30–99 in the 1900s.
  static func century(of yy: Int) -> Int { yy < 30 ? 2000 + yy : 1900 + yy }

  /// "two thousand and eighteen" = 2018, "nineteen eighty six" = 1986, "nineteen zero one" = 1901.
  static func year(inWords phrase: String) -> Int? {
    let words = phrase.replacingOccurrences(of: "-", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
      .map(String.init)
    if words.contains("thousand") { return NumberWords.value(of: words.joined(separator: " ")).map { Int($0) } }
    guard let first = words.first, let century = NumberWords.units[first] else { return nil }
    var rest = Array(words.dropFirst())
    if rest.first == "hundred" { rest.removeFirst() }
    if rest.first == "and" { rest.removeFirst() }
    if rest.first == "zero" { rest.removeFirst() }
    guard let tail = NumberWords.value(of: rest.joined(separator: " ")), tail < 100 else { return nil }
    return century * 100 + Int(tail)
  }

  /// "next May 12" / "last 6th of April": the occurrence of a year-less day after / before
  /// the reference day; `nil` without a modifier or reference.
  static func occurrence(of point: DatePoint, modifier: String?, reference: CalendarDay?) -> DateReading? {
    guard let modifier, modifier != "this", let ref = reference, point.year == nil, let month = point.month, let day = point.day else { return nil }
    for y in modifier == "next" ? [ref.year, ref.year + 1] : [ref.year, ref.year - 1] {
      let p = DatePoint(year: y, month: month, day: day)
      guard p.isValid, let d = p.firstDay else { continue }
      if modifier == "next" ? d > ref : d < ref { return .day(d) }
    }
    return nil
  }

  /// Months of a year split in thirds: early = Jan–Apr, mid = May–Aug, late = Sep–Dec.
  static func part(_ word: String, ofYear year: Int) -> DateReading? {
    let range: ClosedRange<Int>
    switch word {
    case "early", "beginning", "start": range = 1...4
    case "mid", "middle": range = 5...8
    case "late", "end": range = 9...12
    default: return nil
    }
    return DateReading(from: DatePoint(year: year, month: range.lowerBound), to: DatePoint(year: year, month: range.upperBound))
  }

  /// Years of a decade or century split in thirds: "the late 1990s" = 1997–1999, "the early
  /// 1800s" = 1800–1833.
  static func part(_ word: String, ofYears first: Int, count: Int) -> DateReading? {
    let third = count / 3
    let range: ClosedRange<Int>
    switch word {
    case "early", "beginning", "start": range = 0...third
    case "mid", "middle": range = third...(count - 1 - third)
    case "late", "end": range = (count - 1 - third)...(count - 1)
    default: return nil
    }
    return DateReading(from: DatePoint(year: first + range.lowerBound), to: DatePoint(year: first + range.upperBound))
  }

  /// Days of a month: early = 1–15, mid = 10–20, late = 16–end.
  static func part(_ word: String, ofMonth month: Int, year: Int?) -> DateReading? {
    let last = CalendarDay.daysIn(month: month, year: year ?? 2001)
    let range: ClosedRange<Int>
    switch word {
    case "early", "beginning", "start": range = 1...15
    case "mid", "middle": range = 10...20
    case "late", "end": range = 16...last
    default: return nil
    }
    return DateReading(from: DatePoint(year: year, month: month, day: range.lowerBound),
                       to: DatePoint(year: year, month: month, day: range.upperBound))
  }

  /// Days of a week: beginning = Mon–Wed, mid = Tue–Fri, end = Thu–Sun.
  static func part(_ word: String, ofWeekFrom monday: CalendarDay) -> DateReading? {
    switch word {
    case "early", "beginning", "start": return .days(monday, monday.adding(days: 2))
    case "mid", "middle": return .days(monday.adding(days: 1), monday.adding(days: 4))
    case "late", "end": return .days(monday.adding(days: 3), monday.adding(days: 6))
    default: return nil
    }
  }
}
