import CLibXML2

/// Everything a page says about itself, gathered in one walk of the whole tree before pruning:
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

  static let maxBylines = 6
  /// The itemprops read.
  static let itemprops: [StaticString] = ["datePublished", "dateModified", "author", "headline"]
}

/// Fills `PageSignals` from a parsed page.
struct PageSignalReader {
  private(set) var signals = PageSignals()
  private var visited = 0
  let maxNodes: Int

  init(maxNodes: Int) { self.maxNodes = maxNodes }

  mutating func read(_ root: xmlNodePtr) -> PageSignals {
    if let lang = root.attributeString("lang"), !lang.isEmpty { signals.lang = lang }
    visit(root, inFooter: false, depth: 0)
    return signals
  }

  private mutating func visit(_ node: xmlNodePtr, inFooter: Bool, depth: Int) {
    var child = node.firstChild
    while let c = child {
      child = c.nextSibling
      guard c.isElement, let name = c.pointee.name, depth < 256 else { continue }
      visited += 1
      if visited > maxNodes { return }
      var footer = inFooter
      if strcmp(name, "meta") { readMeta(c); continue }
      if strcmp(name, "script") {
        if BoilerplateWords.jsonLD.matches(c.attribute("type")) {
          signals.jsonLD.append(c.textContent)
        }
        continue
      }
      if strcmp(name, "style") || strcmp(name, "noscript") || strcmp(name, "svg") { continue }
      if strcmp(name, "title"), signals.titleElement == nil, !inSVG(c) { signals.titleElement = c.textContent; continue }
      if strcmp(name, "link") { readLink(c); continue }
      if strcmp(name, "h1"), signals.firstH1 == nil { signals.firstH1 = c.textContent.collapsingSpaces }
      if strcmp(name, "footer") { footer = true }
      if strcmp(name, "time"), !footer, let value = c.attributeString("datetime") ?? Optional(c.textContent) {
        signals.times.append(value)
      }
      if strcmp(name, "a"), let rel = c.attribute("rel"), strcmp(rel, "author") {
        signals.authorLinks.append(c.textContent.collapsingSpaces)
      }
      if let prop = c.attribute("itemprop"), let name = PageSignals.itemprops.first(where: { strcmp(prop, $0) }) {
        readItemprop(name.description, c)
      }
      if !footer, signals.bylines.count < PageSignals.maxBylines, BoilerplateWords.byline.matches(c.attribute("class")) {
        let text = c.textContent.collapsingSpaces
        if !text.isEmpty && text.count < 200 { signals.bylines.append(text) }
      }
      visit(c, inFooter: footer, depth: depth + 1)
    }
  }

  private func inSVG(_ node: xmlNodePtr) -> Bool {
    var p = node.parentNode
    while let n = p, n.isElement {
      if let name = n.pointee.name, strcmp(name, "svg") { return true }
      p = n.parentNode
    }
    return false
  }

  private mutating func readMeta(_ node: xmlNodePtr) {
    guard let content = node.attributeString("content") else {
      if let charset = node.attributeString("charset") { signals.meta["charset"] = charset }
      return
    }
    for key in ["property", "name", "itemprop", "http-equiv"] {
      let value: String?
      switch key {
      case "property": value = node.attributeString("property")
      case "name": value = node.attributeString("name")
      case "itemprop": value = node.attributeString("itemprop")
      default: value = node.attributeString("http-equiv")
      }
      if let k = value?.lowercased(), !k.isEmpty, signals.meta[k] == nil { signals.meta[k] = content }
    }
  }

  private mutating func readLink(_ node: xmlNodePtr) {
    guard let rel = node.attributeString("rel")?.lowercased() else { return }
    if rel == "canonical", signals.canonical == nil { signals.canonical = node.attributeString("href") }
  }

  private mutating func readItemprop(_ prop: String, _ node: xmlNodePtr) {
    let value =
      node.attributeString("content") ?? node.attributeString("datetime")
      ?? node.textContent.collapsingSpaces
    guard !value.isEmpty, value.count < 300 else { return }
    signals.itemprops[prop, default: []].append(value)
  }
}
