import NewsCore

/// What a date phrase denotes: a point or an inclusive period between two points, with how
/// it was obtained.
struct DateReading: Sendable {
  var start: DatePoint
  var end: DatePoint
  /// Resolved against the reference date ("last year", "on Monday", "May 21" given its year).
  var relative: Bool
  /// A numeric date that reads both day-first and month-first.
  var ambiguous = false
  /// A relative phrase with no reference date to resolve it against.
  var unresolved = false
  /// Took its year from an earlier date of the document ("October of the same year").
  var anaphoric = false
  /// A holiday named without a year ("Christmas"): a shift from it ("2 weeks before
  /// Christmas") takes its next occurrence.
  var holiday: Holiday?

  init(_ point: DatePoint, relative: Bool = false) {
    start = point
    end = point
    self.relative = relative
  }

  init(from start: DatePoint, to end: DatePoint, relative: Bool = false) {
    self.start = start
    self.end = end
    self.relative = relative
  }

  /// A resolved day.
  static func day(_ d: CalendarDay, relative: Bool = true) -> DateReading {
    DateReading(DatePoint(d), relative: relative)
  }

  /// A resolved inclusive day range.
  static func days(_ a: CalendarDay, _ b: CalendarDay, relative: Bool = true) -> DateReading {
    a == b ? .day(a, relative: relative) : DateReading(from: DatePoint(a), to: DatePoint(b), relative: relative)
  }

  /// A relative phrase that could not be resolved: unknown fields at the given precision.
  static func unresolved(_ precision: DatePrecision) -> DateReading {
    var r = DateReading(DatePoint(year: nil, month: nil, day: nil, precision: precision), relative: true)
    r.unresolved = true
    return r
  }

  var isPoint: Bool { start == end }

  /// The contract's value: `{"value": …}` for a point, `{"start": …, "end": …}` for a period.
  var json: JSON {
    // Built as a native dictionary literal (no variadic array, no key uniquing).
    let fields: [String: JSON] = isPoint ? ["value": .string(start.iso)] : ["start": .string(start.iso), "end": .string(end.iso)]
    return .object(fields)
  }

  /// Attributes written beside the value.
  var attributes: [String: JSON] {
    let flags = (relative ? 1 : 0) | (ambiguous ? 2 : 0) | (unresolved ? 4 : 0) | (anaphoric ? 8 : 0)
    return DateReading.attributeSets[flags]
  }

  /// The attributes of every combination of the four flags (bit 1 relative, 2 ambiguous,
  /// 4 unresolved, 8 anaphoric), built once: a fact shares its dictionary.
  static let attributeSets: [[String: JSON]] = (0..<16).map { flags in
    var a: [String: JSON] = ["relative": .bool(flags & 1 != 0)]
    if flags & 2 != 0 { a["ambiguous"] = .bool(true) }
    if flags & 4 != 0 { a["unresolved"] = .bool(true) }
    if flags & 8 != 0 { a["anaphoric"] = .bool(true) }
    return a
  }
}
