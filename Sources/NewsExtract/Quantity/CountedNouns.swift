/// What a number may count (data): irregular plurals, measure units, and nouns that make a
/// number something other than a count (durations, dates, multipliers, money, percent).
enum CountedNouns {
  /// Plurals not ending in -s.
  static let irregularPlurals: Set<String> = [
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "fish",
    "deer", "aircraft", "feet", "teeth", "mice", "geese", "data", "media", "criteria", "livestock",
    "troops", "poultry", "crew", "spacecraft", "offspring", "youth",
  ]

  /// Units of measure counted as quantities ("12 km", "500 MW").
  static let measureUnits: Set<String> = [
    "km", "kg", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "ha", "mph", "kph", "lb", "lbs", "oz", "mm",
    "cm", "sq", "bcm", "bpd", "teu", "mt", "ton", "tons", "tonne", "tonnes", "hectares", "acres", "kilometers",
    "kilometres", "miles", "meters", "metres", "liters", "litres", "barrels", "gallons",
  ]

  /// Nouns that turn a number into a duration, a date, a multiplier or a share: not counts.
  static let excluded: Set<String> = [
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
    "seconds", "second", "decades", "decade", "centuries", "century", "nights", "night", "times", "fold",
    "am", "pm", "percent", "pct", "cent", "cents", "per", "st", "nd", "rd", "th", "bn", "mn", "mln", "billion",
    "million", "thousand", "trillion", "hundred", "dozen", "lakh", "crore", "points", "point", "yards",
    "illion", "quarters", "quarter", "halves", "half", "apiece", "odd", "plus", "something",
    "thousands", "millions", "billions", "ones", "others", "seasons", "mondays", "tuesdays", "wednesdays",
    "thursdays", "fridays", "saturdays", "sundays", "weekends",
  ]

  static let irregularTable = WordTable(irregularPlurals.sorted().map { ($0, true) })
  static let measureTable = WordTable(measureUnits.sorted().map { ($0, true) })
  static let excludedTable = WordTable(excluded.sorted().map { ($0, true) })

  /// Whether the word `b[r]` (letters) names what is counted as a plural: an irregular plural,
  /// a measure unit, or a word ending in -s but not -ss, -us, -is.
  static func isPlural(_ b: [UInt8], _ r: Range<Int>) -> Bool {
    if irregularTable.value(b, r) != nil || measureTable.value(b, r) != nil { return true }
    guard r.count >= 3, b[r.upperBound - 1] | 0x20 == UInt8(ascii: "s") else { return false }
    let before = b[r.upperBound - 2] | 0x20
    return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
  }
}
