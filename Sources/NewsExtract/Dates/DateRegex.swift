import CPCRE2
import NewsCore

/// A compiled PCRE2 pattern for the date rules, always anchored (compiled so, which keeps
/// the JIT in use), matched with caller-owned scratch space so that the many short matches
/// of the rules allocate nothing.
final class DateRegex: @unchecked Sendable {
  let pattern: Pattern
  var code: OpaquePointer { pattern.code }
  /// Whether PCRE2 compiled the pattern to machine code (then matched without its checks).
  let jitted: Bool

  init(_ source: String) {
    pattern = Pattern(literal: source, options: [.caseless, .duplicateNames, .anchored])
    var size = 0
    jitted = pcre2_pattern_info_8(pattern.code, UInt32(PCRE2_INFO_JITSIZE), &size) == 0 && size > 0
  }

  /// One anchored match at `from` into the scratch's match data: its return code.
  @inline(__always) func run(_ text: UnsafeBufferPointer<UInt8>, from: Int, scratch: DateScratch) -> Int32 {
    let base = text.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
    if jitted { return pcre2_jit_match_8(code, base, text.count, from, 0, scratch.matchData, scratch.context) }
    return pcre2_match_8(code, base, text.count, from, UInt32(PCRE2_NO_UTF_CHECK), scratch.matchData, scratch.context)
  }

  /// The match exactly at `from`, as group ranges
  /// (index 0 = whole match); `nil` when there is none.
  func match(_ text: UnsafeBufferPointer<UInt8>, from: Int, scratch: DateScratch) -> DateGroups? {
    let rc = run(text, from: from, scratch: scratch)
    guard rc > 0 else { return nil }
    let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
    return DateGroups(count: Int(rc)) { g in
      let s = ovector[2 * g], e = ovector[2 * g + 1]
      return s < 0 || s > text.count || e < s ? nil : s..<e
    }
  }

  /// Whether the pattern matches exactly at `from` (no group is read).
  @inline(__always) func matches(_ text: UnsafeBufferPointer<UInt8>, at from: Int, scratch: DateScratch) -> Bool {
    return run(text, from: from, scratch: scratch) > 0
  }

  /// Capture-group numbers by name.
  var groupNumbers: [String: Int] { pattern.groupNumbers }
}

/// Match data, context and JIT stack for one extraction at a time, reused by every match (and, through `DateScratchPool`, by later extractions).
final class DateScratch: @unchecked Sendable {
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
