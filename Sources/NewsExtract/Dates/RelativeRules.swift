import NewsCore

/// Phrases resolved against the reference day: "today", "last year", "next week",
/// "two years ago", "in three weeks", "the next 3 days", "within 10 months".
enum RelativeRules {
  static let shiftBase = "(?<base>\(RangeRules.endpoint)|(?<![a-z])(?:\(DateFragments.anonymous(Holiday.pattern))|new\\h+year)(?![a-z]))"
  /// Not when a shift follows: "within the next 2 weeks after tomorrow" is a shift of tomorrow.
  static let notShifted = #"(?!\h+(?:after|before)\h+(?:tomorrow|yesterday|today)(?![a-z]))"#

  static let all: [DateRule] = [
    DateRule("date.day-word-shift", #"(?:the\h+)?day\h+(?<dir>before|after)\h+(?<word>yesterday|tomorrow)"#, dayWord),
    DateRule("date.day-word", #"(?<word>today|tomorrow|tonight|yesterday|otd|tmrw|tmrrw|2moro)(?![a-z])"#, dayWord),
    DateRule("date.ago", #"\#(P.duration)\h+(?:ago|earlier(?!\h+than)|prior(?!\h+to)|before(?=\h*(?:[.,;:!?)\n]|$)))(?![a-z])"#, ago),
    DateRule("date.later", #"\#(P.duration)\h+(?:later|from\h+now|hence|from\h+today|after\h+today)(?![a-z])"#, later),
    DateRule("date.shift", #"\#(P.duration)\h+(?<dir>from|after|before)\h+\#(shiftBase)"#,
             trigger: #"\#(P.duration)\h+(?:from|after|before)\h"#, shift),
    DateRule("date.within", #"within\h+(?:the\h+)?(?:(?:next|upcoming|coming)\h+)?\#(P.duration)(?:\h+(?:from|after)\h+today(?![a-z]))?\#(notShifted)"#, within),
    DateRule("date.in-duration", #"in\h+\#(P.duration)(?![a-z])"#, inDuration),
    DateRule("date.next-n", #"(?:the\h+)?(?:(?<mod>next|last|past|previous|coming|upcoming|following)\h+\#(P.count)\h+\#(P.unit)|(?<n2>[0-9]{1,3}|a\h+few|few|two|three|four|five|six|seven|eight|nine|ten)\h+(?<mod2>next|upcoming|previous|past|coming)\h+(?<unit2>(?:business\h+)?(?:days|weeks|months|years|quarters|decades)))\#(notShifted)"#, nextN),
    DateRule("date.after-next", #"(?:the\h+)?(?<unit>week|weekend|year|month)\h+after\h+(?:the\h+)?next(?![a-z])"#, afterNext),
    DateRule("date.month-relative-year", #"\#(P.month)\h*,?\h+(?:of\h+)?(?<rel>this|next|last)\h+year(?![a-z])"#, monthOfRelativeYear),
    DateRule("date.relative-month-name", #"(?<mod>next|last|this|previous|coming)\h+\#(P.month)(?![a-z])"#, relativeMonthName),
    DateRule("date.relative-unit", #"(?:the\h+)?\#(DateFragments.relativeModifier)\h+(?<unit>day|work\h*week|week|weekend|fortnight|month|quarter|year|decade|century)(?![a-z])"#, relativeUnit),
    DateRule("date.year-to-date", #"(?<![a-z])(?:year\h+to\h+date|ytd)(?![a-z])"#, yearToDate),
    DateRule("date.the-unit", #"(?:the|my)\h+(?<unit>week|weekend|month|year)(?![a-z]|-|\h+[0-9]|\h+of\h|\h+(?:to|ending|ended)(?![a-z]))|(?<![a-z]\h)(?<![a-z])(?<unit2>weekend)(?![a-z])"#, theUnit),
  ]

  static func dayWord(_ m: DateMatch) -> DateReading? {
    guard let word = m["word"] else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    // "tmrw", "2moro": tomorrow as chat messages write it
    var offset = word == "yesterday" ? -1 : (word == "tomorrow" || word == "tmrw" || word == "tmrrw" || word == "2moro" ? 1 : 0)
    if let dir = m["dir"] { offset += dir == "before" ? -1 : 1 }
    return .day(ref.adding(days: offset))
  }

  static func ago(_ m: DateMatch) -> DateReading? {
    guard let steps = DateDuration.parse(m["dur"]) else { return nil }
    // "1,209 cases on Wednesday, up from 844 a day earlier": counted from the story's last day.
    let text = DateContext.lowercased(m.text.bytes, m.range)
    if text.hasSuffix("earlier") || text.hasSuffix("before"), let last = m.environment.lastDay, last != m.reference {
      var r = DateReading.day(DateDuration.apply(steps, to: last, sign: -1), relative: false)
      r.anaphoric = true
      return r
    }
    guard let ref = m.reference else { return .unresolved(.day) }
    return .day(DateDuration.apply(steps, to: ref, sign: -1))
  }

  static func later(_ m: DateMatch) -> DateReading? {
    guard let steps = DateDuration.parse(m["dur"]) else { return nil }
    // "two years later than planned" compares; it names no date.
    if DateContext.wordAfter(m.range.upperBound, in: m.text.bytes) == "than" { return nil }
    if let anaphoric = anaphoricLater(m, steps) { return anaphoric }
    guard let ref = m.reference else { return .unresolved(.day) }
    return .day(DateDuration.apply(steps, to: ref, sign: 1))
  }

  /// "The plant opened in 1996. Two years later …" is 1998; "on May 7 … three days later" is
  /// May 10: "later" counts from the document's last date, not from the reference day.
  static func anaphoricLater(_ m: DateMatch, _ steps: [(Int, DateUnit)]) -> DateReading? {
    guard DateContext.lowercased(m.text.bytes, m.range).hasSuffix("later") else { return nil }
    var r: DateReading
    if steps.allSatisfy({ $0.1 == .year }), let last = m.environment.lastYear, last != m.reference?.year {
      r = DateReading(DatePoint(year: last + steps.reduce(0) { $0 + $1.0 }))
    } else if let day = m.environment.lastDay, day != m.reference {
      r = .day(DateDuration.apply(steps, to: day, sign: 1), relative: false)
    } else {
      return nil
    }
    r.anaphoric = true
    return r
  }

  /// "in three weeks": a future day, unless the clause measures a span with it ("the lowest
  /// level in 20 years").
  static func inDuration(_ m: DateMatch) -> DateReading? {
    let bytes = m.text.bytes
    var start = max(0, m.range.lowerBound - 80)
    if let stop = bytes[start..<m.range.lowerBound].lastIndex(where: { $0 == 0x0A || $0 == UInt8(ascii: ".") }) { start = stop + 1 }
    if DateVocabulary.spanMarkerBytes.contains(where: { DateContext.contains($0, in: bytes, from: start, to: m.range.lowerBound) }) {
      return nil
    }
    return later(m)
  }

  static func shift(_ m: DateMatch) -> DateReading? {
    guard let steps = DateDuration.parse(m["dur"]), var base = m.reading(of: "base") else { return nil }
    let yearless = base.start.year == nil
    m.grammar.complete(&base, environment: m.environment)
    // A holiday or a date named without its year counts from its next occurrence.
    if let ref = m.reference, let holiday = base.holiday, let next = holiday.next(after: ref, including: true) {
      base = .day(next)
    } else if yearless, let ref = m.reference, base.isPoint, let first = base.start.firstDay, first < ref, let y = base.start.year {
      base.start.year = y + 1
      base.end.year = y + 1
    }
    guard let day = base.start.firstDay else { return base.unresolved ? .unresolved(.day) : nil }
    var r = DateReading.day(DateDuration.apply(steps, to: day, sign: m["dir"] == "before" ? -1 : 1), relative: base.relative)
    r.ambiguous = base.ambiguous
    return r
  }

  static func within(_ m: DateMatch) -> DateReading? {
    guard let steps = DateDuration.parse(m["dur"]) else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    return .days(ref, DateDuration.apply(steps, to: ref, sign: 1).adding(days: -1))
  }

  /// "the next 3 days" (from tomorrow), "the last 3 months" (until yesterday); quarters and
  /// decades count whole periods.
  static func nextN(_ m: DateMatch) -> DateReading? {
    let modWord = m["mod"] ?? m["mod2"]
    let n = m.count ?? m["n2"].flatMap { Int($0) ?? DateVocabulary.fuzzyCounts[$0] ?? NumberWords.value(of: $0).map { Int($0) } }
    guard let mod = modWord, let count = n, count > 0, let unit = DateUnit(word: m["unit"] ?? m["unit2"] ?? "") else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    let forward = ["next", "coming", "upcoming", "following"].contains(mod)
    switch unit {
    case .quarter, .decade, .century, .half:
      guard let first = unit.period(containing: ref).start.firstDay else { return nil }
      let from = unit.step(first, by: forward ? 1 : -count)
      let to = unit.step(first, by: forward ? count : -1)
      return DateReading(from: unit.period(containing: from).start, to: unit.period(containing: to).end, relative: true)
    default:
      let steps = [(count, unit)]
      let step = unit == .businessDay ? unit : .day
      if forward { return .days(step.step(ref, by: 1), DateDuration.apply(steps, to: ref, sign: 1)) }
      return .days(DateDuration.apply(steps, to: ref, sign: -1), step.step(ref, by: -1))
    }
  }

  static func afterNext(_ m: DateMatch) -> DateReading? {
    guard let unit = DateUnit(word: m["unit"] ?? "") else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    return unit.period(containing: unit.step(ref, by: 2))
  }

  static func relativeMonthName(_ m: DateMatch) -> DateReading? {
    guard let month = m.month(), let mod = m["mod"] else { return nil }
    if MonthGate.verbLike.contains(m["month"] ?? ""), !m.isCapitalized("month") { return nil }
    guard let ref = m.reference else { return .unresolved(.month) }
    var year = ref.year
    switch mod {
    case "next", "coming": if month <= ref.month { year += 1 }
    case "last", "previous": if month >= ref.month { year -= 1 }
    default: break
    }
    return DateReading(DatePoint(year: year, month: month), relative: true)
  }

  /// "June next year", "March of last year".
  static func monthOfRelativeYear(_ m: DateMatch) -> DateReading? {
    guard let month = m.month(), let rel = m["rel"] else { return nil }
    if MonthGate.verbLike.contains(m["month"] ?? ""), !m.isCapitalized("month") { return nil }
    guard let ref = m.reference else { return .unresolved(.month) }
    return DateReading(DatePoint(year: ref.year + (rel == "next" ? 1 : rel == "last" ? -1 : 0), month: month), relative: true)
  }

  static func relativeUnit(_ m: DateMatch) -> DateReading? {
    guard let modText = m["mod"], let unitText = m["unit"] else { return nil }
    // An ASCII modifier is read by its bytes: the same answers without Foundation's search.
    let ascii = modText.utf8.allSatisfy { $0 < 0x80 }
    let working = ascii ? DateContext.contains(Array("working".utf8), in: Array(modText.utf8), from: 0, to: modText.utf8.count) : modText.contains("working")
    let workweek = unitText.hasPrefix("work") || working
    guard let unit = DateUnit(word: unitText.hasPrefix("work") ? "week" : unitText) else { return nil }
    let mod: String
    if ascii, let gap = modText.utf8.firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) {
      mod = String(modText[..<gap])
    } else if ascii {
      mod = modText
    } else {
      mod = modText.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? modText
    }
    let shift: Int
    switch mod {
    case "next", "coming", "upcoming", "following": shift = 1
    case "last", "previous", "past": shift = -1
    default: shift = 0
    }
    if unit == .year, shift != 0, modText != "past", let anaphoric = anaphoricYear(m, shift: shift) { return anaphoric }
    if unit == .day, shift != 0, let anaphoric = anaphoricDay(m, shift: shift) { return anaphoric }
    guard let ref = m.reference else { return .unresolved(unit == .day ? .day : (unit == .month ? .month : .year)) }
    if unit == .week, workweek {
      let monday = unit.step(ref, by: shift).mondayOfWeek
      return .days(monday, monday.adding(days: 4))
    }
    return unit.period(containing: unit.step(ref, by: shift))
  }

  /// "the following year" after "In 2009, …" is 2010 when the document's last year is not
  /// the reference year.
  static func anaphoricYear(_ m: DateMatch, shift: Int) -> DateReading? {
    guard let last = m.environment.lastYear, last != m.reference?.year,
      DateContext.lowercased(m.text.bytes, m.range).hasPrefix("the"), m["mod"] == "following" || m["mod"] == "previous"
    else { return nil }
    var r = DateReading(DatePoint(year: last + shift))
    r.anaphoric = true
    return r
  }

  /// "The firm was hit on May 7. The next day, it shut its pipeline": the day after the
  /// document's last day, when that is not the reference day.
  static func anaphoricDay(_ m: DateMatch, shift: Int) -> DateReading? {
    guard let last = m.environment.lastDay, last != m.reference, DateContext.lowercased(m.text.bytes, m.range).hasPrefix("the"),
      m["mod"] == "next" || m["mod"] == "following" || m["mod"] == "previous"
    else { return nil }
    var r = DateReading.day(last.adding(days: shift), relative: false)
    r.anaphoric = true
    return r
  }

  static func yearToDate(_ m: DateMatch) -> DateReading? {
    guard let ref = m.reference else { return .unresolved(.year) }
    return DateReading(DatePoint(year: ref.year), relative: true)
  }

  static func theUnit(_ m: DateMatch) -> DateReading? {
    guard let unit = DateUnit(word: m["unit"] ?? m["unit2"] ?? "") else { return nil }
    guard let ref = m.reference else { return .unresolved(unit == .month ? .month : .year) }
    // "over the weekend" told in the past is the weekend just gone.
    if unit == .weekend, m.wordBefore == "over", !m.futureBefore, ref.weekday < 6 {
      return unit.period(containing: ref.adding(days: -7))
    }
    return unit.period(containing: ref)
  }
}

/// A duration such as "1 month, 21 days" as calendar steps.
enum DateDuration {
  static func parse(_ text: String?) -> [(Int, DateUnit)]? {
    guard let text else { return nil }
    var steps: [(Int, DateUnit)] = []
    var pending: [String] = []
    var business = false
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
    var i = 0
    while i < words.count {
      let w = words[i]
      let joined = i + 1 < words.count ? w + " " + words[i + 1] : w
      if ["business", "working"].contains(w) { business = true; i += 1; continue }
      if var unit = DateUnit(word: w), !pending.isEmpty {
        if business, unit == .day { unit = .businessDay }
        business = false
        let phrase = pending.joined(separator: " ")
        guard let n = Int(phrase) ?? DateVocabulary.fuzzyCounts[phrase] ?? NumberWords.value(of: phrase).map({ Int($0) })
        else { return nil }
        steps.append((n, unit))
        pending = []
      } else if w == "and" && pending.isEmpty {
      } else {
        _ = joined
        pending.append(w)
      }
      i += 1
    }
    return steps.isEmpty || !pending.isEmpty ? nil : steps
  }

  static func apply(_ steps: [(Int, DateUnit)], to day: CalendarDay, sign: Int) -> CalendarDay {
    steps.reduce(day) { d, step in step.1.step(d, by: sign * step.0) }
  }
}
