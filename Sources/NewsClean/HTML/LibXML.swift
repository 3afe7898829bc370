import CLibXML2

/// Process-wide libxml2 setup and the one parse call the cleaner uses.
enum LibXML {
  /// `xmlInitParser()` once per process, before any thread parses.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  static func initialize() { _ = initialized }

  /// Recover from broken markup, stay quiet, never touch the network, pack small text nodes,
  /// and ignore `<meta charset>`: the text is UTF-8 by the time libxml2 sees it.
  static let parseFlags = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
      | HTML_PARSE_NOBLANKS.rawValue)

  /// Parses UTF-8 HTML, the encoding given explicitly so that libxml2 never guesses.
  static func parse(utf8: UnsafeBufferPointer<UInt8>, origin: String) -> xmlDocPtr? {
    guard let base = utf8.baseAddress, utf8.count > 0 else { return nil }
    return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
      htmlReadMemory($0, Int32(utf8.count), origin, "UTF-8", parseFlags)
    }
  }
}
