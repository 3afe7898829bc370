import NewsCore

/// The compiled date rules: a few combined patterns find candidates in one pass each, each
/// rule's own pattern re-reads a candidate anchored at its start, and the first rule whose
/// builder accepts it wins (a range only when it is longer than the point at its start).
final class DateGrammar: Sendable {
  let rules: [DateRule]
  let patterns: [DateRegex]
  /// Per rule, its group numbers by name.
  let groupNames: [[String: [Int]]]
  /// The `.anywhere` rules as alternatives of a few combined patterns (one would exceed
  /// PCRE2's size limit), each with its group number per rule.
  let scanners: [(pattern: DateRegex, groups: [(group: Int, rule: Int)])]
  /// Per class of a start's first byte (`startClass`), combined patterns of only the rules
  /// that can begin with a byte of that class, in rule order (so the same rule wins).
  let scannersByClass: [[(pattern: DateRegex, groups: [(group: Int, rule: Int)])]]
  /// Per rule, whether it is a range rule (read after the points it spans).
  let isRange: [Bool]

  static let shared = DateGrammar(rules: DateRules.all)

  init(rules: [DateRule]) {
    self.rules = rules
    patterns = rules.map { DateRegex($0.pattern) }
    groupNames = rules.map { DateGroupNames.numbers(in: $0.pattern) }
    let anywhere = rules.indices.filter { rules[$0].scope == .anywhere }
    scanners = DateGrammar.combine(anywhere, rules: rules)
    let firsts = anywhere.map { DateRegex(DateFragments.anonymous(rules[$0].trigger ?? rules[$0].pattern)).firstBytes }
    scannersByClass = (0..<3).map { c in
      let list = anywhere.indices.filter { i in
        (0..<256).contains { b in DateGrammar.startClass(UInt8(b)) == c && (firsts[i]?[b] ?? true) }
      }.map { anywhere[$0] }
      return list.isEmpty ? [] : DateGrammar.combine(list, rules: rules)
    }
    isRange = rules.map { $0.id.hasPrefix("date.range") }
  }

