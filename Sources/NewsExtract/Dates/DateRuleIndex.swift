/// Which rules can begin with given bytes, worked out from the rules' own patterns (each made
/// permissive, `DateProbe`) by asking PCRE2 whether any text beginning with those bytes could
/// match. `DateStartTree` asks it along the bytes of each start and keeps the answers; a start
/// then tries only the rules that can begin there, in rule order, so the first rule that
/// matches is the same one.
///
/// New rules need nothing declared. What a rule must respect: its pattern and trigger match
/// ASCII letters regardless of case (no `(?-i)`, no `\p`/`\P`, else `foldsCase` is off and
/// starts are keyed by their exact bytes), and a probe that does not compile (quoting, POSIX
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
    patternProbes = rules.indices.map { DateProbe(rules[$0].pattern, compiled: patterns[$0]) }
    triggerProbes = rules.indices.map { i in rules[i].trigger.map { DateProbe($0, compiled: triggers[i]) } ?? nil }
    hasTrigger = rules.map { $0.trigger != nil }
    let sources = rules.flatMap { [$0.pattern] + ($0.trigger.map { [$0] } ?? []) }
    foldsCase = !sources.contains { source in ["(?-", "\\p", "\\P", "(?^"].contains { DateProbe.contains(source, $0) } }
    let all = rules.indices.map { Int32($0) }
    let anywhere = all.filter { rules[Int($0)].scope == .anywhere }
    storage = .allocate(capacity: max(all.count + anywhere.count, 1))
    _ = storage.initialize(from: anywhere + all)
    root = Candidates(
      triggers: UnsafeBufferPointer(rebasing: storage[0..<anywhere.count]),
      patterns: UnsafeBufferPointer(rebasing: storage[anywhere.count..<(anywhere.count + all.count)]))
  }

  deinit { storage.deallocate() }

  /// The rules of `parent` whose pattern may match text beginning with `subject`.
  func narrowPatterns(_ parent: UnsafeBufferPointer<Int32>, to subject: [UInt8], scratch: DateScratch) -> [Int32] {
    parent.filter { patternProbes[Int($0)]?.mayMatch(startingWith: subject, scratch: scratch) ?? true }
  }

  /// The rules of `parent` whose scan trigger (else pattern) may match text beginning with `subject`.
  func narrowTriggers(_ parent: UnsafeBufferPointer<Int32>, to subject: [UInt8], scratch: DateScratch) -> [Int32] {
    parent.filter { rule in
      let i = Int(rule)
      let probe = hasTrigger[i] ? triggerProbes[i] : patternProbes[i]
      return probe?.mayMatch(startingWith: subject, scratch: scratch) ?? true
    }
  }
}
