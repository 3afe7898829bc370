import CLibXML2
import CParseArena

/// Process-wide libxml2 setup and the one parse call the cleaner uses.
enum LibXML {
  /// Installs the parse arena as libxml2's allocator (see `withParseArena`), then
  /// `xmlInitParser()`, once per process, before any thread parses.
  private static let initialized: Bool = {
    xmlMemSetup(parse_arena_free, parse_arena_malloc, parse_arena_realloc, parse_arena_strdup)
    xmlInitParser()
    return true
  }()

  static func initialize() { _ = initialized }

  /// Runs `body` with this thread's libxml2 allocations carved from its parse arena: libxml2's
  /// mallocs inside cost a pointer bump, its frees nothing, and everything it allocated is
  /// dropped at once when `body` returns. Nothing libxml2 allocates inside may be used after.
  /// The thread's last-error record is cleared on both sides, so that libxml2 keeps no pointer
  /// into the arena.
  static func withParseArena<T>(_ body: () throws -> T) rethrows -> T {
    initialize()
    xmlResetLastError()
    parse_arena_begin()
    defer {
      xmlResetLastError()
      parse_arena_end()
    }
    return try body()
  }

  /// Whether libxml2's frees on this thread are dropped by an enclosing `withParseArena`, so
  /// that walking a tree only to free it can be skipped.
  static var freesAreDeferred: Bool { parse_arena_is_active() != 0 }

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

  /// Frees a document unless an enclosing parse arena drops it anyway.
  static func free(_ doc: xmlDocPtr) {
    if !freesAreDeferred { xmlFreeDoc(doc) }
  }
}
