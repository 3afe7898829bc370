import NewsCore

/// The compiled date rules. At each start of a possible date phrase (`DateAnchors`) the rules
/// that can begin there (`DateStartTree`, `DateRuleIndex`) are tried in order: the first whose scan trigger (its
/// pattern, or a short `trigger`) matches is where reading begins, and from it on the first rule
/// whose pattern matches and whose builder accepts wins (a range only when it is longer than
/// the point at its start).
final class DateGrammar: Sendable {
  let rules: [DateRule]
  let patterns: [DateRegex]
  /// Per rule, what the scan looks for: its trigger, or else its pattern (the same object).
  let triggers: [DateRegex]
  /// Per rule, its group numbers by name.
  let groupNames: [DateGroupTable]
  /// Per rule, whether it is a range rule (read after the points it spans).
  let isRange: [Bool]
  /// Per rule, whether it may fire anywhere (not only as a range endpoint).
  let isAnywhere: [Bool]
  /// The rules that can begin at a start.
  let index: DateRuleIndex
  /// Scratch spaces kept between calls.
  let scratches = DateScratchPool()
  /// What the starts read so far taught about which rules can begin where.
  let startTree = DateStartTree()
  /// A date does not start right after a letter (`(?<![a-z])` as the rules are compiled: with
  /// UTF caseless matching a few non-ASCII letters count too).
  let afterLetter = DateRegex("(?<=[a-z])")

  static let shared = DateGrammar(rules: DateRules.all)

  init(rules: [DateRule]) {
    self.rules = rules
    let patterns = rules.map { DateRegex($0.pattern) }
    self.patterns = patterns
    let triggers = rules.indices.map { i in rules[i].trigger.map { DateRegex($0) } ?? patterns[i] }
    self.triggers = triggers
    groupNames = rules.map { DateGroupTable(DateGroupNames.numbers(in: $0.pattern)) }
    isRange = rules.map { $0.id.hasPrefix("date.range") }
    isAnywhere = rules.map { $0.scope == .anywhere }
    index = DateRuleIndex(rules: rules, patterns: patterns, triggers: triggers)
  }

  /// A found date: its byte range, reading and rule id.
  struct Found {
    var range: Range<Int>
    var reading: DateReading
    var rule: String
  }

  /// Every date in `text`, in text order, non-overlapping.
  func dates(in text: TextBuffer, environment start: DateEnvironment) -> [Found] {
    let scratch = scratches.take()
    defer { scratches.give(scratch) }
    let tables = DateAnchors.tables
    return text.bytes.withUnsafeBufferPointer { buffer in
      var environment = start
      var found: [Found] = []
      var position = 0
      let count = buffer.count
      let source = Source(text: text, buffer: buffer, scratch: scratch, snapshot: startTree.snapshot())
      var starts = DateStartList()
      // Starts that read nothing under the current environment: the lead words before an
      // anchor come round again with the next anchor.
      var failed = DateFailedStarts()
      while position < count, let (anchor, anchorEnd) = DateAnchors.nextAnchor(tables, buffer, from: position) {
        var accepted = false
        DateAnchors.starts(tables, buffer, anchor: anchor, limit: position, into: &starts)
        for slot in starts.first..<starts.end {
          let start = starts[slot]
          if failed.contains(start) { continue }
          let (node, triggers) = walk(source, at: start)
          guard let (rule, groups) = scan(source, at: start, triggers: triggers),
            let hit = read(source, at: start, from: rule, groups: groups, patterns: patterns(source, node, at: start), environment: environment)
          else {
            failed.insert(start)
            continue
          }
          var reading = hit.reading
          complete(&reading, environment: environment, clause: (text.bytes, hit.range))
          found.append(Found(range: hit.range, reading: reading, rule: hit.rule))
          if !reading.relative, !reading.unresolved, let y = reading.end.year { environment.lastYear = y }
          if !reading.unresolved, reading.isPoint, reading.start.precision == .day, let day = reading.start.firstDay { environment.lastDay = day }
          position = max(hit.range.upperBound, start + 1)
          failed.removeAll()
          accepted = true
          break
        }
        if !accepted { position = anchorEnd }
      }
      return DateCoordination.merged(found, bytes: text.bytes)
    }
  }

  /// The first `.anywhere` rule whose trigger matches exactly at `at` (none right after a
  /// letter), with the groups of its match when the trigger is the rule's pattern.
  func scan(_ source: Source, at: Int, triggers candidates: UnsafeBufferPointer<Int32>) -> (Int, DateGroups?)? {
    let buffer = source.buffer
    guard at < buffer.count, !candidates.isEmpty else { return nil }
    if at > 0 {
      let before = buffer[at - 1]
      if (before | 0x20) &- 0x61 < 26 { return nil }
      if before >= 0x80, afterLetter.matches(buffer, at: at, scratch: source.scratch) { return nil }
    }
    for candidate in candidates {
      let rule = Int(candidate)
      let trigger = triggers[rule]
      if trigger === patterns[rule] {
        if let groups = trigger.match(buffer, from: at, scratch: source.scratch) { return (rule, groups) }
      } else if trigger.matches(buffer, at: at, scratch: source.scratch) {
        return (rule, nil)
      }
    }
    return nil
  }

