import Testing
import NewsCore
@testable import NewsExtract

/// Holidays, combined phrases, remainders, business days and numeric ranges, at reference
/// day 2025-07-28 (a Monday).
@Suite struct DateCombinedFormTests {
  static let holidays: [DateExample] = [
    DateExample("Shops close early on Christmas Eve.", "Christmas Eve", "2025-12-24"),
    DateExample("Crowds are expected next Easter.", "next Easter", "2026-04-05"),
    DateExample("Churches were full last Easter.", "last Easter", "2025-04-20"),
    DateExample("Rates rise on Christmas of next year.", "Christmas of next year", "2026-12-25"),
    DateExample("Traffic peaks on Labor Day weekend.", "Labor Day weekend", "2025-08-30..2025-09-01"),
    DateExample("Parties are planned for the weekend of Halloween.", "the weekend of Halloween", "2025-10-31..2025-11-02"),
    DateExample("Orders closed two weeks before Christmas.", "two weeks before Christmas", "2025-12-11"),
    DateExample("The sale ends 5 days before new year.", "5 days before new year", "2025-12-27"),
    DateExample("Fasting began with Ramadan this year.", "Ramadan this year", "2025-02-28"),
    DateExample("Markets shut for Eid al-Fitr.", "Eid al-Fitr", "2025-03-30"),
    DateExample("Pilgrims gathered before Eid al Adha.", "Eid al Adha", "2025-06-06"),
    DateExample("The Islamic New Year was marked quietly.", "Islamic New Year", "2025-06-26"),
  ]

  static let combined: [DateExample] = [
    DateExample("We meet again Friday two weeks from now.", "Friday two weeks from now", "2025-08-15"),
    DateExample("He returns in 4 days on Thursday.", "in 4 days on Thursday", "2025-07-31"),
    DateExample("The vote is three Fridays from now.", "three Fridays from now", "2025-08-15"),
    DateExample("The office is shut five days starting next Monday.", "five days starting next Monday", "2025-08-04..2025-08-08"),
    DateExample("Roads close for 2 weeks from tomorrow.", "2 weeks from tomorrow", "2025-07-29..2025-08-11"),
    DateExample("The vote is 3 days from today.", "3 days from today", "2025-07-31"),
    DateExample("The company had warned the week before that sales were slowing.", "the week before", "2025-07-21..2025-07-27"),
    DateExample("Prices fell again the month after.", "the month after", "2025-08"),
    DateExample("Talks collapsed over the weekend.", "the weekend", "2025-07-26..2025-07-27"),
    DateExample("The team will rest over the weekend.", "the weekend", "2025-08-02..2025-08-03"),
    DateExample("The deal should close within the next 2 weeks after tomorrow.", "2 weeks after tomorrow", "2025-08-12"),
    DateExample("Stores reopen the day after Christmas.", "the day after Christmas", "2025-12-26"),
    DateExample("Set up a call next week from Monday to Wednesday.", "next week from Monday to Wednesday", "2025-08-04..2025-08-06"),
    DateExample("Hearings run Tuesday to Thursday this week.", "Tuesday to Thursday this week", "2025-07-29..2025-07-31"),
    DateExample("The tour runs 5 May in 2027 to 9 May in 2027.", "5 May in 2027 to 9 May in 2027", "2027-05-05..2027-05-09"),
  ]

  static let remainders: [DateExample] = [
    DateExample("Stores stay shut for the rest of the month.", "the rest of the month", "2025-07-28..2025-07-30"),
    DateExample("Growth is forecast for the remainder of the year.", "the remainder of the year", "2025-07-28..2025-12-30"),
    DateExample("I am away rest of the week.", "rest of the week", "2025-07-28..2025-08-02"),
  ]

  static let businessDays: [DateExample] = [
    DateExample("Refunds arrive in 3 business days.", "in 3 business days", "2025-07-31"),
    DateExample("Support is busy for the next 5 business days.", "the next 5 business days", "2025-07-29..2025-08-04"),
    DateExample("Orders placed in the previous 2 working days ship today.", "the previous 2 working days", "2025-07-24..2025-07-25"),
    DateExample("The fix lands this working week.", "this working week", "2025-07-28..2025-08-01"),
    DateExample("Hearings resume next workweek.", "next workweek", "2025-08-04..2025-08-08"),
  ]

  static let numericRanges: [DateExample] = [
    DateExample("The survey ran between 9/1-9/15.", "between 9/1-9/15", "2025-09-01..2025-09-15"),
    DateExample("The outage lasted 10/1/2024-10/7/2024.", "10/1/2024-10/7/2024", "2024-10-01..2024-10-07"),
    DateExample("Leave runs from 12/20 to 01/05.", "from 12/20 to 01/05", "2025-12-20..2026-01-05"),
    DateExample("Tickets are valid 3/1-3/5, 2026.", "3/1-3/5, 2026", "2026-03-01..2026-03-05"),
  ]

  static let relativeYears: [DateExample] = [
    DateExample("The order is due next 5/12.", "next 5/12", "2026-05-12"),
    DateExample("The law passed last April 6.", "last April 6", "2025-04-06"),
    DateExample("The plant opens June next year.", "June next year", "2026-06"),
    DateExample("Prices peaked in March of last year.", "March of last year", "2024-03"),
    DateExample("Payment is due on the 21st this month.", "the 21st this month", "2025-07-21"),
    DateExample("Classes start the third week next year.", "the third week next year", "2026-01-12..2026-01-18"),
  ]

  static let eras: [DateExample] = [
    DateExample("The company was founded in the late 1800s.", "the late 1800s", "1866..1899"),
    DateExample("He was elected in the mid-1980s.", "the mid-1980s", "1983..1986"),
    DateExample("The city grew fast in the 1900s.", "the 1900s", "1900..1999"),
    DateExample("Phones changed in the 2000s.", "the 2000s", "2000..2009"),
    DateExample("The grid must be carbon free by the end of the decade.", "the end of the decade", "2026..2029"),
    DateExample("The deal is expected to close by year-end.", "year-end", "2025-07..2025-12"),
  ]

  @Test(arguments: holidays + combined + remainders + businessDays + numericRanges + relativeYears + eras)
  func readsForm(_ example: DateExample) {
    expectReads(example)
  }

  static let negatives: [String] = [
    "Mix 1/2-3/4 cup of flour.",
    "The score was 10-7 and 3-4.",
    "Officials met the day before the election results were known.",
    "The firm was sold the day after the vote.",
    "He spent a new year abroad.",
    "Staff work five business days a week.",
    "The code reads 2015-1-32.",
  ]

  @Test(arguments: negatives)
  func findsNoDate(_ sentence: String) {
    expectNoDate(sentence)
  }

  @Test func leavesRelativeHolidaysUnresolvedWithoutReference() {
    let facts = dateFacts("Crowds are expected next Easter.", reference: nil)
    #expect(facts.map { compact($0.value) } == ["XXXX-XX-XX"])
    #expect(facts.first?.attributes["unresolved"] == .bool(true))
  }

  @Test func findsTheTabularIslamicDaysOfAYear() {
    #expect(HijriCalendar.gregorian(year: 1446, month: 9, day: 1) == CalendarDay(year: 2025, month: 2, day: 28))
    #expect(HijriCalendar.days(month: 10, day: 1, in: 2000...2000).count == 2)
  }
}
