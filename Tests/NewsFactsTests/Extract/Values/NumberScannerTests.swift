import NewsCore
import Testing

@testable import NewsExtract

/// The shared number reader: figures in each separator convention, scales, written numbers.
@Suite struct NumberScannerTests {
  static let cases: [(String, Double)] = [
    ("1234", 1234), ("1,234.5", 1234.5), ("1 234,5", 1234.5), ("1.234,5", 1234.5), ("1.234.567", 1_234_567),
    ("1.234", 1.234), ("12,5", 12.5), ("48.2 million", 48.2e6), ("1.5bn", 1.5e9), ("5 mln", 5e6),
    ("35 lakh", 3.5e6), ("10k", 1e4), ("twenty", 20), ("forty-five", 45), ("one hundred and fifty", 150),
    ("ten billion", 1e10), ("a billion", 1e9), ("half a million", 5e5), ("quarter million", 2.5e5),
    ("three quarters billion", 7.5e8), ("one and a half million", 1.5e6), ("a dozen", 12),
    ("two million five hundred thousand", 2.5e6),
  ]

  @Test(arguments: cases) func readsTheWholeNumber(_ row: (String, Double)) {
    let b = Array(row.0.utf8)
    let found = NumberScanner.numbers(in: b)
    #expect(found.count == 1)
    #expect(found.first?.range == 0..<b.count)
    #expect(found.first?.value.double == row.1)
  }

  static let nonNumbers: [String] = ["a", "half", "the quarter", "an apple", "someone"]

  @Test(arguments: nonNumbers) func readsNoNumber(_ input: String) {
    #expect(NumberScanner.numbers(in: Array(input.utf8)).isEmpty)
  }

  @Test func separatesListedNumbers() {
    let found = NumberScanner.numbers(in: Array("1 and 2 or 701 123 4567".utf8))
    #expect(found.map(\.value.double) == [1, 2, 701, 123, 4567])
  }

  @Test func keepsTheExistingWordAPI() {
    #expect(NumberWords.value(of: "twenty-one") == 21)
    #expect(NumberWords.units["seven"] == 7)
    #expect(NumberWords.ordinals["fifth"] == 5)
  }
}

/// Exact decimal arithmetic, and no trap where the digits would overflow.
@Suite struct NumberDecimalTests {
  @Test func keepsAmountsExact() {
    #expect(DecimalNumber(482, exponent: -1).times(DecimalNumber(1, exponent: 6)).double == 48_200_000)
    #expect(DecimalNumber(1427, exponent: -2).times(DecimalNumber(1, exponent: -2)).double == 0.1427)
    #expect(DecimalNumber(13).plus(DecimalNumber(45, exponent: -2)).double == 13.45)
  }

  @Test func approximatesInsteadOfOverflowing() {
    let huge = DecimalNumber(999_999_999_999_999_999)
    #expect(huge.plus(DecimalNumber(5, exponent: -2)).double > 9.9e17)
    #expect(huge.times(huge).double > 9.9e35)
    let facts = MoneyExtractor().facts(in: "It cost $999999999999999999 and 50 cents.", context: numberTablesContext)
    #expect(facts.count >= 1)
  }
}
