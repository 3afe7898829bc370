import CPCRE2
import Synchronization

/// A rule's pattern made permissive for one question: could a match begin with these bytes?
/// Assertions that look before the start or at a word boundary (`(?<=…)`, `(?<!…)`, `\b`, `\B`,
/// `\G`, `\A`, `^`) are dropped, which only widens what matches. A probe runs in PCRE2's
/// interpreter until it has been asked `jitAfter` times, then as JIT code compiled for hard
/// partial matching (from a copy of the code when the code is the rule's own).
final class DateProbe: @unchecked Sendable {
  private let code: OpaquePointer
  /// The compiled pattern the probe runs, when it is the rule's own (nothing to drop).
  private let shared: DateRegex?
  /// Questions asked so far, and the JIT-compiled code once there is one.
  private let jit = Mutex<(uses: Int, code: JITCode?)>((0, nil))
  /// Compiled code handed out of the lock (freed only with the probe).
  private struct JITCode: @unchecked Sendable { let pointer: OpaquePointer }
  static let jitAfter = 8
  /// The longest probe. A longer permissive pattern (the ranges and shifts that spell out
  /// every endpoint, 7 to 18 kB) is cut to its leading items (`leading`): compiled or
  /// interpreted whole, their probes cost ~145M instructions per process.
  static let sizeLimit = 4096

  /// `nil` when the permissive pattern (cut to `sizeLimit`) does not compile (the rule is then
  /// tried everywhere).
  /// `compiled` is `source` compiled for matching, used as it is when nothing is dropped.
  init?(_ source: String, compiled: DateRegex? = nil) {
    guard var permissive = DateProbe.permissive(source) else { return nil }
    if permissive.utf8.count > DateProbe.sizeLimit {
      guard let cut = DateProbe.leading(Array(permissive.utf8), limit: DateProbe.sizeLimit) else { return nil }
      permissive = String(decoding: cut, as: UTF8.self)
    }
    if permissive == source, let compiled {
      code = compiled.code
      shared = compiled
      return
    }
    shared = nil
    var errorCode: Int32 = 0
    var errorOffset = 0
    let flags = UInt32(PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_CASELESS | PCRE2_DUPNAMES | PCRE2_ANCHORED)
    let bytes = Array(permissive.utf8)
    guard let compiled = pcre2_compile_8(bytes, bytes.count, flags, &errorCode, &errorOffset, nil) else { return nil }
    code = compiled
  }

  deinit {
    let compiled = jit.withLock { $0.code }
    if let compiled, compiled.pointer != code { pcre2_code_free_8(compiled.pointer) }
    if shared == nil { pcre2_code_free_8(code) }
  }

  /// The JIT code to ask with, compiled on the `jitAfter`-th question; `nil` meanwhile (or
  /// where PCRE2 cannot compile it).
  private func jitCode(counted: Bool) -> OpaquePointer? {
    let code = self.code
    let isShared = shared != nil
    return jit.withLock { state -> JITCode? in
      if counted { state.uses += 1 }
      guard state.code == nil, state.uses == DateProbe.jitAfter else { return state.code }
      // The rule's own code is matched by other threads meanwhile: compile a copy.
      guard let target = isShared ? pcre2_code_copy_8(code) : code else { return nil }
      if pcre2_jit_compile_8(target, UInt32(PCRE2_JIT_PARTIAL_HARD)) == 0 {
        state.code = JITCode(pointer: target)
      } else if target != code {
        pcre2_code_free_8(target)
      }
      return state.code
    }?.pointer
  }

  /// Whether some text beginning with `prefix` could match from its start: hard partial
  /// matching reports a match, or a match cut short by the end of `prefix`. Errors (a match
  /// limit) count as "could", so every answer errs towards yes.
  /// `counted`: whether the question counts towards compiling JIT code (not the one-byte
  /// questions of building the index, each asked once).
  func mayMatch(startingWith prefix: [UInt8], scratch: DateScratch, counted: Bool = true) -> Bool {
    let compiled = jitCode(counted: counted)
    let rc = prefix.withUnsafeBufferPointer { p in
      if let compiled {
        return pcre2_match_8(compiled, p.baseAddress!, p.count, 0, UInt32(PCRE2_PARTIAL_HARD), scratch.matchData, scratch.context)
      }
      // The rule's own code has JIT code for complete matches only: the interpreter runs.
      return pcre2_match_8(code, p.baseAddress!, p.count, 0, UInt32(PCRE2_PARTIAL_HARD | PCRE2_NO_JIT), scratch.matchData, scratch.context)
    }
    return rc != PCRE2_ERROR_NOMATCH
  }

