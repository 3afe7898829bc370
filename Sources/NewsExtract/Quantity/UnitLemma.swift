/// The singular of a counted noun ("projects" → "project", "countries" → "country"), for
/// grouping counts across documents. English regular plurals only; irregular plurals and
/// measure units stay as written.
enum UnitLemma {
  static let irregular: [String: String] = [
    "people": "person", "children": "child", "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "data": "datum", "media": "medium", "criteria": "criterion",
  ]

  static func of(_ plural: String) -> String {
    if let singular = irregular[plural] { return singular }
    if CountedNouns.irregularPlurals.contains(plural) || CountedNouns.measureUnits.contains(plural) { return plural }
    if plural.hasSuffix("ies"), plural.count > 4 { return String(plural.dropLast(3)) + "y" }
    for ending in ["ches", "shes", "sses", "xes", "zes"] where plural.hasSuffix(ending) { return String(plural.dropLast(2)) }
    if plural.hasSuffix("s") { return String(plural.dropLast()) }
    return plural
  }
}
