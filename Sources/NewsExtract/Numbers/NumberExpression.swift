/// A number as the text writes it — a figure ("1,234.5", "1 234,5", "5bn") or words ("twenty
/// million", "half a million") — with its byte range in the matching view.
public struct NumberExpression: Sendable, Equatable {
  /// How the number is written.
  public enum Form: Sendable, Equatable {
    /// digits, maybe with separators and a decimal part
    case figure
    /// number words
    case words
  }

  /// Bytes of the whole expression, scale included.
  public var range: Range<Int>
  /// The value, scale applied.
  public var value: DecimalNumber
  /// Figure or words.
  public var form: Form
  /// The power of ten of a trailing scale ("million" = 6), `nil` without one.
  public var scale: Int?
  /// Whether the scale was an abbreviation (`bn`, `mln`, glued `m`).
  public var scaleIsAbbreviation = false
  /// Whether a figure used thousands separators ("12,000").
  public var isGrouped = false
  /// Whether a figure has a decimal part.
  public var hasFraction = false
  /// Letters glued before the figure ("COP29", "USD50").
  public var lettersBefore = false
  /// Letters glued after the figure that are not a scale ("5th", "115USD", "737MAX").
  public var lettersAfter = false

  /// The value without its trailing scale: 5 for "5 billion".
  public var unscaled: DecimalNumber {
    guard let scale else { return value }
    return DecimalNumber(value.significand, exponent: value.exponent - scale)
  }

  /// The value with `scale` applied (for "$3-5 billion", where 3 borrows the billion).
  public func borrowing(scale exponent: Int) -> DecimalNumber {
    DecimalNumber(value.significand, exponent: value.exponent + exponent)
  }

  /// Whether this looks like a calendar year: a plain four-digit integer 1000…2199.
  public var looksLikeYear: Bool {
    guard form == .figure, scale == nil, !isGrouped, !hasFraction, range.count == 4 else { return false }
    let v = value.double
    return v >= 1000 && v < 2200
  }
}
