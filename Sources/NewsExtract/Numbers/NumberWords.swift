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

  /// Scale words and their multipliers.
  public static let scales: [String: Double] = [
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
  ]

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
