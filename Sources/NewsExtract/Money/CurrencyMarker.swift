/// A currency marker found next to a number: its reading and its bytes.
struct CurrencyMarker {
  var reading: CurrencyReading
  var range: Range<Int>
  /// A scale the marker carries after it ("75 USD million").
  var trailingScale = 0
}

/// Finds the currency marker written before or after a number (`$`, `US$`, "c $", `USD`,
/// `MAUD`, "Swiss francs", "cents", `€`, `₸`, glued `USD115.5` / `115USD`).
enum CurrencyMarkers {
  static let spacedDollarPrefixes: Set<String> = ["us", "u.s", "u.s.", "c", "hk", "nt", "nz", "ca", "can", "mx", "sg"]

  /// The symbol (from the table) ending at byte `end`, if any.
  static func symbol(endingAt end: Int, in b: [UInt8]) -> (start: Int, code: String, ambiguous: Bool)? {
    for s in CurrencySymbols.encoded where s.bytes.count <= end {
      if b[(end - s.bytes.count)..<end].elementsEqual(s.bytes) { return (end - s.bytes.count, s.code, s.ambiguous) }
    }
    return nil
  }

  /// The symbol starting at byte `start`, if any.
  static func symbol(startingAt start: Int, in b: [UInt8]) -> (end: Int, code: String, ambiguous: Bool)? {
    for s in CurrencySymbols.encoded where start + s.bytes.count <= b.count {
      if b[start..<(start + s.bytes.count)].elementsEqual(s.bytes) {
        return (start + s.bytes.count, s.code, s.ambiguous)
      }
    }
    return nil
  }

  /// A code-like word: ISO code, scaled code (`MUSD`) or letter symbol (`Rs`, `kr`).
  /// `glued`: the word touches the figure, where only widely traded codes count.
  static func codeWord(_ b: [UInt8], _ r: Range<Int>, glued: Bool = false) -> CurrencyMarker? {
    guard CurrencyLexicon.codeLike.value(b, r) != nil else { return nil }
    let original = NearbyWords.text(b, r)
    if glued, original.utf8.count == 3, !CurrencyCodes.gluable.contains(original.uppercased()) { return nil }
    if let code = CurrencyCodes.code(for: original) {
      return CurrencyMarker(reading: CurrencyReading(code: code, source: .code), range: r)
    }
    if let (code, scale) = CurrencyCodes.scaledCode(for: original) {
      return CurrencyMarker(reading: CurrencyReading(code: code, source: .code, scale: scale), range: r)
    }
    if let code = CurrencySymbols.letterSymbols[original],
      r.upperBound == b.count || b[r.upperBound] != UInt8(ascii: "-")
    {
      return CurrencyMarker(reading: CurrencyReading(code: code, source: .bareSymbol, ambiguous: true), range: r)
    }
    return nil
  }

  /// The marker before the number `n`.
  static func before(_ n: NumberExpression, in b: [UInt8]) -> CurrencyMarker? {
    let s = n.range.lowerBound
    if n.lettersBefore {
      var ls = s
      while ls > 0 && b[ls - 1].isLetter { ls -= 1 }
      guard ls == 0 || !b[ls - 1].isAlphanumeric else { return nil }
      return codeWord(b, ls..<s, glued: true)
    }
    let k = NearbyWords.skipSpacesBack(b, from: s)
    guard k > 0 else { return nil }
    let previous = b[k - 1]
    if previous == UInt8(ascii: "$") || previous >= 0x80, let sym = symbol(endingAt: k, in: b) {
      var marker = CurrencyMarker(
        reading: CurrencyReading(
          code: sym.code, source: sym.ambiguous ? .bareSymbol : .symbol, ambiguous: sym.ambiguous),
        range: sym.start..<n.range.lowerBound)
      if sym.code == "USD", let prefix = dollarPrefix(endingAt: sym.start, in: b) {
        marker.reading = prefix.reading
        marker.range = prefix.start..<n.range.lowerBound
      }
      return marker
    }
    let lettered = previous.isLetter || (previous == UInt8(ascii: ".") && k >= 2 && b[k - 2].isLetter)  // "Rs. 500"
    guard lettered, let w = NearbyWords.range(before: s, in: b), var marker = codeWord(b, w) else { return nil }
    marker.range = w.lowerBound..<n.range.lowerBound
    return marker
  }

