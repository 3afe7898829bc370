/// Currency symbols and the letters that make `$` specific (data).
enum CurrencySymbols {
  /// Symbols of one currency, or ambiguous ones with their documented default.
  static let symbols: [(symbol: String, code: String, ambiguous: Bool)] = [
    ("€", "EUR", false), ("£", "GBP", false), ("¥", "JPY", true), ("₸", "KZT", false),
    ("₺", "TRY", false), ("₽", "RUB", false), ("₹", "INR", false), ("₩", "KRW", false),
    ("₡", "CRC", false), ("₾", "GEL", false), ("₴", "UAH", false), ("₦", "NGN", false),
    ("₱", "PHP", false), ("₪", "ILS", false), ("₫", "VND", false), ("฿", "THB", false),
    ("₼", "AZN", false), ("ரூ", "LKR", false), ("元", "CNY", true), ("$", "USD", true),
  ]

  /// The symbols as UTF-8, longest first, for matching at a byte position.
  static let encoded: [(bytes: [UInt8], code: String, ambiguous: Bool)] =
    symbols
    .map { (Array($0.symbol.utf8), $0.code, $0.ambiguous) }
    .sorted { $0.0.count > $1.0.count }

  /// Letters before `$` that name the dollar (`US$`, `C$`, `HK$`, `NT$`; also "u.s $", "c $"
  /// in tokenised text). An ISO code before `$` (`usd$`, `mxn$`) names its own currency.
  static let dollarPrefixes: [String: String] = [
    "us": "USD", "u.s": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD",
    "a": "AUD", "au": "AUD", "hk": "HKD", "nt": "TWD", "nz": "NZD", "s": "SGD", "sg": "SGD",
    "r": "BRL", "mx": "MXN", "mex": "MXN", "col": "COP", "rd": "DOP", "j": "JMD", "bds": "BBD",
    "tt": "TTD", "z": "ZWL", "ec": "XCD",
  ]

  /// Letter abbreviations used like symbols, all ambiguous between several currencies; matched
  /// in exactly this case ("RS-25" is an engine).
  static let letterSymbols: [String: String] = ["Rs": "INR", "kr": "SEK", "Rp": "IDR", "Tk": "BDT"]
}
