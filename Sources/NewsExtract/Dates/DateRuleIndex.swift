/// Which rules can begin at a start, worked out once from the rules' own patterns (each made
/// permissive, `DateProbe`): per first byte, and per first run of letters, by asking PCRE2
/// whether any text beginning with those bytes could match. A start then tries only the rules
/// that can begin there, in rule order, so the first rule that matches is the same one.
///
/// New rules and words need nothing declared: the runs looked up are those that begin the
/// anchor, lead and day-lead words, and any other word falls back to its first byte.
final class DateRuleIndex: @unchecked Sendable {
  /// The rules to try at one kind of start, each in rule order (plain pointers into the index).
  struct Candidates {
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

  init(rules: [DateRule], triggers: [String], words vocabulary: Set<String>) {
    let scratch = DateScratch()
    let patternProbes = rules.map { DateProbe($0.pattern) }
    let triggerProbes = rules.indices.map { i in rules[i].trigger.map { DateProbe($0) } ?? patternProbes[i] }
    func list(for subject: [UInt8]) -> (triggers: [Int32], patterns: [Int32]) {
      var t: [Int32] = [], p: [Int32] = []
      for i in rules.indices {
        let pattern = patternProbes[i]?.mayMatch(startingWith: subject, scratch: scratch) ?? true
        if pattern { p.append(Int32(i)) }
        guard rules[i].scope == .anywhere else { continue }
        let trigger = rules[i].trigger == nil ? pattern : triggerProbes[i]?.mayMatch(startingWith: subject, scratch: scratch) ?? true
        if trigger { t.append(Int32(i)) }
      }
      return (t, p)
    }
    var raw: [(triggers: [Int32], patterns: [Int32])] = (0..<256).map { list(for: [UInt8($0)]) }
    var entries: [(key: UInt64, value: Int)] = []
    for run in DateRuleIndex.letterRuns(of: vocabulary) {
      guard let key = run.withUnsafeBufferPointer({ DateWordKey.key($0, 0, $0.count) }) else { continue }
      entries.append((key, raw.count))
      raw.append(list(for: run))
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

  deinit {
    storage.deallocate()
    UnsafeMutablePointer(mutating: lists).deallocate()
  }

  /// The longest letter run looked up by word.
  static var maxWord: Int { DateWordKey.maxLength }

  /// The candidates for a start at `at`: by its letter run when the run is a known word,
  /// else by its first byte.
  @inline(__always) func candidates(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, words: DateKeyTable.View) -> Candidates {
    let b = buffer[at]
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