  /// `source` without the assertions that test text before a match's start; `nil` when one is
  /// followed by a quantifier (dropping it would move the quantifier).
  static func permissive(_ source: String) -> String? {
    // Quoting and POSIX classes are not parsed here: such a pattern is tried everywhere.
    let s = Array(source.utf8)
    guard !contains(source, "\\Q"), !hasPOSIXClass(s) else { return nil }
    var out: [UInt8] = []
    var i = 0
    func isQuantifier(_ j: Int) -> Bool {
      j < s.count && [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{")].contains(s[j])
    }
    while i < s.count {
      let c = s[i]
      if c == UInt8(ascii: "\\"), i + 1 < s.count {
        if "bBGA".utf8.contains(s[i + 1]) {
          if isQuantifier(i + 2) { return nil }
          i += 2
          continue
        }
        out += s[i...(i + 1)]
        i += 2
        continue
      }
      if c == UInt8(ascii: "[") {
        let end = classEnd(s, from: i)
        out += s[i..<end]
        i = end
        continue
      }
      if c == UInt8(ascii: "^") {
        if isQuantifier(i + 1) { return nil }
        i += 1
        continue
      }
      if c == UInt8(ascii: "("), i + 3 < s.count, s[i + 1] == UInt8(ascii: "?"), s[i + 2] == UInt8(ascii: "<"),
        s[i + 3] == UInt8(ascii: "=") || s[i + 3] == UInt8(ascii: "!")
      {
        let end = groupEnd(s, from: i)
        if isQuantifier(end) { return nil }
        i = end
        continue
      }
      out.append(c)
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `needle` occurs in `source`, byte for byte (no Foundation string search).
  static func contains(_ source: String, _ needle: String) -> Bool {
    let s = Array(source.utf8), n = Array(needle.utf8)
    guard !n.isEmpty, s.count >= n.count else { return n.isEmpty }
    return (0...(s.count - n.count)).contains { i in s[i..<(i + n.count)].elementsEqual(n) }
  }

  /// Whether a character class of `s` holds a POSIX class (`[[:digit:]]`, also `[.` and `[=`),
  /// which `classEnd` would end too early. A class that merely begins with ":" (`[:.]`) holds none.
  static func hasPOSIXClass(_ s: [UInt8]) -> Bool {
    var i = 0
    while i < s.count {
      if s[i] == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      guard s[i] == UInt8(ascii: "[") else {
        i += 1
        continue
      }
      // Inside the class, as `classEnd` walks it.
      var j = i + 1
      if j < s.count, s[j] == UInt8(ascii: "^") { j += 1 }
      if j < s.count, s[j] == UInt8(ascii: "]") { j += 1 }
      while j < s.count, s[j] != UInt8(ascii: "]") {
        if s[j] == UInt8(ascii: "\\") {
          j += 2
          continue
        }
        if s[j] == UInt8(ascii: "["), j + 1 < s.count, s[j + 1] == UInt8(ascii: ":") || s[j + 1] == UInt8(ascii: ".") || s[j + 1] == UInt8(ascii: "=") {
          return true
        }
        j += 1
      }
      i = j + 1
    }
    return false
  }

  /// The index after the character class opening at `from`.
  static func classEnd(_ s: [UInt8], from: Int) -> Int {
    var i = from + 1
    if i < s.count, s[i] == UInt8(ascii: "^") { i += 1 }
    if i < s.count, s[i] == UInt8(ascii: "]") { i += 1 }
    while i < s.count, s[i] != UInt8(ascii: "]") {
      i += s[i] == UInt8(ascii: "\\") ? 2 : 1
    }
    return min(i + 1, s.count)
  }

  /// The index after the group opening at `from`.
  static func groupEnd(_ s: [UInt8], from: Int) -> Int {
    var depth = 0
    var i = from
    while i < s.count {
      switch s[i] {
      case UInt8(ascii: "\\"): i += 2; continue
      case UInt8(ascii: "["): i = classEnd(s, from: i); continue
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return i + 1 }
      default: break
      }
      i += 1
    }
    return s.count
  }
}
