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

  /// The product; falls back to the `Double` product's digits when the significand overflows.
  public func times(_ other: DecimalNumber) -> DecimalNumber {
    let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
    if !overflow { return DecimalNumber(product, exponent: exponent + other.exponent).trimmed }
    return DecimalNumber(
      Int(Double(significand) * Double(other.significand) / 1e6), exponent: exponent + other.exponent + 6)
  }

  /// The sum, aligned on the smaller exponent.
  public func plus(_ other: DecimalNumber) -> DecimalNumber {
    let e = min(exponent, other.exponent)
    let a = significand * Int(DecimalNumber.power(exponent - e))
    let b = other.significand * Int(DecimalNumber.power(other.exponent - e))
    return DecimalNumber(a + b, exponent: e).trimmed
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
