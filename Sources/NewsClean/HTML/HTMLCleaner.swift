import CLibXML2
import NewsCore

/// HTML pages → article blocks and metadata, through libxml2's HTML parser with recovery
/// (first version: every paragraph, heading and list item of the body; see issue 6).
public struct HTMLCleaner: Sendable {
  public var options: CleanerOptions

  public init(options: CleanerOptions = CleanerOptions()) {
    self.options = options
    LibXML.initialize()
  }

  public func clean(_ raw: RawDocument) throws -> CleanDocument {
    guard raw.bytes.count <= options.maxBytes else {
      throw CleanError(
        "the page is \(raw.bytes.count) bytes, over the limit of \(options.maxBytes) (raise it with --max-bytes)")
    }
    let decoded = try CharsetDecoder.decode(raw.bytes, declared: raw.declaredCharset, html: true)
    return try clean(html: decoded.text, origin: raw.origin, charset: decoded)
  }

  public func clean(html: String, origin: String, charset: DecodedText? = nil) throws -> CleanDocument {
    var utf8 = Array(html.utf8)
    if utf8.isEmpty { throw CleanError("the page is empty") }
    let flags = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    guard let doc = utf8.withUnsafeMutableBufferPointer({ p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
        htmlReadMemory($0, Int32(p.count), origin, "UTF-8", flags)
      }
    }) else { throw CleanError("libxml2 could not parse the page") }
    defer { xmlFreeDoc(doc) }
    var blocks: [Block] = []
    var metadata = Metadata()
    walk(xmlDocGetRootElement(doc), into: &blocks, metadata: &metadata, depth: 0)
    metadata.charset = charset?.charset
    metadata.charsetSource = charset?.source
    return CleanDocument(
      origin: origin, format: .html, text: blocks.map(\.text).joined(separator: "\n\n"), blocks: blocks,
      metadata: metadata)
  }

  static let blockKinds: [String: BlockKind] = [
    "p": .paragraph, "h1": .heading, "h2": .heading, "h3": .heading, "li": .listItem,
    "blockquote": .quote, "figcaption": .caption,
  ]
  static let skipped: Set<String> = ["script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form"]

  func walk(_ node: xmlNodePtr?, into blocks: inout [Block], metadata: inout Metadata, depth: Int) {
    var child = node
    while let n = child {
      defer { child = n.pointee.next }
      guard n.pointee.type == XML_ELEMENT_NODE, depth < options.maxDepth else { continue }
      let name = String(cString: n.pointee.name)
      if name == "title", metadata.title == nil { metadata.title = LibXML.text(of: n).trimmingSpaces; continue }
      if HTMLCleaner.skipped.contains(name) { continue }
      if let kind = HTMLCleaner.blockKinds[name] {
        let text = LibXML.text(of: n).collapsingSpaces
        if !text.isEmpty { blocks.append(Block(kind: kind, text: text)) }
        continue
      }
      walk(n.pointee.children, into: &blocks, metadata: &metadata, depth: depth + 1)
    }
  }
}
