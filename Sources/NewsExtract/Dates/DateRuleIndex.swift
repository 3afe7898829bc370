/// Which rules can begin at a start, worked out once from the rules' own patterns: per first
/// byte (PCRE2's start bitmap), and per first word of letters by asking PCRE2 whether any text
/// beginning with that word could match (hard partial matching). A start then tries only the
/// rules that can begin there, in rule order, so the first rule that matches is the same one.
///
/// New rules and words need nothing declared: the words looked up are the letter runs that
/// begin the anchor, lead and day-lead words; any other word falls back to its first byte.
/// A pattern that looks before its start (`(?<=`, `\b`, `\B`, `\G`) is tried at every start.
struct DateRuleIndex: Sendable {
  /// The rules to try at one kind of start, each list in rule order.
  struct Candidates: Sendable {
    /// Rules (`.anywhere` only) whose scan trigger, or else pattern, may match there.
    var triggers: [Int] = []
    /// Rules (all scopes) whose full pattern may match there.
    var patterns: [Int] = []
  }

  /// Per first byte.
  let byByte: [Candidates]
  /// Per first letter run (`DateWordKey`), an index into `byWordList`.
  let byWord: DateKeyTable
  let byWordList: [Candidates]

  /// The longest letter run looked up by word.
  static var maxWord: Int { DateWordKey.maxLength }

  init(rules: [DateRule], patterns: [DateRegex], triggers: [DateRegex], words: Set<String>) {
    let anywhere = rules.map { $0.scope == .anywhere }
    let looksBack = rules.indices.map { i in
      [rules[i].pattern, rules[i].trigger ?? ""].contains { DateRuleIndex.looksBehindStart($0) }
    }
    byByte = (0..<256).map { b in
      var c = Candidates()
      for i in rules.indices {
        if anywhere[i], looksBack[i] || (triggers[i].firstBytes?[b] ?? true) { c.triggers.append(i) }
        if looksBack[i] || (patterns[i].firstBytes?[b] ?? true) { c.patterns.append(i) }
      }
      return c
    }
    let scratch = DateScratch()
    var entries: [(key: UInt64, value: Int)] = []
    var lists: [Candidates] = []
    for run in DateRuleIndex.letterRuns(of: words) {
      guard let key = run.withUnsafeBufferPointer({ DateWordKey.key($0, 0, $0.count) }) else { continue }
      var c = Candidates()
      let first = Int(run[0])
      for i in rules.indices {
        let pattern = looksBack[i] || ((patterns[i].firstBytes?[first] ?? true) && patterns[i].mayMatch(startingWith: run, scratch: scratch))
        if pattern { c.patterns.append(i) }
        guard anywhere[i] else { continue }
        let trigger = triggers[i] === patterns[i] ? pattern
          : looksBack[i] || ((triggers[i].firstBytes?[first] ?? true) && triggers[i].mayMatch(startingWith: run, scratch: scratch))
        if trigger {
          c.triggers.append(i)
        }
      }
      entries.append((key, lists.count))
      lists.append(c)
    }
    byWord = DateKeyTable(entries)
    byWordList = lists
  }

  /// The candidates for a start at `at`: by its letter run when the run is a known word,
  /// else by its first byte.
  @inline(__always) func candidates(_ buffer: UnsafeBufferPointer<UInt8>, at: Int) -> Candidates {
    let b = buffer[at]
    guard (b | 0x20) &- 0x61 < 26 else { return byByte[Int(b)] }
    var end = at + 1
    let limit = min(buffer.count, at + DateRuleIndex.maxWord + 1)
    while end < limit, (buffer[end] | 0x20) &- 0x61 < 26 { end += 1 }
    if let key = DateWordKey.key(buffer, at, end), let entry = byWord.value(key) { return byWordList[entry] }
    return byByte[Int(b)]
  }

  /// The lower-case runs of ASCII letters that begin `words`, and every single letter.
  static func letterRuns(of words: Set<String>) -> [[UInt8]] {
    var runs = Set((UInt8(ascii: "a")...UInt8(ascii: "z")).map { [$0] })
    for word in words {
      let run = Array(word.utf8.prefix { ($0 | 0x20) &- 0x61 < 26 }.map { $0 | 0x20 })
      if !run.isEmpty, run.count <= maxWord { runs.insert(run) }
    }
    return runs.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Whether a pattern may test the text before the place it starts at.
  static func looksBehindStart(_ pattern: String) -> Bool {
    ["(?<=", #"\b"#, #"\B"#, #"\G"#].contains { pattern.contains($0) }
  }
}
