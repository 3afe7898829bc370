import CPCRE2

/// A compiled PCRE2 pattern (JIT-compiled where the platform allows), shared read-only
/// between tasks. Matching runs on a `TextBuffer`'s UTF-8 bytes; each call makes its own
/// match data, so one `Pattern` serves any number of concurrent matches.
public final class Pattern: @unchecked Sendable {
  /// Compile options. Every pattern is compiled in UTF mode.
  public struct Options: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
    /// Whitespace in the pattern is ignored and `#` starts a comment: patterns kept as data.
    public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
    /// `\w`, `\b`, `\d` and POSIX classes follow Unicode properties (slower; use only where needed).
    public static let unicodeClasses = Options(rawValue: UInt32(PCRE2_UCP))
    public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
    /// Matches only at the start offset. Compiled in (rather than asked at match time) so the
    /// JIT stays in use.
    public static let anchored = Options(rawValue: UInt32(PCRE2_ANCHORED))
    /// Several groups may share a name.
    public static let duplicateNames = Options(rawValue: UInt32(PCRE2_DUPNAMES))
  }

  /// The pattern's source text, as given.
  public let source: String
  /// The compiled code, for callers that run `pcre2_match_8` with match data of their own.
  public let code: OpaquePointer
  /// Capture-group numbers by name.
  public let groupNumbers: [String: Int]
  /// Number of capture groups (without group 0).
  public let groupCount: Int
  /// A match context shared read-only by every call: it bounds backtracking.
  let matchContext: OpaquePointer?

  /// Compiles `source`; throws `PatternError` with the position of a syntax error.
  public init(_ source: String, options: Options = []) throws {
    self.source = source
    var errorCode: Int32 = 0
    var errorOffset = 0
    let flags = options.rawValue | UInt32(PCRE2_UTF) | UInt32(PCRE2_NO_UTF_CHECK)
    let compiled = source.withCString { ptr in
      ptr.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { p in
        pcre2_compile_8(p, source.utf8.count, flags, &errorCode, &errorOffset, nil)
      }
    }
    guard let compiled else {
      throw PatternError(pattern: source, offset: errorOffset, message: Pattern.message(for: errorCode))
    }
    code = compiled
    _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
    var count: UInt32 = 0
    pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
    groupCount = Int(count)
    groupNumbers = Pattern.readGroupNames(compiled)
    matchContext = pcre2_match_context_create_8(nil)
    pcre2_set_match_limit_8(matchContext, 10_000_000)
  }

  /// Compiles a pattern that is part of the program itself: a syntax error is a bug.
  public convenience init(literal source: String, options: Options = []) {
    do { try self.init(source, options: options) } catch { fatalError("\(error)") }
  }

  deinit {
    pcre2_match_context_free_8(matchContext)
    pcre2_code_free_8(code)
  }

  static func message(for code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let n = pcre2_get_error_message_8(code, &buffer, buffer.count)
    return n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "PCRE2 error \(code)"
  }

  private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
    var count: UInt32 = 0
    var entrySize: UInt32 = 0
    var table: UnsafePointer<UInt8>? = nil
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard count > 0, let table else { return [:] }
    var names: [String: Int] = [:]
    for entry in 0..<Int(count) {
      let base = table + entry * Int(entrySize)
      let number = Int(base[0]) << 8 | Int(base[1])
      var end = 2
      while base[end] != 0 { end += 1 }
      names[String(decoding: UnsafeBufferPointer(start: base + 2, count: end - 2), as: UTF8.self)] = number
    }
    return names
  }
}

/// A pattern that does not compile, with where and why.
public struct PatternError: Error, CustomStringConvertible, Sendable {
  public var pattern: String
  public var offset: Int
  public var message: String
  public var description: String { "pattern error at byte \(offset): \(message) in /\(pattern)/" }
}
