import NewsCore

/// What is left of the current week, month or year: "the rest of the week", "rest of my
/// month", "the remainder of the year". The period runs from the reference day up to the
/// eve of the unit's last day (the convention of the Recognizers-Text specs: the remainder
/// ends where the unit's final day begins).
enum RemainderRules {
  static let all: [DateRule] = [
    DateRule("date.rest-of", #"(?:the\h+)?(?:rest|remainder|remaining|balance)(?:\h+of)?\h+(?:(?:the|my|this|current|this\h+current)\h+)?(?<unit>week|month|year)(?![a-z])"#, restOf),
  ]

  static func restOf(_ m: DateMatch) -> DateReading? {
    guard let unit = DateUnit(word: m["unit"] ?? "") else { return nil }
    guard let ref = m.reference else { return .unresolved(.day) }
    guard let last = unit.period(containing: ref).end.lastDay else { return nil }
    return .days(ref, max(ref, last.adding(days: -1)))
  }
}
