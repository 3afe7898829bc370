import NewsCore

/// "May and June", "Sunday and Monday", "the 1990s and 2000s": two dates of the same
/// precision joined by "and", the second right after the first, are one period (two single
/// years stay two dates).
enum DateCoordination {
  /// `found` with each such pair merged into one fact covering both.
  static func merged(_ found: [DateGrammar.Found], bytes: [UInt8]) -> [DateGrammar.Found] {
    // Most texts join none: no copy for them.
    guard found.count >= 2, let first = (0..<(found.count - 1)).first(where: { join(found[$0], found[$0 + 1], bytes: bytes) != nil })
    else { return found }
    var out = Array(found[..<first])
    out.reserveCapacity(found.count)
    var i = first
    while i < found.count {
      if i + 1 < found.count, let pair = join(found[i], found[i + 1], bytes: bytes) {
        out.append(pair)
        i += 2
      } else {
        out.append(found[i])
        i += 1
      }
    }
    return out
  }

  static let and: [UInt8] = Array(" and ".utf8)

  static func join(_ a: DateGrammar.Found, _ b: DateGrammar.Found, bytes: [UInt8]) -> DateGrammar.Found? {
    guard b.range.lowerBound - a.range.upperBound == and.count,
      bytes[a.range.upperBound..<b.range.lowerBound].elementsEqual(and),
      !a.reading.unresolved, !b.reading.unresolved, a.rule != "date.day-word", b.rule != "date.day-word",
      a.reading.start.precision == a.reading.end.precision, b.reading.start.precision == b.reading.end.precision,
      a.reading.end.precision == b.reading.start.precision,
      // two single years stay two dates ("from 2015 and 2016")
      !(a.reading.isPoint && b.reading.isPoint && a.reading.start.precision == .year),
      let aLast = a.reading.end.lastDay, let bFirst = b.reading.start.firstDay, aLast.adding(days: 1) == bFirst
    else { return nil }
    var reading = DateReading(from: a.reading.start, to: b.reading.end, relative: a.reading.relative || b.reading.relative)
    reading.anaphoric = a.reading.anaphoric || b.reading.anaphoric
    return DateGrammar.Found(range: a.range.lowerBound..<b.range.upperBound, reading: reading, rule: "date.coordinated")
  }
}
