/// Reads numbers written in words: "twenty", "forty-five", "one hundred and fifty",
/// "ten billion", "a billion", "half a million", "three quarters billion", "one and a half
/// million", "a dozen". A lone article or fraction ("a", "half") is not a number.
enum WrittenNumberParser {
  enum Last {
    case none, article, unit, tens, hundred, scale, fraction, collective

    /// Whether a unit word may follow ("forty five", "hundred two", "million three").
    var takesUnit: Bool { self == .none || self == .tens || self == .hundred || self == .scale }
    /// Whether a tens word may follow.
    var takesTens: Bool { self == .none || self == .hundred || self == .scale }
    /// Whether "hundred" or "dozen" may follow.
    var takesMultiplier: Bool { self == .none || self == .article || self == .unit || self == .tens }
    /// Whether "and" may continue the number ("hundred and five", "one and a half").
    var takesAnd: Bool { self == .unit || self == .tens || self == .hundred || self == .scale }
  }

  static func wordEnd(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
    var j = i
    while j < end && b[j].isLetter { j += 1 }
    return j
  }

  /// The start of the next word after a single space or hyphen at `i`, if there is one.
  static func nextWordStart(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
    guard i + 1 < end, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "-"), b[i + 1].isLetter else { return nil }
    return i + 1
  }

  static func role(_ b: [UInt8], _ r: Range<Int>) -> NumberWordRole? { NumberLexicon.words.value(b, r) }

  static func isWord(_ b: [UInt8], _ r: Range<Int>, _ word: StaticString) -> Bool {
    guard r.count == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for (k, i) in r.enumerated() where b[i] | 0x20 != w[k] { return false }
    return true
  }

  /// The digits spelled after "point" ("point zero five" = 0.05), as a decimal, with their end.
  static func decimalDigits(_ b: [UInt8], after i: Int, end: Int) -> (DecimalNumber, Int)? {
    var significand = 0
    var count = 0
    var k = i
    var digitsEnd = i
    while count < 6, let s = nextWordStart(b, k, end), b[k] == UInt8(ascii: " ") {
      let e = wordEnd(b, s, end)
      guard case .unit(let u)? = role(b, s..<e), u < 10 else { break }
      significand = significand * 10 + u
      count += 1
      digitsEnd = e
      k = e
    }
    guard count > 0 else { return nil }
    return (DecimalNumber(significand, exponent: -count).trimmed, digitsEnd)
  }

  /// The written number starting at the word `start`, read no further than `end`.
  static func parse(_ b: [UInt8], at start: Int, end: Int) -> NumberExpression? {
    var total = DecimalNumber.zero
    var current = DecimalNumber.zero
    var last = Last.none
    var sawUnit = false
    var lastScale: Int? = nil
    var numberEnd: Int? = nil
    var pendingAnd = false
    var pos = start
    while true {
      let we = wordEnd(b, pos, end)
      if last == .unit || last == .tens, isWord(b, pos..<we, "point"),
        let (digits, digitsEnd) = decimalDigits(b, after: we, end: end)
      {
        current = current.plus(digits)  // "one point five"
        numberEnd = digitsEnd
        last = .fraction
        guard let next = nextWordStart(b, digitsEnd, end) else { break }
        pos = next
        continue
      }
      guard let role = role(b, pos..<we) else { break }
      var accepted = true
      var countsAsNumber = true
      switch role {
      case .article:
        // "a billion", "half a million", "one and a half": never a number on its own.
        accepted = last == .none || last == .fraction || pendingAnd
        countsAsNumber = false
        if accepted && last == .none { last = .article }
      case .unit(let u):
        accepted =
          !pendingAnd && last.takesUnit && !(last == .tens && u >= 10)
          || pendingAnd && (last == .hundred || last == .scale)
        if accepted {
          current = current.plus(DecimalNumber(u))
          last = .unit
          sawUnit = true
        }
      case .tens(let t):
        accepted = last.takesTens
        if accepted {
          current = current.plus(DecimalNumber(t))
          last = .tens
          sawUnit = true
        }
      case .hundred:
        accepted = !pendingAnd && last.takesMultiplier
        if accepted {
          current = (current == .zero ? .one : current).times(DecimalNumber(1, exponent: 2))
          last = .hundred
          sawUnit = true
        }
      case .scale(let e):
        accepted = !pendingAnd && last != .none && last != .scale
        if accepted {
          let base = current == .zero ? DecimalNumber.one : current
          total = total.plus(base.times(DecimalNumber(1, exponent: e)))
          current = .zero
          last = .scale
          lastScale = e
          sawUnit = true
        }
      case .fraction(let f):
        if pendingAnd && (last == .unit || last == .tens) {
          current = current.plus(f)  // "one and a half"
        } else if !pendingAnd && (last == .unit || last == .tens) {
          current = current.times(f)  // "three quarters"
        } else if !pendingAnd && (last == .none || last == .article) {
          current = f
        } else {
          accepted = false
        }
        if accepted {
          pendingAnd = false
          countsAsNumber = sawUnit
          last = .fraction
        }
      case .collective(let n):
        accepted = !pendingAnd && last.takesMultiplier
        if accepted {
          current = (current == .zero ? .one : current).times(DecimalNumber(n))
          last = .collective
          sawUnit = true
        }
      }
      guard accepted else { break }
      if countsAsNumber { numberEnd = we }
      if case .article = role {} else { pendingAnd = false }
      // The next word: after a space or hyphen, or across "and" / "of" where numbers allow it.
      guard let next = nextWordStart(b, we, end) else { break }
      let nextEnd = wordEnd(b, next, end)
      if isWord(b, next..<nextEnd, "and"), last.takesAnd,
        let after = nextWordStart(b, nextEnd, end)
      {
        pendingAnd = true
        pos = after
        continue
      }
      if isWord(b, next..<nextEnd, "of"), last == .fraction, let after = nextWordStart(b, nextEnd, end) {
        pos = after  // "three quarters of a billion"
        continue
      }
      pos = next
    }
    guard let numberEnd else { return nil }
    let value = total.plus(current)
    return NumberExpression(
      range: start..<numberEnd, value: value, form: .words, scale: last == .scale ? lastScale : nil)
  }
}
