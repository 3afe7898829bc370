/// ISO 8601 dates and date-times read by hand (the common case in meta tags and JSON-LD).
enum ISODate {
  /// `2025-07-28` → itself; `2025-07-28T10:00:00Z` (or with a space) → the date-time with
  /// `T`; nil when the text does not start with a valid ISO date.
  static func read(_ text: String) -> String? {
    let b = Array(text.utf8)
    guard b.count >= 10, digits(b, 0, 4), b[4] == 0x2D, digits(b, 5, 2), b[7] == 0x2D, digits(b, 8, 2)
    else { return nil }
    guard let day = DateText.day(number(b, 0, 4), number(b, 5, 2), number(b, 8, 2)) else { return nil }
    if b.count >= 16, b[10] == 0x54 || b[10] == 0x20, digits(b, 11, 2), b[13] == 0x3A, digits(b, 14, 2) {
      var end = 16
      while end < b.count, isTimeByte(b[end]) { end += 1 }
      var out = b[0..<end]
      out[10] = 0x54
      return String(decoding: out, as: UTF8.self)
    }
    return day
  }

  static func digits(_ b: [UInt8], _ at: Int, _ n: Int) -> Bool {
    (at..<at + n).allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
  }

  static func number(_ b: [UInt8], _ at: Int, _ n: Int) -> Int {
    (at..<at + n).reduce(0) { $0 * 10 + Int(b[$1] - 0x30) }
  }

  /// Digits, `:`, `.`, `+`, `-`, `Z`.
  static func isTimeByte(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x3A) || c == 0x2E || c == 0x2B || c == 0x2D || c == 0x5A
  }
}
