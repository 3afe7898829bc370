import Synchronization

/// Which rules can begin at a start, worked out once from the rules' own patterns (each made
/// permissive, `DateProbe`): per first byte, and per first run of letters, by asking PCRE2
/// whether any text beginning with those bytes could match. A start then tries only the rules
/// that can begin there, in rule order, so the first rule that matches is the same one.
///
/// A start on a digit is looked up by its run of digits and what follows it ("5 p", "2024,"),
/// worked out on first sight and kept for the life of the index.
///
/// New rules and words need nothing declared: the runs looked up are those that begin the
/// anchor, lead and day-lead words, and any other word falls back to its first byte.
final class DateRuleIndex: @unchecked Sendable {
  /// The rules to try at one kind of start, each in rule order (plain pointers into the index).
  struct Candidates: @unchecked Sendable {
    /// Rules (`.anywhere` only) whose scan trigger, or else pattern, may match there.
    let triggers: UnsafeBufferPointer<Int32>
    /// Rules (all scopes) whose full pattern may match there.
    let patterns: UnsafeBufferPointer<Int32>
  }

  private let storage: UnsafeMutableBufferPointer<Int32>
  /// Per first letter run (`DateWordKey`), its list's index in `lists`.
  let words: DateKeyTable
  /// The lists, per first byte (0…255) and then per entry of `words`.
  let lists: UnsafePointer<Candidates>

  /// Per rule: its permissive pattern and trigger (`nil`: tried everywhere), whether it has a
  /// trigger of its own, whether it fires anywhere.
  private let patternProbes: [DateProbe?]
  private let triggerProbes: [DateProbe?]
  private let hasTrigger: [Bool]
  private let anywhere: [Bool]
  /// Digit-led starts seen so far, and the storage of their lists.
  private struct DigitStarts: @unchecked Sendable {
    var lists: [UInt64: Candidates] = [:]
    var storage: [UnsafeMutableBufferPointer<Int32>] = []
  }
  private let digitStarts = Mutex(DigitStarts())

  /// `patterns` and `triggers`: the rules' compiled patterns and scan triggers.
  init(rules: [DateRule], patterns: [DateRegex], triggers: [DateRegex], words vocabulary: Set<String>) {
    let scratch = DateScratch()
    patternProbes = rules.indices.map { DateProbe(rules[$0].pattern, compiled: patterns[$0]) }
    triggerProbes = rules.indices.map { i in rules[i].trigger.map { DateProbe($0, compiled: triggers[i]) } ?? nil }
    hasTrigger = rules.map { $0.trigger != nil }
    anywhere = rules.map { $0.scope == .anywhere }
    let list = { [patternProbes, triggerProbes, hasTrigger, anywhere] (subject: [UInt8]) in
      DateRuleIndex.list(for: subject, patterns: patternProbes, triggers: triggerProbes, hasTrigger: hasTrigger, anywhere: anywhere, scratch: scratch)
    }
    var raw: [(triggers: [Int32], patterns: [Int32])] = (0..<256).map { list([UInt8($0)]) }
    var entries: [(key: UInt64, value: Int)] = []
    for run in DateRuleIndex.letterRuns(of: vocabulary) {
      guard let key = run.withUnsafeBufferPointer({ DateWordKey.key($0, 0, $0.count) }) else { continue }
      entries.append((key, raw.count))
      raw.append(list(run))
    }
    words = DateKeyTable(entries)
    var flat: [Int32] = []
    var spans: [(Range<Int>, Range<Int>)] = []
    for (t, p) in raw {
      let ts = flat.count..<(flat.count + t.count)
      flat += t
      spans.append((ts, flat.count..<(flat.count + p.count)))
      flat += p
    }
    storage = .allocate(capacity: max(flat.count, 1))
    _ = storage.initialize(from: flat)
    let lists = UnsafeMutablePointer<Candidates>.allocate(capacity: spans.count)
    for (n, (t, p)) in spans.enumerated() {
      (lists + n).initialize(to: Candidates(
        triggers: UnsafeBufferPointer(rebasing: storage[t]), patterns: UnsafeBufferPointer(rebasing: storage[p])))
    }
    self.lists = UnsafePointer(lists)
  }

