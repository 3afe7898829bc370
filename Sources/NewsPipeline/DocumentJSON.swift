import NewsCore

/// The JSON form of an extracted document: the streaming contract's fields, plus provenance
/// (rules, qualifiers, metadata sources, block spans) as extra fields.
public enum DocumentJSON {
  /// - Parameters:
  ///   - id: the id to write (an NDJSON line's own id, or the document's stable id).
  public static func object(for doc: ExtractedDocument, id: JSON) -> JSON {
    let meta = doc.clean.metadata
    var object: [String: JSON] = [
      "id": id,
      "document_id": .string(doc.id),
      "source": .string(doc.clean.origin),
      "format": .string(doc.clean.format.rawValue),
      "text": .string(doc.clean.text),
      "facts": .array(doc.facts.map(fact)),
      "entities": .array(doc.entities.map(entity)),
      "blocks": .array(blocks(of: doc.clean)),
    ]
    if let title = meta.title { object["title"] = .string(title) }
    if let published = meta.published { object["published"] = .string(published) }
    object["metadata"] = metadata(meta)
    return .object(object)
  }

  static func metadata(_ meta: Metadata) -> JSON {
    var m: [String: JSON] = [:]
    func put(_ key: String, _ value: String?) { if let value { m[key] = .string(value) } }
    put("title", meta.title)
    put("published", meta.published)
    put("published_source", meta.publishedSource)
    put("modified", meta.modified)
    put("modified_source", meta.modifiedSource)
    put("canonical_url", meta.canonicalURL)
    put("site_name", meta.siteName)
    put("language", meta.language)
    put("charset", meta.charset)
    put("charset_source", meta.charsetSource)
    if !meta.authors.isEmpty { m["authors"] = .array(meta.authors.map { .string($0) }) }
    return .object(m)
  }

  /// A fact as the contract writes it, with its rule, qualifier and attributes beside the value.
  public static func fact(_ f: Fact) -> JSON {
    var o: [String: JSON] = [
      "kind": .string(f.kind.rawValue), "text": .string(f.text),
      "start": .int(f.span.start), "end": .int(f.span.end), "value": f.value, "rule": .string(f.rule),
    ]
    if let q = f.qualifier { o["qualifier"] = .string(q) }
    for (key, value) in f.attributes where o[key] == nil { o[key] = value }
    return .object(o)
  }

  public static func entity(_ e: Entity) -> JSON {
    var o: [String: JSON] = [
      "id": .string(e.id), "type": .string(e.type.rawValue), "name": .string(e.name),
      "mentions": .array(e.mentions.map { m in
        ["start": .int(m.span.start), "end": .int(m.span.end), "text": .string(m.text), "rule": .string(m.rule)]
      }),
    ]
    if !e.aliases.isEmpty { o["aliases"] = .array(e.aliases.map { .string($0) }) }
    return .object(o)
  }

  /// Blocks with their kind and code-point span in the text, found in order.
  static func blocks(of clean: CleanDocument) -> [JSON] {
    let text = clean.text.unicodeScalars
    var cursor = text.startIndex
    var offset = 0
    var out: [JSON] = []
    for block in clean.blocks {
      guard let first = block.text.unicodeScalars.first else { continue }
      // Walk to the block's first scalar, then over its length.
      var probe = cursor
      var probeOffset = offset
      var found = false
      while probe < text.endIndex {
        if text[probe] == first, text[probe...].starts(with: block.text.unicodeScalars) { found = true; break }
        probe = text.index(after: probe)
        probeOffset += 1
      }
      guard found else { continue }
      let length = block.text.unicodeScalars.count
      out.append(["kind": .string(block.kind.rawValue), "start": .int(probeOffset), "end": .int(probeOffset + length)])
      cursor = text.index(probe, offsetBy: length)
      offset = probeOffset + length
    }
    return out
  }
}
