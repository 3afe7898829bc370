import NewsCore

/// What a gazetteer phrase names.
enum GazetteerKind: UInt8, Sendable {
  case country, city, region, feature, organization

  var type: EntityType { self == .organization ? .organization : .location }
}

/// One phrase of the gazetteer: its kind, the canonical name (an index into
/// `Gazetteer.canonicalNames`, so that an entry copies without reference counting) and, for
/// cities, the population.
struct GazetteerEntry: Sendable {
  var kind: GazetteerKind
  var canonicalIndex: Int32
  var population: Int32
  /// Number of words of the phrase.
  var words: Int32

  var population64: Int { Int(population) }
}
