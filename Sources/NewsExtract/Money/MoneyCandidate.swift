/// One reading of an amount before the overlaps between readings are settled.
struct MoneyCandidate {
  var range: Range<Int>
  var amount: DecimalNumber
  var currency: CurrencyReading
  /// Index of the number in the scanner's list.
  var number: Int
  var rule: String
  /// A range's lower bound, when this is a range.
  var minimum: DecimalNumber? = nil
  /// Whether the currency came before the number (`$5`, `USD 5`) or after it (`5 dollars`).
  var markerFirst: Bool
  /// "3 dollars 50 cents", "$ 100 and fifty": a minor part joined on.
  var joinedMinor = false
}
