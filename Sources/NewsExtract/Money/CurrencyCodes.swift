/// ISO 4217 codes recognised in text (data). Codes that are English words are trusted only
/// in capitals, and `ALL` (Albanian lek) never: "ALL 5 solutions" is not money.
enum CurrencyCodes {
  static let codes: Set<String> = [
    "USD", "EUR", "GBP", "JPY", "CNY", "CNH", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD",
    "KRW", "INR", "PKR", "LKR", "BDT", "NPR", "IDR", "MYR", "THB", "VND", "PHP", "KZT", "UZS",
    "KGS", "TJS", "TMT", "AZN", "GEL", "AMD", "RUB", "BYN", "UAH", "MDL", "TRY", "PLN", "CZK",
    "HUF", "RON", "BGN", "HRK", "RSD", "SEK", "NOK", "DKK", "ISK", "ILS", "SAR", "AED", "QAR",
    "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "TND", "DZD", "NGN", "GHS", "KES", "UGX", "TZS",
    "ETB", "ZAR", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU", "VES", "IRR", "IQD", "AFN",
    "MNT", "XAF", "XOF", "FIM", "NLG", "DEM", "FRF", "ITL", "ESP", "BEF", "ATS", "PTE", "GRD",
    "IEP", "CRC", "BTC", "AOA", "LAK", "KHR", "MMK", "BWP", "GTQ", "HNL", "PYG", "BOB", "MVR", "NAD", "JMD",
    "LBP", "SYP", "SDG", "LYD", "KPW", "MUR", "SCR", "BND", "FJD", "XCD", "TTD", "BSD", "BBD", "DOP", "CUP",
  ]

  /// Codes that read as English words in lower case; matched only when written in capitals.
  static let wordLike: Set<String> = [
    "TRY", "PEN", "MAD", "GEL", "TOP", "CUP", "BAM", "SOS", "MOP", "ESP", "BOB", "LAK", "BND", "BBD", "AFN",
  ]

  /// Codes never taken as currency (too often an English word even in capitals).
  static let excluded: Set<String> = ["ALL"]

  /// The code a name in non-ISO use stands for (`RMB` is the renminbi, CNY).
  static let aliases: [String: String] = ["RMB": "CNY", "CNH": "CNY"]

  /// Codes trusted when glued to a figure ("USD50", "115EUR"); others glued to digits are
  /// usually identifiers ("COP29" is a conference, not Colombian pesos).
  static let gluable: Set<String> = [
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "KZT", "RUB", "TRY",
    "INR", "KRW", "SEK", "NOK", "DKK", "PLN", "BRL", "MXN", "ZAR", "AED", "SAR", "UAH", "UZS",
  ]

  /// The ISO code `word` names, if it is one: `usd` and `USD`, `TRY` but not `try`.
  static func code(for word: String) -> String? {
    let upper = word.uppercased()
    guard word.utf8.count == 3, codes.contains(upper), !excluded.contains(upper) else { return nil }
    if word != upper && word != word.lowercased() { return nil }  // "Bob 3" is a person, not bolivianos
    if wordLike.contains(upper) && word != upper { return nil }
    return aliases[upper] ?? upper
  }

  /// The code and scale of a scaled code: `MUSD` = million USD, `kEUR` = thousand EUR.
  static func scaledCode(for word: String) -> (code: String, scale: Int)? {
    guard word.utf8.count == 4, let first = word.first else { return nil }
    let rest = String(word.dropFirst())
    guard rest == rest.uppercased(), let code = code(for: rest) else { return nil }
    switch first {
    case "M": return (code, 6)
    case "k", "K": return (code, 3)
    default: return nil
    }
  }
}
