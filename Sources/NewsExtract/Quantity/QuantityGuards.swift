/// The "never" list of quantities: a number that is a year, part of a date or time, a score,
/// a phone number, a model number or code ("Boeing 737", "COP29"), an ordinal, an address,
/// or money / a percentage is not a count.
enum QuantityGuards {
  /// Bytes before a number that make it an identifier, a sign or part of another figure.
  static let badBefore: Set<UInt8> = Set("#+/:.,-$\\_=@&%".utf8)
  /// Bytes right after a number that make it part of a date, time, score, code or share.
  static let badAfter: Set<UInt8> = Set("/:-.,%$_@".utf8)

  /// Capitalised words that may stand before a counted number ("About 20 students").
  static let capitalisedLeads: Set<String> = [
    "about", "around", "some", "over", "nearly", "almost", "more", "less", "fewer", "up", "at", "the",
    "and", "but", "all", "only", "just", "roughly", "approximately", "another", "those", "these", "with",
    "of", "for", "by", "to", "as", "than", "under", "below", "above", "least", "most", "estimated", "an",
  ]

  static func rejects(_ n: NumberExpression, in b: [UInt8]) -> Bool {
    if n.lettersBefore || n.lettersAfter || n.looksLikeYear || (n.scaleIsAbbreviation && n.scale ?? 0 < 6) {
      return true
    }
    let s = n.range.lowerBound
    let e = n.range.upperBound
    if s > 0 {
      let p = b[s - 1]
      if badBefore.contains(p) { return true }
      if p >= 0x80 { return true }  // a currency symbol or other sign glued on
    }
    if e < b.count {
      let a = b[e]
      if badAfter.contains(a) && e + 1 < b.count && (b[e + 1].isAlphanumeric || a == UInt8(ascii: "%")) { return true }
      if a == UInt8(ascii: "%") || a >= 0x80 { return true }
    }
    let k = NearbyWords.skipSpacesBack(b, from: s)
    if k > 0, b[k - 1].isDigit || b[k - 1] >= 0x80 || b[k - 1] == UInt8(ascii: "$") { return true }  // "701 555", "€ 5"
    if let w = NearbyWords.range(before: s, in: b) {
      let first = b[w.lowerBound]
      if first.isUpper && leadTable.value(b, w) == nil && !isSentenceStart(w.lowerBound, in: b) { return true }
      if labelTable.value(b, w) != nil { return true }
    }
    return false
  }

  /// Words that label an identifier rather than count ("No. 5", "Route 66", "page 12").
  static let labels: [String] = [
    "no", "number", "room", "route", "flight", "article", "chapter", "page", "section", "model", "version",
    "level", "grade", "gate", "unit", "block", "apt", "suite", "box", "tel", "phone", "fax", "size", "line",
  ]
  static let labelTable = WordTable(labels.map { ($0, true) })
  static let leadTable = WordTable(capitalisedLeads.sorted().map { ($0, true) })

  /// Whether the word at `i` begins a sentence or line (so its capital says nothing).
  static func isSentenceStart(_ i: Int, in b: [UInt8]) -> Bool {
    var k = i
    while k > 0, b[k - 1].isHorizontalSpace { k -= 1 }
    guard k > 0 else { return true }
    let p = b[k - 1]
    return p == 10 || p == UInt8(ascii: ".") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?")
      || p == UInt8(ascii: "\"")
  }
}
