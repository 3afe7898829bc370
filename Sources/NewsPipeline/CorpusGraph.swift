import NewsCore
import NewsNormalize

/// The corpus knowledge graph: documents, entities with every mention across documents,
/// and facts with their document and span. Built from documents in id order, so the graph
/// does not depend on the order documents finished in.
public struct CorpusGraph: Sendable {
  var documents: [ExtractedDocument] = []

  public init() {}

  public mutating func add(_ doc: ExtractedDocument) {
    var slim = doc
    slim.clean.text = ""
    slim.clean.blocks = []
    documents.append(slim)
  }

  public func json() -> JSON {
    let docs = documents.sorted { $0.id != $1.id ? $0.id < $1.id : $0.clean.origin < $1.clean.origin }
    var entityOrder: [String] = []
    var entities: [String: (type: EntityType, names: [String: Int], aliases: Set<String>, mentions: [JSON])] = [:]
    var facts: [JSON] = []
    var documentNodes: [JSON] = []
    let records = docs.flatMap { doc in
      doc.entities.map { CorpusEntityMerge.Record(id: $0.id, type: $0.type, name: $0.name, aliases: $0.aliases) }
    }
    let target = CorpusEntityMerge.targets(for: records)
    for doc in docs {
      var node: [String: JSON] = ["id": .string(doc.id), "source": .string(doc.clean.origin)]
      let meta = doc.clean.metadata
      if let t = meta.title { node["title"] = .string(t) }
      if let p = meta.published { node["published"] = .string(p) }
      if let u = meta.canonicalURL { node["url"] = .string(u) }
      node["facts"] = .int(doc.facts.count)
      node["entities"] = .int(doc.entities.count)
      documentNodes.append(.object(node))
      for e in doc.entities {
        let id = target[e.id] ?? e.id
        if entities[id] == nil {
          entityOrder.append(id)
          entities[id] = (e.type, [:], [], [])
        }
        entities[id]!.names[e.name, default: 0] += e.mentions.count
        entities[id]!.aliases.formUnion(e.aliases)
        for m in e.mentions {
          entities[id]!.mentions.append([
            "document": .string(doc.id), "start": .int(m.span.start), "end": .int(m.span.end), "text": .string(m.text),
          ])
        }
      }
      for f in doc.facts {
        guard case .object(var o) = DocumentJSON.fact(f) else { continue }
        o["id"] = .string(StableID.fact(document: doc.id, kind: f.kind.rawValue, start: f.span.start, end: f.span.end))
        o["document"] = .string(doc.id)
        facts.append(.object(o))
      }
    }
    let entityNodes: [JSON] = entityOrder.sorted().map { id in
      let e = entities[id]!
      // The canonical name is the fullest form (most words), then the most mentioned, then the first by order.
      func words(_ s: String) -> Int { EntityID.slug(s).split(separator: "-").count }
      let name = e.names.sorted {
        words($0.key) != words($1.key) ? words($0.key) > words($1.key)
          : ($0.value != $1.value ? $0.value > $1.value : $0.key < $1.key)
      }.first!.key
      let aliases = e.aliases.union(e.names.keys).subtracting([name]).sorted()
      var node: [String: JSON] = [
        "id": .string(id), "type": .string(e.type.rawValue), "name": .string(name), "mentions": .array(e.mentions),
      ]
      if !aliases.isEmpty { node["aliases"] = .array(aliases.map { .string($0) }) }
      return .object(node)
    }
    return [
      "documents": .array(documentNodes), "entities": .array(entityNodes), "facts": .array(facts),
      "counts": ["documents": .int(documentNodes.count), "entities": .int(entityNodes.count), "facts": .int(facts.count)],
    ]
  }
}