  /// The class of a start byte: 0 a digit, 1 an ASCII letter, 2 anything else. Few classes
  /// keep the compiled scanners few (many large JIT patterns run slower for cache misses).
  @inline(__always) static func startClass(_ b: UInt8) -> Int {
    b >= 0x30 && b <= 0x39 ? 0 : ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A ? 1 : 2)
  }

  static func alternatives(_ indices: ArraySlice<Int>, rules: [DateRule]) -> String {
    indices.map { "(?<r\($0)>\(DateFragments.anonymous(rules[$0].trigger ?? rules[$0].pattern)))" }.joined(separator: "|")
  }

  /// Combined patterns over consecutive rules, split in halves until each compiles.
  static func combine(_ indices: [Int], rules: [DateRule]) -> [(pattern: DateRegex, groups: [(group: Int, rule: Int)])] {
    var chunks: [ArraySlice<Int>] = [indices[...]]
    var out: [(pattern: DateRegex, groups: [(group: Int, rule: Int)])] = []
    while let chunk = chunks.first {
      chunks.removeFirst()
      // Dates start at the start of a word: the scanner skips positions inside words at once.
      if let p = DateRegex(trying: "(?<![a-z])(?:" + alternatives(chunk, rules: rules) + ")") {
        let numbers = p.groupNumbers
        out.append((p, chunk.map { (numbers["r\($0)"]!, $0) }))
      } else {
        precondition(chunk.count > 1, "date rule \(rules[chunk.first!].id) is too large to scan")
        let mid = chunk.startIndex + chunk.count / 2
        chunks.insert(contentsOf: [chunk[..<mid], chunk[mid...]], at: 0)
      }
    }
    return out
  }

  /// A found date: its byte range, reading and rule id.
  struct Found {
    var range: Range<Int>
    var reading: DateReading
    var rule: String
  }

  /// Every date in `text`, in text order, non-overlapping.
  func dates(in text: TextBuffer, environment start: DateEnvironment) -> [Found] {
    let scratch = DateScratch()
    return text.bytes.withUnsafeBufferPointer { buffer in
      var environment = start
      var found: [Found] = []
      var position = 0
      let count = buffer.count
      let source = Source(text: text, buffer: buffer, scratch: scratch)
      while position < count, let (anchor, anchorEnd) = DateAnchors.nextAnchor(buffer, from: position) {
        var accepted = false
        for start in DateAnchors.starts(buffer, anchor: anchor, limit: position) {
          guard let rule = scan(source, at: start),
            let hit = read(source, at: start, from: rule, environment: environment)
          else { continue }
          var reading = hit.reading
          complete(&reading, environment: environment)
          found.append(Found(range: hit.range, reading: reading, rule: hit.rule))
          if !reading.relative, !reading.unresolved, let y = reading.end.year { environment.lastYear = y }
          position = max(hit.range.upperBound, start + 1)
          accepted = true
          break
        }
        if !accepted { position = anchorEnd }
      }
      return found
    }
  }

  /// The first rule whose scanner alternative matches exactly at `at`.
  func scan(_ source: Source, at: Int) -> Int? {
    // The scanners hold consecutive rules in order, and a pattern's first matching
    // alternative is its earliest rule: the first scanner that matches has the answer.
    guard at < source.buffer.count else { return nil }
    for scanner in scannersByClass[DateGrammar.startClass(source.buffer[at])] {
      if let rule = scanner.pattern.firstGroup(of: scanner.groups, in: source.buffer, from: at, scratch: source.scratch) {
        return rule
      }
    }
    return nil
  }

  /// The text being read with its bytes and the scratch space of the call.
  struct Source {
    let text: TextBuffer
    let buffer: UnsafeBufferPointer<UInt8>
    let scratch: DateScratch
  }

  func match(_ source: Source, rule index: Int, at: Int, environment: DateEnvironment) -> DateMatch? {
    guard let groups = patterns[index].match(source.buffer, from: at, scratch: source.scratch),
      let whole = groups[0], !whole.isEmpty
    else { return nil }
    return DateMatch(source: source, groups: groups, names: groupNames[index], environment: environment, grammar: self)
  }

  /// The first rule from `first` on that matches at `at` and whose builder accepts.
  func read(_ source: Source, at: Int, from first: Int, environment: DateEnvironment)
    -> (range: Range<Int>, reading: DateReading, rule: String)?
  {
    var range: (range: Range<Int>, reading: DateReading, rule: String)?
    for index in first..<rules.count where rules[index].scope == .anywhere {
      let isRange = self.isRange[index]
      if range != nil && isRange { continue }
      guard let m = match(source, rule: index, at: at, environment: environment),
        let reading = rules[index].build(m)
      else { continue }
      let hit = (m.range, reading, rules[index].id)
      if isRange { range = hit; continue }
      // A range wins over a point only when it is longer ("2017-q1" is one quarter).
      if let r = range, r.range.upperBound > m.range.upperBound { return r }
      return hit
    }
    return range
  }

  /// The reading of exactly `range` by any rule (endpoint rules included), unresolved fields kept.
  func endpoint(_ source: Source, range: Range<Int>, environment: DateEnvironment) -> DateReading? {
    for (index, rule) in rules.enumerated() where !isRange[index] {
      guard let m = match(source, rule: index, at: range.lowerBound, environment: environment),
        m.range.upperBound == range.upperBound
      else { continue }
      if let reading = rule.build(m) { return reading }
    }
    return nil
  }

  /// Fills what a partial date leaves open from the reference day: the year of "May 21",
  /// the month and year of "the 27th". Without a reference the fields stay unknown.
  func complete(_ reading: inout DateReading, environment: DateEnvironment) {
    guard !reading.start.isComplete || !reading.end.isComplete else { return }
    guard let reference = environment.reference else {
      reading.unresolved = true
      return
    }
    for keyPath in [\DateReading.start, \DateReading.end] {
      var point = reading[keyPath: keyPath]
      if point.year == nil {
        point.year = reference.year
        if point.month == 2, point.day == 29 {
          while !CalendarDay.isLeap(point.year!) { point.year! -= 1 }
        }
      }
      if point.precision == .day, point.month == nil { point.month = reference.month }
      reading[keyPath: keyPath] = point
    }
    reading.relative = true
  }
}
