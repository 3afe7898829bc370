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

  /// Compiles, or returns `nil` when PCRE2 refuses (too large).
  init?(trying source: String) {
    guard let compiled = try? Pattern(source, options: [.caseless, .anchored]) else { return nil }
    pattern = compiled
    firstBytes = DateRegex.readFirstBytes(compiled.code)
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

  /// The first of `groups` (in order) that took part in the match exactly at `from`, without
  /// building the group list; `nil` when nothing matches there.
  func firstGroup<T>(of groups: [(group: Int, rule: T)], in text: UnsafeBufferPointer<UInt8>, from: Int, scratch: DateScratch) -> T? {
    if let firstBytes, from < text.count, !firstBytes[Int(text[from])] { return nil }
    let base = text.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
    let rc = pcre2_match_8(code, base, text.count, from, UInt32(PCRE2_NO_UTF_CHECK), scratch.matchData, scratch.context)
    guard rc > 0 else { return nil }
    let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
    for entry in groups where entry.group < Int(rc) {
      let s = ovector[2 * entry.group], e = ovector[2 * entry.group + 1]
      if !(s < 0 || s > text.count || e < s) { return entry.rule }
    }
    return nil
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