  /// Letters that make a `$` at `dollar` specific: glued (`US$`, `usd$`) or spaced ("c $").
  static func dollarPrefix(endingAt dollar: Int, in b: [UInt8]) -> (reading: CurrencyReading, start: Int)? {
    guard dollar > 0 else { return nil }
    let glued = b[dollar - 1].isLetter || b[dollar - 1] == UInt8(ascii: ".")
    guard let w = NearbyWords.word(before: dollar, in: b) else { return nil }
    let letters = w.text
    if !glued && !spacedDollarPrefixes.contains(letters) && CurrencyCodes.code(for: NearbyWords.text(b, w.range)) == nil
    {
      return nil
    }
    if let code = CurrencySymbols.dollarPrefixes[letters] {
      return (CurrencyReading(code: code, source: .symbol), w.range.lowerBound)
    }
    if let code = CurrencyCodes.code(for: NearbyWords.text(b, w.range)) {
      return (CurrencyReading(code: code, source: .code), w.range.lowerBound)
    }
    return nil
  }

  /// The marker after the number `n` (glued, after a hyphen, or after spaces).
  static func after(_ n: NumberExpression, in b: [UInt8]) -> CurrencyMarker? {
    let e = n.range.upperBound
    if n.lettersAfter {
      var le = e
      while le < b.count && b[le].isLetter { le += 1 }
      guard le == b.count || !b[le].isAlphanumeric else { return nil }
      return codeWord(b, e..<le, glued: true)
    }
    if e < b.count, b[e] == UInt8(ascii: "-"), let r = NearbyWords.range(at: e + 1, in: b),
      CurrencyLexicon.firstWords.value(b, r) != nil, let reading = CurrencyLexicon.phrases[NearbyWords.lowercase(b, r)]
    {
      return CurrencyMarker(reading: reading, range: e..<r.upperBound)  // "12-cent", "5-dollar"
    }
    let k = NearbyWords.skipSpaces(b, from: e)
    guard k < b.count else { return nil }
    if b[k] == UInt8(ascii: "$") || b[k] >= 0x80, let sym = symbol(startingAt: k, in: b) {
      if sym.end < b.count, b[sym.end].isAlphanumeric { return nil }
      return CurrencyMarker(
        reading: CurrencyReading(
          code: sym.code, source: sym.ambiguous ? .bareSymbol : .symbol, ambiguous: sym.ambiguous),
        range: k..<sym.end)
    }
    guard k > e, k < b.count, b[k].isLetter else { return nil }
    var firstEnd = k
    while firstEnd < b.count && b[firstEnd].isLetter { firstEnd += 1 }
    guard CurrencyLexicon.firstWords.value(b, k..<firstEnd) != nil else { return nil }
    if firstEnd == b.count || !b[firstEnd].isAlphanumeric, var marker = codeWord(b, k..<firstEnd) {
      if let scaleWord = NearbyWords.words(after: firstEnd, in: b, count: 1).first,
        let scale = NumberLexicon.figureScales.value(b, scaleWord.range), n.scale == nil
      {
        marker.range = k..<scaleWord.range.upperBound  // "75 USD million"
        marker.trailingScale = scale
      }
      return marker
    }
    let words = NearbyWords.words(after: e, in: b, count: CurrencyLexicon.longestPhrase)
    var count = words.count
    while count > 0 {
      let phrase = words.prefix(count).map(\.text).joined(separator: " ")
      if let reading = CurrencyLexicon.phrases[phrase] {
        if CurrencyNames.alsoMeasures.contains(phrase),
          NearbyWords.words(after: words[count - 1].range.upperBound, in: b, count: 1).first?.text == "of"
        {
          return nil
        }
        return CurrencyMarker(reading: reading, range: words[0].range.lowerBound..<words[count - 1].range.upperBound)
      }
      count -= 1
    }
    return nil
  }
}
