import NewsCore

/// What an HTML element means to the cleaner.
enum TagRole: Sendable, Equatable {
  /// Never text: scripts, styles, media, controls.
  case dropped
  /// Site furniture by its tag: navigation, asides, footers.
  case furniture
  /// The head, or a page or article header: no article text, but metadata.
  case header
  /// A block of text of one kind.
  case block(BlockKind)
  /// A block that groups other blocks (div, section, list, table …).
  case container
  /// Text inside a block.
  case inline
  /// A link: inline, and its text counts as link text.
  case link
  /// `<br>`: a line break inside a block.
  case lineBreak
  /// A `<figure>`: its caption is a caption, its image is not text.
  case figure
}

/// The tag names the cleaner knows, and what they mean.
enum TagRoles {
  static let table: [String: TagRole] = {
    var t: [String: TagRole] = [:]
    for n in [
      "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "video", "audio",
      "object", "embed", "button", "select", "input", "textarea", "option", "img", "picture", "source",
      "map", "title", "meta", "link", "base", "dialog", "menu", "label", "fieldset", "applet",
    ] { t[n] = .dropped }
    for n in ["nav", "aside", "footer"] { t[n] = .furniture }
    for n in ["head", "header"] { t[n] = .header }
    for n in ["p", "dd", "dt", "address", "summary"] { t[n] = .block(.paragraph) }
    for n in ["h1", "h2", "h3", "h4", "h5", "h6"] { t[n] = .block(.heading) }
    t["li"] = .block(.listItem)
    t["blockquote"] = .block(.quote)
    t["figcaption"] = .block(.caption)
    for n in ["td", "th", "caption"] { t[n] = .block(.tableCell) }
    for n in ["pre", "listing", "xmp"] { t[n] = .block(.preformatted) }
    for n in [
      "html", "body", "div", "section", "article", "main", "ul", "ol", "dl", "table", "thead", "tbody",
      "tfoot", "tr", "form", "center", "hgroup", "details", "font", "frameset", "frame", "hr",
    ] { t[n] = .container }
    t["a"] = .link
    t["br"] = .lineBreak
    t["figure"] = .figure
    return t
  }()

  /// The table keyed by `TagKey`.
  static let keyed = KeyTable(Dictionary(uniqueKeysWithValues: table.map { (TagKey.of($0.key), $0.value) }))

  static func role(of name: String) -> TagRole { table[name] ?? .inline }

  static func role(of name: UnsafePointer<UInt8>) -> TagRole { keyed[TagKey.of(name)] ?? .inline }
}
