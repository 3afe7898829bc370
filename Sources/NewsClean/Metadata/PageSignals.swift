import CLibXML2

/// Everything a page says about itself, gathered before pruning (while `PageTree` walks):
/// `<meta>` values, JSON-LD blocks, `<title>`, the first `<h1>`, `<time>` elements, itemprops,
/// author links and bylines, the canonical link and the `lang` attribute.
struct PageSignals {
  /// `<meta>` values by lowercased `property`, `name`, `itemprop` or `http-equiv` (first wins).
  var meta: [String: String] = [:]
  var jsonLD: [String] = []
  var titleElement: String?
  var firstH1: String?
  var canonical: String?
  var lang: String?
  /// `datetime` (or text) of `<time>` elements outside footers, in order.
  var times: [String] = []
  /// itemprop values (content, datetime or text) by itemprop name, in order.
  var itemprops: [String: [String]] = [:]
  var authorLinks: [String] = []
  /// Texts of elements named byline/author, outside footers.
  var bylines: [String] = []
  /// Texts of elements named as dates (`article_date`, `timestamp` …), outside footers.
  var datelines: [String] = []

  static let maxBylines = 6
  /// The itemprops read.
  static let itemprops: [StaticString] = ["datePublished", "dateModified", "author", "headline"]
}

/// Fills `PageSignals` from a parsed page.
struct PageSignalReader {
  var signals = PageSignals()
  private var visited = 0
  let maxNodes: Int

  init(maxNodes: Int) { self.maxNodes = maxNodes }

  /// Reads the whole tree below `root` (the `html` element).
  mutating func read(_ root: xmlNodePtr) -> PageSignals {
    readLanguage(root)
    visit(root)
    return signals
  }

  mutating func readLanguage(_ root: xmlNodePtr) {
    if let lang = root.attributeString("lang"), !lang.isEmpty { signals.lang = lang }
  }

  /// The tags this reader looks at.
  enum Tag: Sendable { case meta, script, skipped, title, link, h1, time, anchor, other }

  /// The tags read, by name. Navigation, asides and footers are read neither for text nor for
  /// metadata (copyright years, sidebar bylines and comment authors are not the article's).
  static let tagNames: [(name: String, tag: Tag)] = [
    ("meta", .meta), ("script", .script), ("style", .skipped), ("noscript", .skipped), ("svg", .skipped),
    ("template", .skipped), ("iframe", .skipped), ("nav", .skipped), ("aside", .skipped), ("title", .title),
    ("link", .link), ("h1", .h1), ("footer", .skipped), ("time", .time), ("a", .anchor),
  ]

  static let tags = KeyTable<Tag>(Dictionary(uniqueKeysWithValues: tagNames.map { (TagKey.of($0.name), $0.tag) }))

  /// The first letters of `tagNames`: names starting otherwise are `.other` without a hash.
  static let firstLetters: [Bool] = {
    var letters = [Bool](repeating: false, count: 256)
    for entry in tagNames { letters[Int(entry.name.utf8.first!)] = true }
    return letters
  }()

  private func tag(_ name: UnsafePointer<UInt8>) -> Tag {
    let first = name.pointee
    guard Self.firstLetters[Int(first &- 0x41 < 26 ? first | 0x20 : first)] else { return .other }
    return Self.tags[TagKey.of(name)] ?? .other
  }

  /// Reads `node` and everything below it.
  mutating func visit(_ node: xmlNodePtr, depth: Int = 0) {
    guard node.isElement, depth < 256 else { return }
    let attributes = node.pointee.properties != nil ? ElementAttributes(node) : nil
    guard observe(node, attributes: attributes) else { return }
    var child = node.firstChild
    while let c = child {
      child = c.nextSibling
      visit(c, depth: depth + 1)
      if visited > maxNodes { return }
    }
  }

  /// Reads one element (not its children). Returns whether its children may hold metadata
  /// (not those of scripts, styles, meta, furniture …).
  mutating func observe(_ c: xmlNodePtr, attributes: ElementAttributes?) -> Bool {
    guard let name = c.pointee.name else { return false }
    visited += 1
    switch tag(name) {
    case .meta: readMeta(c); return false
    case .script:
      if BoilerplateWords.jsonLD.matches(c.attribute("type")) { signals.jsonLD.append(c.textContent) }
      return false
    case .skipped: return false
    case .title:
      if signals.titleElement == nil { signals.titleElement = c.textContent }
      return false
    case .link: readLink(c); return false
    case .h1: if signals.firstH1 == nil { signals.firstH1 = c.textContent.collapsingSpaces }
    case .time:
      if let value = c.attributeString("datetime") ?? Optional(c.textContent) { signals.times.append(value) }
    default: break
    }
    if let attributes {
      if let rel = attributes.rel, strcmp(rel, "author") { signals.authorLinks.append(c.textContent.collapsingSpaces) }
      if let prop = attributes.itemprop, let name = PageSignals.itemprops.first(where: { strcmp(prop, $0) }) {
        readItemprop(name.description, c)
      }
      if signals.bylines.count < PageSignals.maxBylines, attributes.isByline ?? isByline(attributes.cls) {
        if let text = c.textContent.collapsingSpaces(below: 200), !text.isEmpty { signals.bylines.append(text) }
      }
      if signals.datelines.count < PageSignals.maxBylines,
        attributes.isDateline ?? isDateline(attributes.cls, attributes.id)
      {
        if let text = c.textContent.collapsingSpaces(below: 120), !text.isEmpty { signals.datelines.append(text) }
      }
    }
    return true
  }

  /// What `class` and `id` values say (shared with `PageTree` while it walks).
  var names = NameCategoryCache()

  private func isByline(_ cls: UnsafePointer<UInt8>?) -> Bool {
    names.categories(of: cls).contains(.byline)
  }

  private func isDateline(_ cls: UnsafePointer<UInt8>?, _ id: UnsafePointer<UInt8>?) -> Bool {
    names.categories(of: cls).union(names.categories(of: id)).contains(.dateline)
  }

  private mutating func readMeta(_ node: xmlNodePtr) {
    let attributes = MetaAttributes(node)
    guard let raw = attributes.content else {
      if let charset = attributes.charset { signals.meta["charset"] = String(cString: charset) }
      return
    }
    let content = String(cString: raw)
    // In this order, the first value of a key wins.
    for key in [attributes.property, attributes.name, attributes.itemprop, attributes.httpEquiv] {
      guard let key else { continue }
      let k = String(cString: key).lowercased()
      if !k.isEmpty, signals.meta[k] == nil { signals.meta[k] = content }
    }
  }

  private mutating func readLink(_ node: xmlNodePtr) {
    guard let rel = node.attributeString("rel")?.lowercased() else { return }
    if rel == "canonical", signals.canonical == nil { signals.canonical = node.attributeString("href") }
  }

  private mutating func readItemprop(_ prop: String, _ node: xmlNodePtr) {
    let given = node.attributeString("content") ?? node.attributeString("datetime")
    guard let value = given ?? node.textContent.collapsingSpaces(below: 300), !value.isEmpty, value.count < 300
    else { return }
    signals.itemprops[prop, default: []].append(value)
  }
}