  /// The rules whose trigger, and those whose pattern, may match text beginning with `subject`.
  static func list(
    for subject: [UInt8], patterns: [DateProbe?], triggers: [DateProbe?], hasTrigger: [Bool], anywhere: [Bool], scratch: DateScratch
  ) -> (triggers: [Int32], patterns: [Int32]) {
    var t: [Int32] = [], p: [Int32] = []
    for i in patterns.indices {
      let pattern = patterns[i]?.mayMatch(startingWith: subject, scratch: scratch) ?? true
      if pattern { p.append(Int32(i)) }
      guard anywhere[i] else { continue }
      let trigger = hasTrigger[i] ? triggers[i]?.mayMatch(startingWith: subject, scratch: scratch) ?? true : pattern
      if trigger { t.append(Int32(i)) }
    }
    return (t, p)
  }

  /// The candidates of a start on a digit: by its first four digits and, when the run is no
  /// longer, the byte after it and, after a space, the first byte of the next word ("5 p").
  func digitCandidates(_ buffer: UnsafeBufferPointer<UInt8>, at: Int) -> Candidates {
    var end = at
    while end < buffer.count, end - at < 5, buffer[end] &- 0x30 < 10 { end += 1 }
    // The subject's bytes, at most six (48 bits), then its length and the run's: built into
    // the key first, and into an array only the first time the key is seen.
    var key: UInt64 = 0
    var length = 0
    func add(_ b: UInt8) {
      key = key << 8 | UInt64(b)
      length += 1
    }
    for i in at..<min(end, at + 4) { add(buffer[i]) }
    if end - at <= 4, end < buffer.count {
      add(buffer[end])
      if buffer[end] == 0x20 || buffer[end] == 0x09, end + 1 < buffer.count {
        // The patterns match ASCII letters regardless of case.
        let next = buffer[end + 1]
        add((next | 0x20) &- 0x61 < 26 ? next | 0x20 : next)
      }
    }
    let bytes = key
    key |= UInt64(length) << 56 | UInt64(end - at) << 52
    if let known = digitStarts.withLock({ $0.lists[key] }) { return known }
    let subject = (0..<length).map { UInt8(truncatingIfNeeded: bytes >> (8 * UInt64(length - 1 - $0))) }
    let (t, p) = DateRuleIndex.list(
      for: subject, patterns: patternProbes, triggers: triggerProbes, hasTrigger: hasTrigger, anywhere: anywhere, scratch: DateScratch())
    let storage = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(t.count + p.count, 1))
    _ = storage.initialize(from: t + p)
    let found = Candidates(
      triggers: UnsafeBufferPointer(rebasing: storage[0..<t.count]), patterns: UnsafeBufferPointer(rebasing: storage[t.count..<(t.count + p.count)]))
    return digitStarts.withLock { known in
      known.storage.append(storage)
      if let earlier = known.lists[key] { return earlier }
      known.lists[key] = found
      return found
    }
  }

  deinit {
    digitStarts.withLock { $0.storage.forEach { $0.deallocate() } }
    storage.deallocate()
    UnsafeMutablePointer(mutating: lists).deallocate()
  }

  /// The longest letter run looked up by word.
  static var maxWord: Int { DateWordKey.maxLength }

  /// The candidates for a start at `at`: by its letter run when the run is a known word,
  /// else by its first byte.
  @inline(__always) func candidates(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, words: DateKeyTable.View) -> Candidates {
    let b = buffer[at]
    if b &- 0x30 < 10 { return digitCandidates(buffer, at: at) }
    guard (b | 0x20) &- 0x61 < 26 else { return lists[Int(b)] }
    var end = at + 1
    let limit = min(buffer.count, at + DateRuleIndex.maxWord + 1)
    while end < limit, (buffer[end] | 0x20) &- 0x61 < 26 { end += 1 }
    if end - at <= DateRuleIndex.maxWord, let key = DateWordKey.key(buffer, at, end), let entry = words.value(key) {
      return lists[entry]
    }
    return lists[Int(b)]
  }

  /// The lower-case runs of ASCII letters that begin `words`.
  static func letterRuns(of words: Set<String>) -> [[UInt8]] {
    var runs = Set<[UInt8]>()
    for word in words {
      let run = Array(word.utf8.prefix { ($0 | 0x20) &- 0x61 < 26 }.map { $0 | 0x20 })
      if !run.isEmpty, run.count <= maxWord { runs.insert(run) }
    }
    return runs.sorted { $0.lexicographicallyPrecedes($1) }
  }
}
