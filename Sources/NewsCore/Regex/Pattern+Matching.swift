import CPCRE2

extension Pattern {
  /// Calls `body` for each non-overlapping match in `text`, left to right, starting at byte
  /// `from`. Return `false` from `body` to stop. Matching is bounded (a match limit and a
  /// fixed JIT stack), so hostile input ends in fewer matches, never in a hang.
  public func forEachMatch(in text: TextBuffer, from: Int = 0, _ body: (PatternMatch) -> Bool) {
    text.bytes.withUnsafeBufferPointer { buffer in
      forEachMatch(in: buffer, from: from, body)
    }
  }

  /// All non-overlapping matches in `text`.
  public func matches(in text: TextBuffer, from: Int = 0) -> [PatternMatch] {
    var found: [PatternMatch] = []
    forEachMatch(in: text, from: from) { found.append($0); return true }
    return found
  }

  /// The first match starting at or after byte `from`, if any.
  public func firstMatch(in text: TextBuffer, from: Int = 0) -> PatternMatch? {
    var found: PatternMatch?
    forEachMatch(in: text, from: from) { found = $0; return false }
    return found
  }

  /// Whether the pattern matches anywhere in `string`.
  public func matches(_ string: String) -> Bool {
    firstMatch(in: TextBuffer(string)) != nil
  }

  /// Whether the pattern matches exactly at byte `at` (anchored there).
  public func matches(in text: TextBuffer, anchoredAt at: Int) -> PatternMatch? {
    text.bytes.withUnsafeBufferPointer { buffer in
      var found: PatternMatch?
      run(in: buffer, from: at, anchored: true) { found = $0; return false }
      return found
    }
  }

  func forEachMatch(in buffer: UnsafeBufferPointer<UInt8>, from: Int, _ body: (PatternMatch) -> Bool) {
    run(in: buffer, from: from, anchored: false, body)
  }

  private func run(
    in buffer: UnsafeBufferPointer<UInt8>, from: Int, anchored: Bool, _ body: (PatternMatch) -> Bool
  ) {
    guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else { return }
    defer { pcre2_match_data_free_8(matchData) }
    // The shared context (match limit, no JIT stack) serves every call; a private context with
    // a large JIT stack is made only when a match runs out of JIT's default stack.
    var context = matchContext
    var bigStack: OpaquePointer?
    var privateContext: OpaquePointer?
    defer {
      if let bigStack { pcre2_jit_stack_free_8(bigStack) }
      if let privateContext { pcre2_match_context_free_8(privateContext) }
    }

    let base = buffer.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
    let length = buffer.count
    var offset = from
    var options = UInt32(PCRE2_NO_UTF_CHECK)
    if anchored { options |= UInt32(PCRE2_ANCHORED) }
    while offset <= length {
      var rc = pcre2_match_8(code, base, length, offset, options, matchData, context)
      if rc == PCRE2_ERROR_JIT_STACKLIMIT, privateContext == nil {
        privateContext = pcre2_match_context_copy_8(matchContext)
        bigStack = pcre2_jit_stack_create_8(32 * 1024, 4 * 1024 * 1024, nil)
        pcre2_jit_stack_assign_8(privateContext, nil, UnsafeMutableRawPointer(bigStack))
        context = privateContext
        rc = pcre2_match_8(code, base, length, offset, options, matchData, context)
      }
      if rc < 0 { return }  // no match, or a limit reached: stop quietly
      let ovector = pcre2_get_ovector_pointer_8(matchData)!
      let start = ovector[0]
      let end = ovector[1]
      var groups: [Range<Int>?] = []
      if groupCount > 0 {
        groups.reserveCapacity(groupCount)
        for g in 1...groupCount {
          let s = ovector[2 * g]
          let e = ovector[2 * g + 1]
          // An unset group holds PCRE2_UNSET (all bits set: -1 as Swift's Int).
          groups.append(s < 0 || s > length || e < s ? nil : s..<e)
        }
      }
      if !body(PatternMatch(range: start..<end, groups: groups, names: groupNumbers)) || anchored { return }
      if end > start {
        offset = end
      } else {
        // Empty match: step over one whole code point.
        offset = end + 1
        while offset < length, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
      }
    }
  }
}
