/// An exact decimal `significand × 10^exponent`: amounts such as 48.2 million stay
/// 48200000 instead of 48200000.000000004.
public struct DecimalNumber: Hashable, Sendable {
  /// The digits, as an integer.
  public var significand: Int
  /// The power of ten the digits are scaled by.
  public var exponent: Int

  /// `significand × 10^exponent`.
  public init(_ significand: Int, exponent: Int = 0) {
    self.significand = significand
    self.exponent = exponent
  }

  /// Zero.
  public static let zero = DecimalNumber(0)
  /// One.
  public static let one = DecimalNumber(1)

  /// The nearest `Double` (one rounding: a multiply or a divide by an exact power of ten).
  public var double: Double {
    if exponent >= 0 { return Double(significand) * DecimalNumber.power(exponent) }
    return Double(significand) / DecimalNumber.power(-exponent)
  }

  static func power(_ n: Int) -> Double {
    var p = 1.0
    for _ in 0..<min(n, 308) { p *= 10 }
    return p
  }

  /// The product; when the digits overflow, the product of the `Double`s with 15 significant
  /// digits kept.
  public func times(_ other: DecimalNumber) -> DecimalNumber {
    let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
    if !overflow { return DecimalNumber(product, exponent: exponent + other.exponent).trimmed }
    return DecimalNumber.approximating(double * other.double)
  }

  /// The sum, aligned on the smaller exponent; when the aligned digits overflow, the sum of
  /// the `Double`s with 15 significant digits kept.
  public func plus(_ other: DecimalNumber) -> DecimalNumber {
    let e = min(exponent, other.exponent)
    if let a = DecimalNumber.scale(significand, by: exponent - e),
      let b = DecimalNumber.scale(other.significand, by: other.exponent - e)
    {
      let (sum, overflow) = a.addingReportingOverflow(b)
      if !overflow { return DecimalNumber(sum, exponent: e).trimmed }
    }
    return DecimalNumber.approximating(double + other.double)
  }

  /// `value × 10^digits`, `nil` on overflow.
  static func scale(_ value: Int, by digits: Int) -> Int? {
    var v = value
    for _ in 0..<digits {
      let (next, overflow) = v.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      v = next
    }
    return v
  }

  /// A decimal close to `value`, with 15 significant digits (zero for a non-finite value).
  static func approximating(_ value: Double) -> DecimalNumber {
    guard value.isFinite, value != 0 else { return .zero }
    var exponent = 0
    var magnitude = abs(value)
    while magnitude >= 1e15 {
      magnitude /= 10
      exponent += 1
    }
    while magnitude < 1e14 {
      magnitude *= 10
      exponent -= 1
    }
    let significand = Int(magnitude.rounded()) * (value < 0 ? -1 : 1)
    return DecimalNumber(significand, exponent: exponent).trimmed
  }

  /// The same value with trailing zeros moved into the exponent.
  public var trimmed: DecimalNumber {
    var d = self
    while d.significand != 0 && d.significand % 10 == 0 {
      d.significand /= 10
      d.exponent += 1
    }
    return d
  }

  /// The value with the opposite sign.
  public var negated: DecimalNumber { DecimalNumber(-significand, exponent: exponent) }
  /// Whether the value has no fractional part.
  public var isInteger: Bool { trimmed.exponent >= 0 }
}
