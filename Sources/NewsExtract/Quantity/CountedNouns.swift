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
    "o'clock", "years'", "illion", "quarters", "quarter", "halves", "half", "apiece", "odd", "plus", "something",
    "thousands", "millions", "billions", "ones", "others", "times", "seasons", "seconds",
  ]

  /// Whether a lower-case word names what is counted as a plural.
  static func isPlural(_ word: String) -> Bool {
    if irregularPlurals.contains(word) || measureUnits.contains(word) { return true }
    guard word.count >= 3, word.hasSuffix("s") else { return false }
    return !(word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s"))
  }
}
