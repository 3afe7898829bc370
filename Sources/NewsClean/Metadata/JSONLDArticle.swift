import NewsCore

/// The article object of a page's JSON-LD (schema.org), with the fields metadata needs.
struct JSONLDArticle {
  var headline: String?
  var published: String?
  var modified: String?
  var authors: [String] = []
  var url: String?
  var publisher: String?
  var language: String?

  /// Reads every JSON-LD block and keeps the first article-typed object (else the first
  /// object with a headline or date).
  init?(blocks: [String]) {
    var objects: [[String: JSON]] = []
    for block in blocks {
      guard let json = try? JSON(parsing: Array(block.utf8)) else { continue }
      Self.collect(json, into: &objects, depth: 0)
    }
    let chosen =
      objects.first { Self.types(of: $0).contains { MetadataWords.articleTypes.contains($0) && $0 != "WebPage" } }
      ?? objects.first { $0["headline"] != nil || $0["datePublished"] != nil }
    guard let o = chosen else { return nil }
    headline = o["headline"]?.stringValue ?? o["name"]?.stringValue
    published = o["datePublished"]?.stringValue ?? o["dateCreated"]?.stringValue
    modified = o["dateModified"]?.stringValue
    authors = Self.names(o["author"] ?? o["creator"])
    url = o["url"]?.stringValue ?? o["mainEntityOfPage"].flatMap { $0.stringValue ?? $0["@id"]?.stringValue }
    publisher = Self.names(o["publisher"]).first
    language = o["inLanguage"]?.stringValue
  }

  static func collect(_ json: JSON, into out: inout [[String: JSON]], depth: Int) {
    guard depth < 6 else { return }
    switch json {
    case .array(let items): for item in items { collect(item, into: &out, depth: depth + 1) }
    case .object(let members):
      out.append(members)
      if let graph = members["@graph"] { collect(graph, into: &out, depth: depth + 1) }
    default: break
    }
  }

  static func types(of o: [String: JSON]) -> [String] {
    switch o["@type"] {
    case .string(let s): return [s]
    case .array(let items): return items.compactMap(\.stringValue)
    default: return []
    }
  }

  /// Names from a string, a Person/Organization object, or an array of either.
  static func names(_ json: JSON?) -> [String] {
    switch json {
    case .string(let s): return [s]
    case .object(let o): return (o["name"]?.stringValue).map { [$0] } ?? []
    case .array(let items): return items.flatMap { names($0) }
    default: return []
    }
  }
}
