import CLibXML2
import NewsCore

/// HTML pages → article blocks and metadata, through libxml2's HTML parser with recovery.
///
/// The page is parsed from UTF-8 (decoded first by `CharsetDecoder`, thinned of what the cleaner
/// never reads by `UnreadContentStripper`), metadata is read from the whole tree, then the body
/// is pruned of furniture, the article body is found (`ContentScorer`) and its blocks are
/// collected in order (`BlockCollector`, `BlockFilter`).
public struct HTMLCleaner: Sendable {
  public var options: CleanerOptions

  /// Below this many letters of article text the same parsed page is measured again without
  /// the class/id pruning, which some pages defeat.
  static let retryBelow = 200

  public init(options: CleanerOptions = CleanerOptions()) {
    self.options = options
    LibXML.initialize()
  }

  /// Decodes (see `CharsetDecoder`) and cleans one page.
  public func clean(_ raw: RawDocument) throws -> CleanDocument {
    guard raw.bytes.count <= options.maxBytes else {
      throw CleanError(
        "the page is \(raw.bytes.count) bytes, over the limit of \(options.maxBytes) (raise it with --max-bytes)")
    }
    let (charset, source, body) = CharsetDecoder.choose(raw.bytes, declared: raw.declaredCharset, html: true)
    if charset == .utf8, source == "valid-utf8" || UTF8Check.isValid(body) {
      // Valid UTF-8 goes to libxml2 as it is: no decoded copy.
      let used = DecodedText(text: "", charset: charset.rawValue, source: source)
      return try body.withUnsafeBufferPointer { try clean(utf8: $0, origin: raw.origin, url: raw.url, charset: used) }
    }
    let decoded = DecodedText(text: CharsetDecoder.decode(body, as: charset), charset: charset.rawValue, source: source)
    return try clean(html: decoded.text, origin: raw.origin, url: raw.url, charset: decoded)
  }

  /// Cleans an already decoded page.
  public func clean(html: String, origin: String, url: String? = nil, charset: DecodedText? = nil) throws
    -> CleanDocument
  {
    var html = html
    return try html.withUTF8 { try clean(utf8: $0, origin: origin, url: url, charset: charset) }
  }

  private func clean(utf8: UnsafeBufferPointer<UInt8>, origin: String, url: String?, charset: DecodedText?) throws
    -> CleanDocument
  {
    guard utf8.contains(where: { $0 > 0x20 }) else { throw CleanError("the page is empty") }
    if options.usesParseArena, utf8.count <= options.parseArenaLimit {
      return try LibXML.withParseArena { try thinAndClean(utf8: utf8, origin: origin, url: url, charset: charset) }
    }
    return try thinAndClean(utf8: utf8, origin: origin, url: url, charset: charset)
  }

  private func thinAndClean(utf8: UnsafeBufferPointer<UInt8>, origin: String, url: String?, charset: DecodedText?) throws
    -> CleanDocument
  {
    if options.stripsUnreadContent, let thinned = UnreadContentStripper.strip(utf8) {
      return try thinned.withUnsafeBufferPointer { try cleanParsed(utf8: $0, origin: origin, url: url, charset: charset) }
    }
    return try cleanParsed(utf8: utf8, origin: origin, url: url, charset: charset)
  }

  private func cleanParsed(utf8: UnsafeBufferPointer<UInt8>, origin: String, url: String?, charset: DecodedText?)
    throws -> CleanDocument
  {
    guard let doc = LibXML.parse(utf8: utf8, origin: origin) else {
      throw CleanError("libxml2 could not parse the page")
    }
    defer { LibXML.free(doc) }
    var result: (blocks: [Block], metadata: Metadata, letters: Int) = ([], Metadata(), 0)
    if let root = xmlDocGetRootElement(doc) {
      let first = PageTree(options: options, pruneByNames: true)
      result = extract(first, root: root, url: url)
      if result.letters < Self.retryBelow {
        // The same tree again, pruned subtrees put back, without the class/id pruning.
        first.restorePruned()
        let again = PageTree(options: options, pruneByNames: false)
        let second = extract(again, root: root, url: url)
        again.freePruned()
        if second.letters > result.letters { result = second }
      } else {
        first.freePruned()
      }
    }
    var metadata = result.metadata
    metadata.charset = charset?.charset
    metadata.charsetSource = charset?.source
    let text = result.blocks.map(\.text).joined(separator: "\n\n")
    metadata.language = LanguageGuess.reconcile(declared: metadata.language, text: text)
    return CleanDocument(origin: origin, format: .html, text: text, blocks: result.blocks, metadata: metadata)
  }

  private func extract(_ tree: PageTree, root: xmlNodePtr, url: String?) -> (blocks: [Block], metadata: Metadata, letters: Int) {
    tree.signals = PageSignalReader(maxNodes: options.maxNodes)
    tree.measure(root)
    let metadata = MetadataReader(page: tree.signals?.signals ?? PageSignals(), url: url).read()
    let roots = ContentScorer(tree: tree).articleRoots()
    var collector = BlockCollector(tree: tree)
    for i in roots { collector.collect(tree.stats[i].node) }
    let filter = BlockFilter(title: metadata.title)
    var letters = 0
    var blocks: [Block] = []
    var kept = collector.blocks.filter(filter.keep)
    filter.dropRestatedHeadline(&kept)
    filter.dropTrailers(&kept)
    for block in kept {
      letters += block.letters
      blocks.append(Block(kind: block.kind, text: block.text))
    }
    return (blocks, metadata, letters)
  }
}
