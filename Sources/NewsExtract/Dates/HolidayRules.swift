import NewsCore

/// Holidays: "Christmas", "Easter 2019", "next Easter", "Yuandan of next year",
/// "Labor Day weekend", "the weekend of Halloween". A holiday without a year is this
/// year's; "next" / "last" take the occurrence after / before the reference day.
enum HolidayRules {
  static let name = #"(?<![a-z])(?<name>\#(Holiday.pattern))(?![a-z])"#
  static let yearTail = #"(?:\h*,?\h*\#(P.year))?"#
  static let relativeYear = #"(?:\h+(?:of\h+)?(?<rel>this|next|last)\h+year(?![a-z]))"#

  static let all: [DateRule] = [
    DateRule("date.holiday-weekend", #"(?:(?:the\h+)?weekend\h+of\h+(?:the\h+)?\#(name)\#(yearTail)|\#(name)\#(yearTail)\h+weekend(?![a-z]))"#, weekend),
    DateRule("date.holiday-relative", #"(?<mod>next|last|previous|following|coming|upcoming|this)\h+\#(name)"#, relative),
    DateRule("date.holiday", #"\#(name)(?:\#(relativeYear)|\#(yearTail))"#, holiday),
  ]

  /// The holiday matched, `nil` for a word that is not one here ("may day" in lower case,
  /// a lower-case "new year" outside a shift).
  static func named(_ m: DateMatch) -> Holiday? {
    guard let name = m["name"], let holiday = Holiday.named(name) else { return nil }
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" }).joined(separator: " ")
    if words == "may day" || words == "new year", !m.isCapitalized("name") { return nil }
    return holiday
  }

  static func holiday(_ m: DateMatch) -> DateReading? {
    guard let holiday = named(m) else { return nil }
    if let y = m.year { return holiday.day(in: y).map { .day($0, relative: false) } }
    if let rel = m["rel"] {
      guard let ref = m.reference else { return .unresolved(.day) }
      return holiday.day(in: ref.year + (rel == "next" ? 1 : rel == "last" ? -1 : 0)).map { .day($0) }
    }
    guard let ref = m.reference else {
      if case .fixed(let mo, let d) = holiday { return DateReading(DatePoint(year: nil, month: mo, day: d)) }
      return .unresolved(.day)
    }
    // The occurrence nearest the reference across the turn of the year ("New Year's Day"
    // said on December 30 is two days ahead).
    var year = ref.year
    if let day = holiday.day(in: ref.year) {
      year += DateYearChoice.shift(first: day, last: day, reference: ref, lean: { DateTense.lean(around: m.range, in: m.text.bytes) })
    }
    var r = holiday.day(in: year).map { DateReading.day($0) }
    r?.holiday = holiday
    return r
  }

  static func relative(_ m: DateMatch) -> DateReading? {
    guard let holiday = named(m), let mod = m["mod"] else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    let day: CalendarDay?
    switch mod {
    case "last", "previous": day = holiday.previous(before: ref)
    case "this": day = holiday.day(in: ref.year)
    default: day = holiday.next(after: ref)
    }
    return day.map { .day($0) }
  }

  static func weekend(_ m: DateMatch) -> DateReading? {
    guard let holiday = named(m) else { return nil }
    let year = m.year ?? m.reference?.year
    guard let y = year, let day = holiday.day(in: y) else { return .unresolved(.day) }
    let (first, last) = Holiday.weekend(of: day)
    return .days(first, last, relative: m.year == nil)
  }
}

/// A lower-case "new year" is a date only as the anchor of a shift ("5 days before new year").
enum HolidayEndpointRules {
  static let all: [DateRule] = [
    DateRule("date.endpoint.new-year", #"(?:the\h+)?new\h+year(?:'?s(?:\h+day)?)?(?![a-z])"#, scope: .endpoint) { m in
      guard let ref = m.reference else { return DateReading(DatePoint(year: nil, month: 1, day: 1)) }
      var r = DateReading.day(CalendarDay(year: ref.year, month: 1, day: 1))
      r.holiday = .fixed(month: 1, day: 1)
      return r
    },
  ]
}