  /// The text being read with its bytes, the scratch space of the call and the snapshot of
  /// the start tree its starts are walked through.
  struct Source {
    let text: TextBuffer
    let buffer: UnsafeBufferPointer<UInt8>
    let scratch: DateScratch
    let snapshot: DateStartSnapshot?
  }

  /// The start tree's node and trigger list for `at`: from the snapshot when it knows them.
  @inline(__always) func walk(_ source: Source, at: Int) -> (node: Int, triggers: UnsafeBufferPointer<Int32>) {
    if let known = source.snapshot?.walk(source.buffer, at: at, index: index) { return known }
    return startTree.walk(source.buffer, at: at, index: index, scratch: source.scratch)
  }

  /// The pattern list of `node`, reached from `at`: from the snapshot when it knows it.
  @inline(__always) func patterns(_ source: Source, _ node: Int, at: Int) -> UnsafeBufferPointer<Int32> {
    if let known = source.snapshot?.patterns(node) { return known }
    return startTree.patterns(node, source.buffer, at: at, index: index, scratch: source.scratch)
  }

  /// The match of rule `index` at `at` (its groups when already matched), unless empty.
  func match(_ source: Source, rule index: Int, at: Int, groups known: DateGroups? = nil, environment: DateEnvironment) -> DateMatch? {
    guard let groups = known ?? patterns[index].match(source.buffer, from: at, scratch: source.scratch),
      let whole = groups[0], !whole.isEmpty
    else { return nil }
    return DateMatch(source: source, groups: groups, names: groupNames[index], environment: environment, grammar: self)
  }

  /// The first `.anywhere` rule from `first` on that matches at `at` and whose builder accepts;
  /// `groups`: the match of `first` there, when the scan already has it.
  func read(
    _ source: Source, at: Int, from first: Int, groups: DateGroups?, patterns candidates: UnsafeBufferPointer<Int32>, environment: DateEnvironment
  )
    -> (range: Range<Int>, reading: DateReading, rule: String)?
  {
    var range: (range: Range<Int>, reading: DateReading, rule: String)?
    // Whether `range` is set, kept apart so that the loop does not copy it to ask.
    var hasRange = false
    for candidate in candidates where Int(candidate) >= first && isAnywhere[Int(candidate)] {
      let index = Int(candidate)
      let isRange = self.isRange[index]
      if hasRange && isRange { continue }
      guard let m = match(source, rule: index, at: at, groups: index == first ? groups : nil, environment: environment),
        let reading = rules[index].build(m)
      else { continue }
      let hit = (m.range, reading, rules[index].id)
      if isRange {
        range = hit
        hasRange = true
        continue
      }
      // A range wins over a point only when it is longer ("2017-q1" is one quarter).
      if let r = range, r.range.upperBound > m.range.upperBound { return r }
      return hit
    }
    return range
  }

  /// The reading of exactly `range` by any rule (endpoint rules included), unresolved fields kept.
  func endpoint(_ source: Source, range: Range<Int>, environment: DateEnvironment) -> DateReading? {
    guard range.lowerBound < source.buffer.count else { return nil }
    let node = walk(source, at: range.lowerBound).node
    for candidate in patterns(source, node, at: range.lowerBound) where !isRange[Int(candidate)] {
      let index = Int(candidate)
      guard let m = match(source, rule: index, at: range.lowerBound, environment: environment),
        m.range.upperBound == range.upperBound
      else { continue }
      if let reading = rules[index].build(m) { return reading }
    }
    return nil
  }

  /// Fills what a partial date leaves open from the reference day: the year of "May 21",
  /// the month and year of "the 27th". Without a reference the fields stay unknown. With the
  /// `clause` (text bytes and the date's position), a year-less month or day may take the
  /// year before or after, as `DateYearChoice` says.
  func complete(_ reading: inout DateReading, environment: DateEnvironment, clause: ([UInt8], Range<Int>)? = nil) {
    guard !reading.start.isComplete || !reading.end.isComplete else { return }
    guard let reference = environment.reference else {
      reading.unresolved = true
      return
    }
    // A year-less month or day (or a range of them) takes the year nearest the reference
    // across the turn of the year (`DateYearChoice`), the same for both ends.
    var shift = 0
    if let (bytes, position) = clause, reading.start.year == nil, reading.end.year == nil, let m1 = reading.start.month, let m2 = reading.end.month,
      let first = CalendarDay(validYear: reference.year, month: m1, day: reading.start.precision == .day ? reading.start.day ?? 1 : 1),
      let lastStart = CalendarDay(validYear: reference.year, month: m2, day: reading.end.precision == .day ? reading.end.day ?? 1 : 1),
      first <= lastStart
    {
      let last = reading.end.precision == .day ? lastStart : lastStart.lastOfMonth
      shift = DateYearChoice.shift(first: first, last: last, reference: reference, lean: { DateTense.lean(around: position, in: bytes) })
    }
    func fill(_ point: inout DatePoint) {
      if point.year == nil {
        point.year = reference.year + shift
        if point.month == 2, point.day == 29 {
          while !CalendarDay.isLeap(point.year!) { point.year! -= 1 }
        }
      }
      if point.precision == .day, point.month == nil { point.month = reference.month }
    }
    fill(&reading.start)
    fill(&reading.end)
    reading.relative = true
  }
}
