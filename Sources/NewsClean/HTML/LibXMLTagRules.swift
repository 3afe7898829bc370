import CLibXML2

/// How libxml2's HTML parser closes elements it was not told to close, taken from libxml2
/// itself where it says (`htmlTagLookup`, `htmlAutoCloseTag`), so that the pre-pass can tell
/// when a furniture element's body closes within itself.
enum LibXMLTagRules {
  /// The HTML 4 element names (libxml2's element table; names it does not know are dropped).
  static let names: [String] = [
    "a", "abbr", "acronym", "address", "applet", "area", "b", "base", "basefont", "bdo", "big",
    "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col", "colgroup", "dd",
    "del", "dfn", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "font", "form", "frame",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "iframe", "img", "input",
    "ins", "isindex", "kbd", "label", "legend", "li", "link", "map", "menu", "meta", "noframes",
    "noscript", "object", "ol", "optgroup", "option", "p", "param", "pre", "q", "s", "samp", "script",
    "select", "small", "span", "strike", "strong", "style", "sub", "sup", "table", "tbody", "td",
    "textarea", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul", "var",
  ].filter { htmlTagLookup($0) != nil }

  /// Elements that may close an open element of their own name when they start; libxml2's API
  /// cannot be asked about a name and itself, so the pre-pass treats these as unsure.
  static let mayCloseItself: Set<UInt64> = Set(
    [
      "a", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
      "colgroup", "form", "select", "head", "body", "html", "font", "b", "i", "u", "s", "strike", "big",
      "small", "tt", "em", "strong",
    ].map(TagKey.of))

  /// An end tag closes the elements above its own only up to one of higher priority (libxml2's
  /// `htmlEndPriority`, HTMLparser.c, 2.9): beyond that it is ignored. Other names: 100.
  static let endPriorities: [UInt64: Int] = [
    TagKey.of("div"): 150, TagKey.of("td"): 160, TagKey.of("th"): 160, TagKey.of("tr"): 170,
    TagKey.of("thead"): 180, TagKey.of("tbody"): 180, TagKey.of("tfoot"): 180, TagKey.of("table"): 190,
    TagKey.of("head"): 200, TagKey.of("body"): 200, TagKey.of("html"): 220,
  ]

  static func endPriority(_ key: UInt64) -> Int { endPriorities[key] ?? 100 }

  /// Element names libxml2 knows, by key, with their index.
  static let index: [UInt64: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { (TagKey.of($0.element), $0.offset) })

  /// Void elements (no content, no end tag).
  static let voids: Set<UInt64> = Set(names.filter { htmlTagLookup($0)?.pointee.empty != 0 }.map(TagKey.of))

  /// `closes[new * n + open]`: whether a start tag `new` closes an open element `open`.
  static let closes: [Bool] = {
    let n = names.count
    var table = [Bool](repeating: false, count: n * n)
    for (i, new) in names.enumerated() {
      guard let node = xmlNewNode(nil, new) else { continue }
      defer { xmlFreeNode(node) }
      for (j, open) in names.enumerated() where i != j {
        table[i * n + j] = htmlAutoCloseTag(nil, open, node) != 0
      }
    }
    return table
  }()

  /// Whether libxml2 closes an open `open` when `new` starts. Names libxml2 does not know close
  /// nothing and are closed by nothing.
  static func closes(_ new: UInt64, _ open: UInt64) -> Bool {
    guard let i = index[new], let j = index[open] else { return false }
    return closes[i * names.count + j]
  }
}
