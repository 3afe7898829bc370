import NewsCore

/// Merges a document's mentions into entities (first version; see issue 5): mentions with
/// the same text and type are one entity.
public struct EntityResolver: Sendable {
  public init() {}

  /// The entities of one document, in order of first mention.
  public func entities(from mentions: [EntityMention]) -> [Entity] {
    var order: [String] = []
    var groups: [String: [EntityMention]] = [:]
    for m in mentions.sorted(by: { $0.span < $1.span }) {
      let key = "\(m.type.rawValue):\(m.text)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(m)
    }
    return order.map { key in
      let ms = groups[key]!
      return Entity(id: EntityID.make(type: ms[0].type, name: ms[0].text), type: ms[0].type, name: ms[0].text, mentions: ms)
    }
  }
}
