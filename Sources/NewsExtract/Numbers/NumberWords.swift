/// English number words: the data every value extractor composes ("twenty million",
/// "a half", "third").
public enum NumberWords {
  /// Cardinal words below one hundred.
  public static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  /// Scale words and their multipliers (with the Indian lakh and crore).
  public static let scales: [String: Double] = [
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
  ]

  /// Plural scale words ("millions of dollars" is not an amount, but "2 millions" is).
  public static let pluralScales: [String: Double] = [
    "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12, "lakhs": 1e5, "crores": 1e7,
  ]

  /// Abbreviated scales written after a figure: `5mn`, `1.5bn`, `$10k`, `KZT 2 trln`.
  /// Single letters (`k`, `m`, `b`) count only when glued to the figure.
  public static let scaleAbbreviations: [String: Double] = [
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "trln": 1e12,
  ]

  /// Fraction words that multiply a scale: "half a million", "three quarters billion".
  public static let fractions: [String: Double] = [
    "half": 0.5, "quarter": 0.25, "quarters": 0.25,
  ]

  /// Collective counts: "a dozen".
  public static let collectives: [String: Double] = ["dozen": 12]

  /// Ordinal words.
  public static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
  ]

  /// The value of a written cardinal such as "twenty-one", "a hundred", "three hundred
  /// thousand"; `nil` if any word is not a number word.
  public static func value(of phrase: String) -> Double? {
    let words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).filter { $0 != "and" }
    guard !words.isEmpty else { return nil }
    var total = 0.0
    var current = 0.0
    var sawNumber = false
    for (index, word) in words.enumerated() {
      if let u = units[String(word)] {
        current += Double(u)
        sawNumber = true
      } else if (word == "a" || word == "an") && index == 0 {
        current = 1
      } else if let s = scales[String(word)] {
        if current == 0 { current = 1 }
        if s == 100 {
          current *= s
        } else {
          total += current * s
          current = 0
        }
        sawNumber = true
      } else {
        return nil
      }
    }
    return sawNumber ? total + current : nil
  }
}
