/// How the text names a currency; kept on every money fact (`currency_source`) so a reader
/// can re-read a bare `$` in a Canadian article.
public enum CurrencySource: String, Sendable {
  /// `$`, `¥`, `kr`, `Rs`: a symbol several currencies share; the documented default is used
  case bareSymbol = "bare-symbol"
  /// `US$`, `C$`, `€`, `£`, `₸`: a symbol of one currency
  case symbol
  /// an ISO 4217 code: `USD`, `KZT`, `MUSD`
  case code
  /// a name: `dollars`, `Swiss francs`, `pounds sterling`, `cents`
  case name
}

/// A currency as one marker in the text names it.
///
/// Documented defaults for markers several currencies share (each such fact carries
/// `ambiguous_currency: true`): `$`, "dollars", "bucks", "cents" → USD; `¥` → JPY; `元` → CNY;
/// `kr` and "krona" → SEK; `Rs` and "rupees" → INR; "pounds" → GBP; "lira" → TRY; "rubles" →
/// RUB; "won" → KRW; "manat" → AZN; "dirham" → AED; "riyal" → SAR; "leu" → RON. Names with no
/// safe default ("francs", "pesos", "dinars", "shillings", "krone", "marks", "som", "real",
/// "rial") count only with their country word ("Swiss francs").
public struct CurrencyReading: Sendable, Equatable {
  /// ISO 4217 code (the documented default when the marker is ambiguous).
  public var code: String
  /// How the text named it.
  public var source: CurrencySource
  /// Whether the marker fits several currencies (`$`, `dollars`, `¥`, `pounds`).
  public var ambiguous: Bool
  /// Power of ten of a minor unit: 2 for cents, pence, kopecks.
  public var minorExponent: Int = 0
  /// Power of ten of a scale folded into the marker: 6 for `MUSD`, `MEUR`.
  public var scale: Int = 0

  /// A reading of `code` from a marker of kind `source`.
  public init(
    code: String, source: CurrencySource, ambiguous: Bool = false, minorExponent: Int = 0, scale: Int = 0
  ) {
    self.code = code
    self.source = source
    self.ambiguous = ambiguous
    self.minorExponent = minorExponent
    self.scale = scale
  }

  /// Whether two readings can name the same money ("$5 billion dollars", "$10 Canadian dollars").
  func agrees(with other: CurrencyReading) -> Bool {
    code == other.code || ambiguous || other.ambiguous
  }
}
