import Testing
import NewsCore
@testable import NewsExtract

/// Table-driven date cases per form, all at reference day 2025-07-28 (a Monday).
@Suite struct DateExtractorTests {
  static let absolute: [DateExample] = [
    DateExample("The treaty was signed on December 16, 1991, in Almaty.", "December 16, 1991", "1991-12-16"),
    DateExample("It closed on 16 December 1991.", "16 December 1991", "1991-12-16"),
    DateExample("Shares fell on Dec. 16, 1991.", "Dec. 16, 1991", "1991-12-16"),
    DateExample("The report is due on the 3rd of March 2026.", "the 3rd of March 2026", "2026-03-03"),
    DateExample("The file is dated 2025-07-28.", "2025-07-28", "2025-07-28"),
    DateExample("Prices as of 28.07.2025 were stable.", "28.07.2025", "2025-07-28"),
    DateExample("The invoice of 21/04/2016 was paid.", "21/04/2016", "2016-04-21"),
    DateExample("The vote ended in May 2025.", "May 2025", "2025-05"),
    DateExample("The law took effect in 2009.", "2009", "2009"),
    DateExample("Music of the 1990s returned.", "the 1990s", "1990..1999"),
    DateExample("The plant opens in mid-2024.", "mid-2024", "2024-05..2024-08"),
    DateExample("Growth slowed in early 2025.", "early 2025", "2025-01..2025-04"),
    DateExample("Talks resume on January twenty-first, 2026.", "January twenty-first, 2026", "2026-01-21"),
  ]

  static let partial: [DateExample] = [
    DateExample("The summit opens on Dec 16.", "Dec 16", "2025-12-16"),
    DateExample("Voting starts on the 16th of December.", "the 16th of December", "2025-12-16"),
    DateExample("The company was founded in March.", "March", "2025-03"),
  ]

  static let periods: [DateExample] = [
    DateExample("Trade grew from January to May 2025.", "from January to May 2025", "2025-01..2025-05"),
    DateExample("Output rose from 2005 to 2024.", "from 2005 to 2024", "2005..2024"),
    DateExample("The 2024–2025 season ended.", "2024–2025", "2024..2025"),
    DateExample("Sales dipped between March and May.", "between March and May", "2025-03..2025-05"),
    DateExample("Revenue in Q1 2025 beat forecasts.", "Q1 2025", "2025-01..2025-03"),
    DateExample("Profit in the first quarter of 2025 doubled.", "the first quarter of 2025", "2025-01..2025-03"),
    DateExample("Results for H1 2025 are out.", "H1 2025", "2025-01..2025-06"),
    DateExample("In the first half of 2025 exports rose.", "the first half of 2025", "2025-01..2025-06"),
    DateExample("In the first four months of 2025 exports rose.", "the first four months of 2025", "2025-01..2025-04"),
    DateExample("The fair runs November 18-19, 2025.", "November 18-19, 2025", "2025-11-18..2025-11-19"),
    DateExample("Leave lasts from 4 to 22 January 1995.", "from 4 to 22 January 1995", "1995-01-04..1995-01-22"),
    DateExample("Data for week 10 of 2025 arrived.", "week 10 of 2025", "2025-03-03..2025-03-09"),
  ]

  static let relative: [DateExample] = [
    DateExample("The minister arrived today.", "today", "2025-07-28"),
    DateExample("The minister arrived yesterday.", "yesterday", "2025-07-27"),
    DateExample("The minister leaves tomorrow.", "tomorrow", "2025-07-29"),
    DateExample("Growth is strong this year.", "this year", "2025"),
    DateExample("Last year, trade approached $5 billion.", "Last year", "2024"),
    DateExample("Elections are due next year.", "next year", "2026"),
    DateExample("Prices rose last month.", "last month", "2025-06"),
    DateExample("Talks continue this week.", "this week", "2025-07-28..2025-08-03"),
    DateExample("The deal was signed on Friday.", "Friday", "2025-07-25"),
    DateExample("The court will rule on Friday.", "Friday", "2025-08-01"),
    DateExample("The minister said on Monday that talks would go on.", "Monday", "2025-07-28"),
    DateExample("Stocks fell this past Monday.", "this past Monday", "2025-07-21"),
    DateExample("He resigned a week ago.", "a week ago", "2025-07-21"),
    DateExample("The plant closed two years ago.", "two years ago", "2023-07-28"),
    DateExample("The results come in three weeks.", "in three weeks", "2025-08-18"),
    DateExample("Rates were cut earlier this month.", "earlier this month", "2025-07"),
    DateExample("Traffic fell over the next 3 days.", "the next 3 days", "2025-07-29..2025-07-31"),
  ]

  @Test(arguments: absolute + partial + periods + relative)
  func readsForm(_ example: DateExample) {
    expectReads(example)
  }

  static let negatives: [String] = [
    "The factory shipped 2,025 units.",
    "The ticket cost $2025.",
    "Delegates met at COP29 in Baku.",
    "May I ask what this is for?",
    "Prime Minister Theresa May spoke.",
    "They march on the capital.",
    "The meeting starts at 10:30.",
    "She worked there for two years.",
    "They delivered 2000 pieces of equipment.",
    "Call 555-1212 or 123-12-1234 now.",
    "This may take longer than expected.",
  ]

  @Test(arguments: negatives)
  func findsNoDate(_ sentence: String) {
    expectNoDate(sentence)
  }

  @Test func recordsWhetherResolvedRelative() {
    let facts = dateFacts("On March 2, 1992, and last year.")
    #expect(facts.map { $0.attributes["relative"] } == [.bool(false), .bool(true)])
  }

  @Test func flagsAmbiguousNumericDates() {
    let fact = dateFacts("Filed on 03/04/2025.").first
    #expect(fact?.attributes["ambiguous"] == .bool(true))
    let dayFirst = dateFacts("Filed on 03/04/2025.", dayFirst: true).first
    #expect(dayFirst.map { compact($0.value) } == "2025-04-03")
    #expect(dayFirst?.attributes["ambiguous"] == nil)
  }

  @Test func leavesRelativeDatesUnresolvedWithoutReference() {
    let facts = dateFacts("Last year, and on May 21, and in 2009.", reference: nil)
    #expect(facts.map { compact($0.value) } == ["XXXX", "XXXX-05-21", "2009"])
    #expect(facts.map { $0.attributes["unresolved"] } == [.bool(true), .bool(true), nil])
  }

  @Test func takesTheYearLastMentionedForTheSameYear() {
    let facts = dateFacts("Relations began on March 2, 1992, and by October of the same year an embassy opened.")
    #expect(facts.map { compact($0.value) } == ["1992-03-02", "1992-10"])
    #expect(facts.last?.rule == "date.anaphoric-year")
  }
}
