import NewsCore

/// Settles facts of different kinds that claim the same text: money over percent over date
/// over quantity, and a longer span over a shorter one of the same kind.
public enum FactOverlap {
  static func rank(_ kind: FactKind) -> Int {
    switch kind {
    case .money: return 0
    case .percent: return 1
    case .date: return 2
    case .quantity: return 3
    }
  }

  /// Non-overlapping facts, in text order.
  public static func resolve(_ facts: [Fact]) -> [Fact] {
    let byPriority = facts.sorted {
      if rank($0.kind) != rank($1.kind) { return rank($0.kind) < rank($1.kind) }
      if $0.span.length != $1.span.length { return $0.span.length > $1.span.length }
      return $0.span < $1.span
    }
    var kept: [Fact] = []
    for fact in byPriority where !kept.contains(where: { $0.span.overlaps(fact.span) }) {
      kept.append(fact)
    }
    return kept.sorted { $0.span != $1.span ? $0.span < $1.span : rank($0.kind) < rank($1.kind) }
  }
}
