import NewsCore
import Testing
@testable import NewsExtract

/// Dates given without their year take the one nearest the reference across the turn of the
/// year; weekdays named alone point back unless the words around them speak of what is to come;
/// "later" and "the next day" count from the story's last date.
@Suite struct DateYearAndTenseTests {
  struct Row: Sendable, CustomStringConvertible {
    var reference: CalendarDay
    var example: DateExample
    var description: String { "\(reference): \(example)" }
    init(_ reference: CalendarDay, _ sentence: String, _ text: String, _ value: String) {
      self.reference = reference
      example = DateExample(sentence, text, value)
    }
  }

  static let january3 = CalendarDay(year: 2026, month: 1, day: 3)
  static let december30 = CalendarDay(year: 2025, month: 12, day: 30)

  static let rows: [Row] = [
    // the month, quarter or holiday just gone, or just ahead, across the turn of the year
    Row(january3, "December sales beat expectations.", "December", "2025-12"),
    Row(january3, "Growth slowed in the fourth quarter, data showed.", "the fourth quarter", "2025-10..2025-12"),
    Row(january3, "Sales usually peak in July.", "July", "2026-07"),
    Row(january3, "Shops reopened on December 27.", "December 27", "2025-12-27"),
    Row(december30, "Fireworks are banned on New Year's Day.", "New Year's Day", "2026-01-01"),
    Row(december30, "The new rules apply from January 5.", "January 5", "2026-01-05"),
    Row(december30, "Sales rose in March.", "March", "2025-03"),
    // weekdays: a past verb right before, a timetable verb, a request
    Row(dateReference, "The ban will be extended until May, the government said on Sunday.", "Sunday", "2025-07-27"),
    Row(dateReference, "The climate summit opens on Tuesday in Geneva.", "Tuesday", "2025-07-29"),
    Row(dateReference, "The vote is scheduled for Friday.", "Friday", "2025-08-01"),
    Row(dateReference, "Schedule a call for Thursday at noon.", "Thursday", "2025-07-31"),
    Row(dateReference, "The minister resigned on Thursday.", "Thursday", "2025-07-24"),
    Row(dateReference, "Voters go to the polls on Saturday.", "Saturday", "2025-08-02"),
    Row(dateReference, "The pound hit a record low of $1.0327 early on Monday.", "Monday", "2025-07-28"),
    // a month named alone: the tense of the nearest words, not a reporting clause after a comma
    Row(dateReference, "Inflation peaked at 10.6% in October.", "October", "2024-10"),
    Row(dateReference, "The new rules take effect on 1 September, the regulator said.", "1 September", "2025-09-01"),
    Row(dateReference, "The company said on Monday it expects sales to rise in October.", "October", "2025-10"),
    // "later" and "the next day" count from the story's last date, else from the reference
    Row(dateReference, "The plant opened in 1996. Two years later it was expanded.", "Two years later", "1998"),
    Row(dateReference, "The firm was hit on May 7. The next day, it shut its pipeline.", "The next day", "2025-05-08"),
    Row(dateReference, "Talks broke down on June 2. Three days later they resumed.", "Three days later", "2025-06-05"),
    Row(dateReference, "Three days later the talks resumed.", "Three days later", "2025-07-31"),
    Row(dateReference, "The chief executive resigned on July 2; the chairman quit the same day.", "the same day", "2025-07-02"),
    // a weekday with its possessive; a hyphenated quarter; a year after a possessive determiner
    Row(dateReference, "Traders will watch Thursday's inflation data.", "Thursday", "2025-07-31"),
    Row(dateReference, "Send me the notes from last Monday's meeting.", "last Monday", "2025-07-21"),
    Row(dateReference, "The company will report second-quarter results next week.", "second-quarter", "2025-04..2025-06"),
    Row(dateReference, "The IMF raised its 2026 growth forecast.", "2026", "2026"),
    // a weekday and its day ahead in a request; a bare ordinal day in the month of the story's last day
    Row(dateReference, "Can we do the layover on Wednesday 12th instead?", "Wednesday 12th", "2025-11-12"),
    Row(dateReference, "I'm flying out on August 4th and back the 18th.", "the 18th", "2025-08-18"),
    Row(dateReference, "The state reported 1,209 cases on Wednesday, up from 844 a day earlier.", "a day earlier", "2025-07-22"),
    Row(december30, "Book the dentist for the first Monday of January.", "the first Monday of January", "2026-01-05"),
    // a weekday and a date without a year: the near year where they agree; a deadline set in the past
    Row(CalendarDay(year: 2024, month: 5, day: 2), "Trading opened at 9 a.m. on Monday, May 6, after the holiday.", "Monday, May 6", "2024-05-06"),
    Row(dateReference, "The judge gave the county until Aug. 31 to file a new plan.", "Aug. 31", "2025-08-31"),
    Row(dateReference, "The robbery happened at about 11 p.m. on Saturday; the suspect fled.", "Saturday", "2025-07-26"),
    // chat spellings of "tomorrow"
    Row(dateReference, "can we push the call to tmrw? swamped today", "tmrw", "2025-07-29"),
    // consecutive dates joined by "and" are one period; two single years stay two
    Row(dateReference, "Orders rose in July after falling in May and June.", "May and June", "2025-05..2025-06"),
    Row(dateReference, "Snow fell on the city Sunday and Monday.", "Sunday and Monday", "2025-07-27..2025-07-28"),
    Row(dateReference, "The range is from 2015 and 2016.", "2016", "2016"),
    // a bare "start" before a month is a verb, not the month's start
    Row(dateReference, "Zoom classes start Aug. 24, the school says.", "Aug. 24", "2025-08-24"),
  ]

  @Test(arguments: rows)
  func reads(_ row: Row) {
    let facts = dateFacts(row.example.sentence, reference: row.reference)
    let fact = facts.first { $0.text == row.example.text }
    #expect(fact != nil, "no date \"\(row.example.text)\" in \(facts.map(\.text))")
    if let fact { #expect(compact(fact.value) == row.example.value) }
  }

  @Test func comparativeLaterIsNoDate() {
    expectNoDate("The line opens two years later than planned.")
  }

  @Test(arguments: [
    "For details call 555-2019 or 0800 2024 1234.", "Units sold by region: North 1998 | South 2003 | East 2011",
    "Call and ask for extension 1991.", "The meeting moved to room 2025.", "It sold 2.4 million units in the first 48 hours.",
  ])
  func numbersInARowAreNoYears(_ sentence: String) {
    expectNoDate(sentence)
  }

  @Test func yearShiftIsNoneWithinTheYear() {
    let reference = CalendarDay(year: 2025, month: 6, day: 15)
    for month in 1...12 {
      #expect(DateYearChoice.year(month: month, day: nil, reference: reference) == 2025)
    }
  }
}
