import NewsCore

/// What a gazetteer phrase names.
enum GazetteerKind: UInt8, Sendable {
  case country, city, region, feature, organization

  var type: EntityType { self == .organization ? .organization : .location }
}

/// One phrase of the gazetteer: its kind, the canonical name and, for cities, the population.
struct GazetteerEntry: Sendable {
  var kind: GazetteerKind
  var canonical: String
  var population: Int
  /// Number of words of the phrase.
  var words: Int
}
