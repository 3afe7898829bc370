import NewsCore
import NewsNormalize

/// Joins entities across documents: an entity whose name is, in another document, an alias
/// of a fuller entity of the same type (or, for persons, that entity's surname) becomes that
/// entity, when exactly one fuller entity claims it. Ids not claimed stay as they are.
enum CorpusEntityMerge {
  struct Record {
    var id: String
    var type: EntityType
    var name: String
    var aliases: [String]
  }

  /// Maps each entity id to the id it joins (itself when it stays).
  static func targets(for records: [Record]) -> [String: String] {
    var claims: [String: Set<String>] = [:]  // "type|folded form" → ids of fuller entities
    var tokenCount: [String: Int] = [:]
    for r in records {
      let tokens = EntityID.slug(r.name).split(separator: "-").count
      tokenCount[r.id] = max(tokenCount[r.id] ?? 0, tokens)
      var forms = Set(r.aliases.map(EntityID.slug))
      if r.type == .person, tokens >= 2, let last = EntityID.slug(r.name).split(separator: "-").last {
        forms.insert(String(last))
      }
      for form in forms where !form.isEmpty { claims["\(r.type.rawValue)|\(form)", default: []].insert(r.id) }
    }
    var target: [String: String] = [:]
    for r in records {
      let key = "\(r.type.rawValue)|\(EntityID.slug(r.name))"
      let fuller = (claims[key] ?? []).filter { $0 != r.id && (tokenCount[$0] ?? 0) > (tokenCount[r.id] ?? 0) }
      target[r.id] = fuller.count == 1 ? fuller.first! : (target[r.id] ?? r.id)
    }
    // Follow chains (a → b → c) to their end.
    for id in target.keys {
      var seen: Set<String> = [id]
      var t = target[id]!
      while let next = target[t], next != t, !seen.contains(next) { seen.insert(t); t = next }
      target[id] = t
    }
    return target
  }
}
