import NewsCore

/// The compiled date rules: one combined pattern finds candidates in a single pass, each
/// rule's own pattern re-reads a candidate anchored at its start, and the first rule whose
/// builder accepts it wins.
final class DateGrammar: Sendable {
  let rules: [DateRule]
  let patterns: [Pattern]
  /// Per rule, its group numbers by name.
  let groupNames: [[String: [Int]]]
  /// The `.anywhere` rules as alternatives of a few combined patterns (one would exceed
  /// PCRE2's size limit), each with its group number per rule.
  let scanners: [(pattern: Pattern, groups: [(group: Int, rule: Int)])]

  static let shared = DateGrammar(rules: DateRules.all)

  init(rules: [DateRule]) {
    self.rules = rules
    patterns = rules.map { Pattern(literal: "(?J)" + $0.pattern, options: [.caseless]) }
    groupNames = rules.map { DateGroupNames.numbers(in: $0.pattern) }
    let indices = rules.indices.filter { rules[$0].scope == .anywhere }
    scanners = DateGrammar.combine(indices, rules: rules)
  }

  static func alternatives(_ indices: ArraySlice<Int>, rules: [DateRule]) -> String {
    indices.map { "(?<r\($0)>\(DateFragments.anonymous(rules[$0].trigger ?? rules[$0].pattern)))" }.joined(separator: "|")
  }

  /// Combined patterns over consecutive rules, split in halves until each compiles.
  static func combine(_ indices: [Int], rules: [DateRule]) -> [(pattern: Pattern, groups: [(group: Int, rule: Int)])] {
    var chunks: [ArraySlice<Int>] = [indices[...]]
    var out: [(pattern: Pattern, groups: [(group: Int, rule: Int)])] = []
    while let chunk = chunks.first {
      chunks.removeFirst()
      if let p = try? Pattern(alternatives(chunk, rules: rules), options: [.caseless]) {
        out.append((p, chunk.map { (p.groupNumbers["r\($0)"]!, $0) }))
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
    var environment = start
    var found: [Found] = []
    var position = 0
    let count = text.bytes.count
    var pending: [(start: Int, rule: Int)?] = Array(repeating: nil, count: scanners.count)
    while position < count {
      for (i, scanner) in scanners.enumerated() where pending[i] == nil || pending[i]!.start < position {
        if let m = scanner.pattern.firstMatch(in: text, from: position) {
          pending[i] = (m.range.lowerBound, scanner.groups.first { m[$0.group] != nil }?.rule ?? 0)
        } else {
          pending[i] = (Int.max, 0)
        }
      }
      guard let next = pending.compactMap({ $0 }).min(by: { $0.start != $1.start ? $0.start < $1.start : $0.rule < $1.rule }),
        next.start < count
      else { break }
      let m = (range: next.start..<next.start, rule: next.rule)
      let first = m.rule
      if let hit = read(in: text, at: m.range.lowerBound, from: first, environment: environment) {
        var reading = hit.reading
        complete(&reading, environment: environment)
        found.append(Found(range: hit.range, reading: reading, rule: hit.rule))
        if !reading.relative, !reading.unresolved, let y = reading.end.year { environment.lastYear = y }
        position = max(hit.range.upperBound, m.range.lowerBound + 1)
      } else {
        position = m.range.lowerBound + 1
        while position < count, text.bytes[position] & 0xC0 == 0x80 { position += 1 }
      }
    }
    return found
  }

  /// The first rule from `first` on that matches at `at` and whose builder accepts.
  func read(in text: TextBuffer, at: Int, from first: Int, environment: DateEnvironment)
    -> (range: Range<Int>, reading: DateReading, rule: String)?
  {
    for index in first..<rules.count where rules[index].scope == .anywhere {
      guard let m = patterns[index].matches(in: text, anchoredAt: at), !m.range.isEmpty else { continue }
      let match = DateMatch(text: text, match: m, names: groupNames[index], environment: environment, grammar: self)
      if let reading = rules[index].build(match) { return (m.range, reading, rules[index].id) }
    }
    return nil
  }

  /// The reading of exactly `range` by any rule (endpoint rules included), unresolved fields kept.
  func endpoint(in text: TextBuffer, range: Range<Int>, environment: DateEnvironment) -> DateReading? {
    for (index, rule) in rules.enumerated() where !rule.id.hasPrefix("date.range") {
      guard let m = patterns[index].matches(in: text, anchoredAt: range.lowerBound),
        m.range.upperBound == range.upperBound
      else { continue }
      if let reading = rule.build(DateMatch(text: text, match: m, names: groupNames[index], environment: environment, grammar: self)) {
        return reading
      }
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
      if point.year == nil { point.year = reference.year }
      if point.precision == .day, point.month == nil { point.month = reference.month }
      reading[keyPath: keyPath] = point
    }
    reading.relative = true
  }
}
