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
        if entities[e.id] == nil {
          entityOrder.append(e.id)
          entities[e.id] = (e.type, [:], [], [])
        }
        entities[e.id]!.names[e.name, default: 0] += e.mentions.count
        entities[e.id]!.aliases.formUnion(e.aliases)
        for m in e.mentions {
          entities[e.id]!.mentions.append([
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
      // The canonical name is the one most mentions carry; ties go to the longer, then the first in order.
      let name = e.names.sorted {
        $0.value != $1.value ? $0.value > $1.value : ($0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key)
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
