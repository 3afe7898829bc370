import Testing
import NewsCore
@testable import NewsExtract

/// News-style phrasings, at reference day 2025-07-28 (a Monday): periods named by their
/// distance ("two years earlier"), financial periods ("2Q25", "2025/26") and years that
/// qualify a noun ("its 2024 annual report").
@Suite struct DateNewsPhrasingTests {
  static let examples: [DateExample] = [
    DateExample("Two years earlier, the firm had been sold.", "Two years earlier", "2023-07-28"),
    DateExample("Sales rose 5% from a year earlier.", "a year earlier", "2024-07-28"),
    DateExample("The pact had been signed three months before.", "three months before", "2025-04-28"),
    DateExample("Margins improved in 2Q25.", "2Q25", "2025-04..2025-06"),
    DateExample("Cash flow turned positive in 1H 2024.", "1H 2024", "2024-01..2024-06"),
    DateExample("The budget for 2025/26 was approved.", "2025/26", "2025..2026"),
    DateExample("The company's 2024 annual report was published.", "2024", "2024"),
    DateExample("Its 2026 budget is smaller.", "2026", "2026"),
    DateExample("The new line opens in two years.", "in two years", "2027-07-28"),
    DateExample("Prices rose 4% in the past year.", "the past year", "2024"),
    DateExample("Crime peaked in the 1990s.", "the 1990s", "1990..1999"),
    DateExample("Inflation has doubled since 2019.", "2019", "2019"),
    DateExample("Revenue in fiscal 2024 rose 8 percent.", "fiscal 2024", "2024"),
    DateExample("Prices rose sharply late last year.", "late last year", "2024-07..2024-12"),
    DateExample("The minister met investors earlier this week.", "earlier this week", "2025-07-28..2025-08-03"),
  ]

  @Test(arguments: examples)
  func readsForm(_ example: DateExample) {
    expectReads(example)
  }

  static let negatives: [String] = [
    "The market is at its highest level in 20 years.",
    "It was the first time in two decades that rates fell.",
    "The plant was finished two years earlier than planned.",
    "They delivered 2000 results to the lab.",
  ]

  @Test(arguments: negatives)
  func findsNoDate(_ sentence: String) {
    expectNoDate(sentence)
  }

  @Test func readsASlashedYearAndMonthAsTheMonth() {
    #expect(dateFacts("The series began 2016/11.").map { compact($0.value) } == ["2016-11"])
  }
}
