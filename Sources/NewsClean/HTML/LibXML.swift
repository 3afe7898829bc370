import CLibXML2

/// Process-wide libxml2 setup and small tree helpers.
enum LibXML {
  /// `xmlInitParser()` once per process, before any thread parses.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  static func initialize() { _ = initialized }

  /// All text under `node`, entities decoded.
  static func text(of node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { newsfacts_xml_free(content) }
    return String(cString: content)
  }
}

extension String {
  /// Runs of whitespace (a no-break space included) as one space, trimmed.
  var collapsingSpaces: String {
    var out = ""
    var space = false
    for ch in self {
      if ch.isWhitespace {
        space = true
      } else {
        if space && !out.isEmpty { out.append(" ") }
        space = false
        out.append(ch)
      }
    }
    return out
  }
}
