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
  static let mayCloseItself: Set<String> = [
    "a", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "form", "select", "head", "body", "html", "font", "b", "i", "u", "s", "strike", "big",
    "small", "tt", "em", "strong",
  ]

  /// An end tag closes the elements above its own only up to one of higher priority (libxml2's
  /// `htmlEndPriority`, HTMLparser.c, 2.9): beyond that it is ignored.
  static func endPriority(_ name: [UInt8]) -> Int {
    switch String(decoding: name, as: UTF8.self) {
    case "div": return 150
    case "td", "th": return 160
    case "tr": return 170
    case "thead", "tbody", "tfoot": return 180
    case "table": return 190
    case "head", "body": return 200
    case "html": return 220
    default: return 100
    }
  }

  /// Element names libxml2 knows, as bytes, with their index.
  static let index: [[UInt8]: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { (Array($0.element.utf8), $0.offset) })

  /// Void elements (no content, no end tag).
  static let voids: Set<[UInt8]> = Set(names.filter { htmlTagLookup($0)?.pointee.empty != 0 }.map { Array($0.utf8) })

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

  /// Whether libxml2 closes an open `open` when `new` starts (both lowercase). Names libxml2
  /// does not know close nothing and are closed by nothing.
  static func closes(_ new: [UInt8], _ open: [UInt8]) -> Bool {
    guard let i = index[new], let j = index[open] else { return false }
    return closes[i * names.count + j]
  }
}
