import NewsCore

/// Phrases that combine a weekday or a duration with another date: "Monday two weeks from
/// now", "in 3 days on Friday", "two Sundays from now", "3 days starting next Monday",
/// "for a week from today", and the bare "the week before" / "the day after".
enum CombinedRules {
  static let weekday = DateFragments.anonymous(P.weekday)
  static let weekdayPlural = #"(?<wds>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"#
  /// A duration counted from now or from another date.
  static let shifted = #"\#(P.duration)\h+(?:(?<now>from\h+now|later|hence|from\h+today)(?![a-z])|(?<dir>from|after|before)\h+\#(RelativeRules.shiftBase))"#

  static let all: [DateRule] = [
    DateRule("date.weekday-shift", #"\#(P.weekday)\h*,?\h+(?:\#(shifted)|in\h+(?<dur2>\#(DateFragments.anonymous(P.duration))))"#,
             trigger: #"\#(weekday)\h*,?\h+(?:in\h+)?\#(DateFragments.anonymous(P.count))\h+\#(DateFragments.anonymous(P.unit))"#, weekdayShift),
    DateRule("date.shift-weekday", #"in\h+\#(P.duration)\h*,?\h+on\h+\#(P.weekday)"#, weekdayShift),
    DateRule("date.weekdays-from-now", #"\#(P.count)\h+\#(weekdayPlural)\h+(?<dir>from\h+now|ago)(?![a-z])"#, weekdaysFromNow),
    DateRule("date.duration-starting", #"\#(P.duration)\h*,?\h+(?:starting|beginning|commencing)(?:\h+(?:from|on))?\h+\#(RelativeRules.shiftBase)|(?<=for\h)\#(P.duration)\h*,?\h+from\h+\#(RelativeRules.shiftBase)"#,
             trigger: #"\#(DateFragments.anonymous(P.duration))\h*,?\h+(?:starting|beginning|commencing|from)\h"#, durationStarting),
    DateRule("date.day-shift", #"(?:the\h+)?day\h+(?<dir>before|after)\h+\#(RelativeRules.shiftBase)"#,
             trigger: #"(?:the\h+)?day\h+(?:before|after)\h"#, dayShift),
    DateRule("date.unit-before-after", #"the\h+(?<unit>day|week|month|year)\h+(?<dir>before|after)(?=\h*(?:[.,;:!?)\n]|$|(?:that|and|but|when|while|as|with|in|at|on|to)(?![a-z])))"#, unitBeforeAfter),
  ]

  /// The day a duration reaches: from the reference day, or from the base date.
  static func target(_ m: DateMatch, duration: String?) -> CalendarDay? {
    guard let steps = DateDuration.parse(duration), let ref = m.reference else { return nil }
    if m.has("base") {
      guard let base = RelativeRules.shift(m)?.start.firstDay else { return nil }
      return base
    }
    return DateDuration.apply(steps, to: ref, sign: 1)
  }

  /// "Monday two weeks from now": the named weekday in the Sunday-to-Saturday week of the
  /// day the shift reaches.
  static func weekdayShift(_ m: DateMatch) -> DateReading? {
    guard let wd = m.weekday() else { return nil }
    guard m.reference != nil else { return .unresolved(.day) }
    guard let day = target(m, duration: m["dur"] ?? m["dur2"]) else { return nil }
    let sunday = day.adding(days: -(day.weekday % 7))
    return .day(sunday.adding(days: wd % 7))
  }

  /// "two Sundays from now": the n-th such weekday after the reference day.
  static func weekdaysFromNow(_ m: DateMatch) -> DateReading? {
    guard let n = m.count, n > 0, n < 100, let name = m["wds"], let wd = DateVocabulary.weekdayByPrefix[String(name.prefix(3))] else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    if m["dir"] == "ago" {
      let back = (ref.weekday - wd + 7) % 7
      return .day(ref.adding(days: -(back == 0 ? 7 : back) - 7 * (n - 1)))
    }
    let ahead = (wd - ref.weekday + 7) % 7
    return .day(ref.adding(days: (ahead == 0 ? 7 : ahead) + 7 * (n - 1)))
  }

  /// "3 days starting next Monday": the days from the base date for the duration.
  static func durationStarting(_ m: DateMatch) -> DateReading? {
    guard let steps = DateDuration.parse(m["dur"]), var base = m.reading(of: "base") else { return nil }
    m.grammar.complete(&base, environment: m.environment)
    if let ref = m.reference, let holiday = base.holiday, let next = holiday.next(after: ref, including: true) { base = .day(next) }
    guard base.isPoint, base.start.precision == .day, let first = base.start.firstDay else {
      return base.unresolved ? .unresolved(.day) : nil
    }
    let end = DateDuration.apply(steps, to: first, sign: 1).adding(days: -1)
    guard end >= first else { return nil }
    var r = DateReading.days(first, end, relative: base.relative)
    r.ambiguous = base.ambiguous
    return r
  }

  /// "the day after Christmas", "the day before May 5": one day from the base date.
  static func dayShift(_ m: DateMatch) -> DateReading? {
    guard var base = m.reading(of: "base") else { return nil }
    m.grammar.complete(&base, environment: m.environment)
    if let ref = m.reference, let holiday = base.holiday, let next = holiday.next(after: ref, including: true) { base = .day(next) }
    guard base.isPoint, base.start.precision == .day, let day = base.start.firstDay else {
      return base.unresolved ? .unresolved(.day) : nil
    }
    return .day(day.adding(days: m["dir"] == "before" ? -1 : 1), relative: base.relative)
  }

  /// "the day before", "the week after" with nothing after them that they count from: the
  /// unit before or after the reference day's.
  static func unitBeforeAfter(_ m: DateMatch) -> DateReading? {
    guard let unit = DateUnit(word: m["unit"] ?? "") else { return nil }
    guard let ref = m.reference else { return .unresolved(unit == .day ? .day : unit == .year ? .year : .month) }
    return unit.period(containing: unit.step(ref, by: m["dir"] == "before" ? -1 : 1))
  }
}
