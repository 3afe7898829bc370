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
    let u = Array(plural.utf8)
    func ends(_ suffix: StaticString) -> Bool {
      let n = suffix.utf8CodeUnitCount
      guard u.count > n else { return false }
      return (0..<n).allSatisfy { u[u.count - n + $0] == suffix.utf8Start[$0] }
    }
    var cut = 0
    var tail: [UInt8] = []
    if ends("ies") && u.count > 4 {
      cut = 3
      tail = [UInt8(ascii: "y")]
    } else if ends("ches") || ends("shes") || ends("sses") || ends("xes") || ends("zes") {
      cut = 2
    } else if ends("s") {
      cut = 1
    }
    return String(decoding: u[0..<(u.count - cut)] + tail, as: UTF8.self)
  }
}
