import CPCRE2
import NewsCore

/// A compiled PCRE2 pattern for the date rules, always anchored (compiled so, which keeps
/// the JIT in use), matched with caller-owned scratch space so that the many short matches
/// of the rules allocate nothing.
final class DateRegex: @unchecked Sendable {
  let pattern: Pattern
  var code: OpaquePointer { pattern.code }
  /// Bytes a match can start with (`nil`: any).
  let firstBytes: [Bool]?

  init(_ source: String) {
    pattern = Pattern(literal: source, options: [.caseless, .duplicateNames, .anchored])
    firstBytes = DateRegex.readFirstBytes(pattern.code)
  }

  static func readFirstBytes(_ code: OpaquePointer) -> [Bool]? {
    var bitmap: UnsafePointer<UInt8>? = nil
    if pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTBITMAP), &bitmap) == 0, let bitmap {
      return (0..<256).map { bitmap[$0 / 8] & (1 << UInt8($0 % 8)) != 0 }
    }
    return nil
  }

  /// The match exactly at `from`, as group ranges
  /// (index 0 = whole match); `nil` when there is none.
  func match(_ text: UnsafeBufferPointer<UInt8>, from: Int, scratch: DateScratch) -> [Range<Int>?]? {
    if let firstBytes, from < text.count, !firstBytes[Int(text[from])] { return nil }
    let options = UInt32(PCRE2_NO_UTF_CHECK)
    let base = text.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
    let rc = pcre2_match_8(code, base, text.count, from, options, scratch.matchData, scratch.context)
    guard rc > 0 else { return nil }
    let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
    var groups: [Range<Int>?] = []
    groups.reserveCapacity(Int(rc))
    for g in 0..<Int(rc) {
      let s = ovector[2 * g], e = ovector[2 * g + 1]
      groups.append(s < 0 || s > text.count || e < s ? nil : s..<e)
    }
    return groups
  }

  /// Whether the pattern matches exactly at `from` (no group is read).
  @inline(__always) func matches(_ text: UnsafeBufferPointer<UInt8>, at from: Int, scratch: DateScratch) -> Bool {
    if let firstBytes, from < text.count, !firstBytes[Int(text[from])] { return false }
    let base = text.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
    return pcre2_match_8(code, base, text.count, from, UInt32(PCRE2_NO_UTF_CHECK), scratch.matchData, scratch.context) > 0
  }

  /// Whether some text beginning with `prefix` could match from its start: PCRE2's hard partial
  /// matching (interpreted) reports a match or a match cut short by the end of `prefix`.
  /// Errors such as a hit match limit count as "could", so the answer errs only towards yes.
  func mayMatch(startingWith prefix: [UInt8], scratch: DateScratch) -> Bool {
    let rc = prefix.withUnsafeBufferPointer { p in
      pcre2_match_8(code, p.baseAddress!, p.count, 0, UInt32(PCRE2_PARTIAL_HARD | PCRE2_NO_JIT), scratch.matchData, scratch.context)
    }
    return rc != PCRE2_ERROR_NOMATCH
  }

  /// Capture-group numbers by name.
  var groupNumbers: [String: Int] { pattern.groupNumbers }
}

/// Match data, context and JIT stack for one extraction call, reused by every match.
final class DateScratch {
  let matchData: OpaquePointer
  let context: OpaquePointer?
  let stack: OpaquePointer?

  init() {
    matchData = pcre2_match_data_create_8(400, nil)
    context = pcre2_match_context_create_8(nil)
    pcre2_set_match_limit_8(context, 1_000_000)
    stack = pcre2_jit_stack_create_8(64 * 1024, 1024 * 1024, nil)
    pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
  }

  deinit {
    if let stack { pcre2_jit_stack_free_8(stack) }
    pcre2_match_context_free_8(context)
    pcre2_match_data_free_8(matchData)
  }
}
