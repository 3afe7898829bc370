/// Every date rule, in the order the scanner prefers them when several match at one place:
/// ranges before their endpoints, long forms before the short forms inside them, and the
/// endpoint-only forms last.
enum DateRules {
  static let all: [DateRule] = NumericRangeRules.all + RangeRules.all + HolidayRules.all + CombinedRules.all
    + RemainderRules.all + AbsoluteRules.all + PeriodRules.all + WeekdayRules.all + RelativeRules.all + ShortRules.all
    + HolidayEndpointRules.all + EndpointRules.all
}

/// Shorthands for composing rule patterns from `DateFragments`.
enum P {
  static let month = DateFragments.month
  static let weekday = DateFragments.weekday
  static let day = DateFragments.day
  static let dayWord = DateFragments.dayWord
  static let year = DateFragments.year
  static let yearWords = DateFragments.yearWords
  static let count = DateFragments.count
  static let unit = DateFragments.unit
  /// A duration: "3 days", "1 month, 21 days", "two years".
  static let duration = #"(?<dur>\#(count)\h+\#(unit)(?:\h*,?\h*(?:and\h+)?\#(DateFragments.anonymous(count))\h+\#(DateFragments.anonymous(unit)))*)"#
  static let anyYear = "(?:\(year)|\(yearWords))"
  /// "this year", "next month" after "of": the unit group is `relunit`.
  static let relativeOf = #"(?<rel>this|next|last|previous|current|the\h+following|the\h+previous)\h+(?<relunit>year|month|week)(?![a-z])"#
}
