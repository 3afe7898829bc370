/// Pattern fragments the date rules are composed of (PCRE2, extended and caseless mode).
/// Named groups carry the parts a builder reads; `anonymous` strips the names where a
/// fragment is reused inside a larger one (range endpoints).
enum DateFragments {
  static let month = #"(?<month>january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)(?![a-z])"#
  static let weekday = #"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![a-z])\.?)(?![a-z])"#
  static let day = #"(?<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"#
  static let unitOrdinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
  static let unitCardinals = "one|two|three|four|five|six|seven|eight|nine"
  static let teenOrdinals = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
  static let teenCardinals = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
  /// A day written in words: "first" … "thirty-first", "ten" … "thirty one" (checked in code).
  static let dayWord = "(?<dayword>(?:(?:twenty|thirty)[\\h-]+)?(?:\(unitOrdinals))|\(teenOrdinals)|(?:twenty|thirty)(?:[\\h-]+(?:\(unitCardinals)))?|\(teenCardinals))(?![a-z])"
  /// A day written as an ordinal word only.
  static let ordinalDayWord = "(?<dayword>(?:(?:twenty|thirty)[\\h-]+)?(?:\(unitOrdinals))|\(teenOrdinals))(?![a-z])"
  static let year = #"(?<year>(?:1[0-9]|20|21)[0-9]{2})(?![0-9]|'?s(?![a-z]))"#
  static let yearWords = #"(?<yearwords>(?:one|two)\h+thousand(?:(?:\h+and)?\h+(?:\#(numberWord)\h+hundred(?:\h+and)?(?:\h+\#(numberWord))?|\#(numberWord)))?|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\h+hundred(?:\h+and)?)?\h+(?:zero\h+[a-z]+|\#(numberWord)))(?![a-z])"#
  /// A number word below one hundred ("eighty six", "twenty-one", "seven").
  static let numberWord = #"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\h-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"#
  /// A small count: digits, number words, "a", "a few", "a couple of".
  static let count = #"(?<count>[0-9]{1,3}|a\h+few|a\h+couple\h+of|couple\h+of|few|several|an?|\#(numberWord))"#
  static let unit = #"(?<unit>(?:business\h+|working\h+)?(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries))(?![a-z])"#
  static let ordinal = #"(?<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"#
  static let relativeModifier = #"(?<mod>this\h+past|this\h+coming|this\h+upcoming|this\h+calendar|this\h+working|this|next|last|previous|past|coming|upcoming|following|current)"#

  /// `(?:a|b|c)` of words, longest first, a space matching a space or hyphen.
  static func alternation(of words: [String]) -> String {
    words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
      .map { $0.replacingOccurrences(of: " ", with: #"[\h-]+"#) }
      .joined(separator: "|")
  }

  /// The fragment with its named groups made non-capturing.
  static func anonymous(_ fragment: String) -> String {
    var out = ""
    var rest = Substring(fragment)
    while let r = rest.range(of: "(?<") {
      out += rest[..<r.lowerBound]
      let after = rest[r.upperBound...]
      // Keep look-behinds `(?<=` and `(?<!`.
      if let first = after.first, first == "=" || first == "!" {
        out += "(?<"
        rest = after
        continue
      }
      guard let close = after.firstIndex(of: ">") else { break }
      out += "(?:"
      rest = after[after.index(after: close)...]
    }
    return out + rest
  }
}
