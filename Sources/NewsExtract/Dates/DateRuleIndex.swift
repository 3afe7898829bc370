/// Which rules can begin with given bytes, worked out from the rules' own patterns (each made
/// permissive, `DateProbe`) by asking PCRE2 whether any text beginning with those bytes could
/// match. `DateStartTree` asks it along the bytes of each start and keeps the answers; a start
/// then tries only the rules that can begin there, in rule order, so the first rule that
/// matches is the same one.
///
/// New rules need nothing declared. What a rule must respect: its pattern and trigger match
/// ASCII letters regardless of case (no `(?-i)`, no `\p`/`\P`, else `foldsCase` is off and
/// starts are keyed by their exact bytes), and a probe that does not compile or is too long (quoting, POSIX
/// classes, a quantified assertion) only makes the rule tried at every start.
final class DateRuleIndex: @unchecked Sendable {
  /// The rules to try at one kind of start, each in rule order (plain pointers).
  struct Candidates: @unchecked Sendable {
    /// Rules (`.anywhere` only) whose scan trigger, or else pattern, may match there.
    let triggers: UnsafeBufferPointer<Int32>
    /// Rules (all scopes) whose full pattern may match there.
    let patterns: UnsafeBufferPointer<Int32>
  }

  /// Every rule: the lists of a start nothing is known about.
  let root: Candidates
  /// Per first byte (as `DateStartTree` reads it), the rules that may begin with it: where
  /// the tree narrows a new node's lists from (a start on another byte narrows from `root`).
  let firstByte: [Candidates]
  /// The first bytes `firstByte` has lists for.
  static let firstBytes: ClosedRange<UInt8> = 0x09...0x7E
  private let storage: UnsafeMutableBufferPointer<Int32>
  /// Whether upper-case ASCII letters may be read as lower case: no pattern or trigger
  /// turns caseless matching off or tests letter case by property.
  let foldsCase: Bool

  /// Per rule: its permissive pattern and trigger (`nil`: tried everywhere), whether it has a
  /// trigger of its own.
  private let patternProbes: [DateProbe?]
  private let triggerProbes: [DateProbe?]
  private let hasTrigger: [Bool]

  /// `patterns` and `triggers`: the rules' compiled patterns and scan triggers.
  init(rules: [DateRule], patterns: [DateRegex], triggers: [DateRegex]) {
    let patternProbes = rules.indices.map { DateProbe(rules[$0].pattern, compiled: patterns[$0]) }
    let triggerProbes = rules.indices.map { i in rules[i].trigger.map { DateProbe($0, compiled: triggers[i]) } ?? nil }
    let hasTrigger = rules.map { $0.trigger != nil }
    (self.patternProbes, self.triggerProbes, self.hasTrigger) = (patternProbes, triggerProbes, hasTrigger)
    let sources = rules.flatMap { [$0.pattern] + ($0.trigger.map { [$0] } ?? []) }
    let fold = !sources.contains { source in ["(?-", "\\p", "\\P", "(?^"].contains { DateProbe.contains(source, $0) } }
    foldsCase = fold
    let all = rules.indices.map { Int32($0) }
    let anywhere = all.filter { rules[Int($0)].scope == .anywhere }
    var lists: [(triggers: [Int32], patterns: [Int32])] = [(anywhere, all)]
    let scratch = DateScratch()
    for b in DateRuleIndex.firstBytes {
      let subject = [fold && b &- 0x41 < 26 ? b | 0x20 : b]
      lists.append((
        DateRuleIndex.narrowTriggers(anywhere, to: subject, probes: (patternProbes, triggerProbes, hasTrigger), scratch: scratch, counted: false),
        DateRuleIndex.narrowPatterns(all, to: subject, probes: patternProbes, scratch: scratch, counted: false)))
    }
    storage = .allocate(capacity: max(lists.reduce(0) { $0 + $1.triggers.count + $1.patterns.count }, 1))
    var used = 0
    var made: [Candidates] = []
    for (t, p) in lists {
      _ = UnsafeMutableBufferPointer(rebasing: storage[used..<(used + t.count + p.count)]).initialize(from: t + p)
      made.append(Candidates(
        triggers: UnsafeBufferPointer(rebasing: storage[used..<(used + t.count)]),
        patterns: UnsafeBufferPointer(rebasing: storage[(used + t.count)..<(used + t.count + p.count)])))
      used += t.count + p.count
    }
    root = made[0]
    firstByte = Array(made.dropFirst())
  }

  deinit { storage.deallocate() }

  /// The lists to narrow a start's first node from: its first byte's, else every rule.
  @inline(__always) func seed(_ first: UInt8) -> Candidates {
    let b = foldsCase && first &- 0x41 < 26 ? first | 0x20 : first
    return DateRuleIndex.firstBytes.contains(b) ? firstByte[Int(b - DateRuleIndex.firstBytes.lowerBound)] : root
  }

  /// The rules of `parent` whose pattern may match text beginning with `subject`.
  func narrowPatterns<C: Collection<Int32>>(_ parent: C, to subject: [UInt8], scratch: DateScratch) -> [Int32] {
    DateRuleIndex.narrowPatterns(parent, to: subject, probes: patternProbes, scratch: scratch)
  }

  /// The rules of `parent` whose scan trigger (else pattern) may match text beginning with `subject`.
  func narrowTriggers<C: Collection<Int32>>(_ parent: C, to subject: [UInt8], scratch: DateScratch) -> [Int32] {
    DateRuleIndex.narrowTriggers(parent, to: subject, probes: (patternProbes, triggerProbes, hasTrigger), scratch: scratch)
  }

  static func narrowPatterns<C: Collection<Int32>>(
    _ parent: C, to subject: [UInt8], probes: [DateProbe?], scratch: DateScratch, counted: Bool = true
  ) -> [Int32] {
    parent.filter { probes[Int($0)]?.mayMatch(startingWith: subject, scratch: scratch, counted: counted) ?? true }
  }

  static func narrowTriggers<C: Collection<Int32>>(
    _ parent: C, to subject: [UInt8], probes: (patterns: [DateProbe?], triggers: [DateProbe?], hasTrigger: [Bool]), scratch: DateScratch,
    counted: Bool = true
  ) -> [Int32] {
    parent.filter { rule in
      let i = Int(rule)
      let probe = probes.hasTrigger[i] ? probes.triggers[i] : probes.patterns[i]
      return probe?.mayMatch(startingWith: subject, scratch: scratch, counted: counted) ?? true
    }
  }
}
