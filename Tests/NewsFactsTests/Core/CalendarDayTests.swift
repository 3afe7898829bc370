import Testing
@testable import NewsCore

@Suite struct CalendarDayTests {
  @Test(arguments: [
    ("2025-07-28", "2025-07-28"), ("2025-07-28T11:40:00+05:00", "2025-07-28"), ("2024-02-29", "2024-02-29"),
    (" 1991-12-16 ", "1991-12-16"),
  ])
  func readsISODays(input: String, day: String) {
    #expect(CalendarDay(iso: input)?.description == day)
  }

  @Test(arguments: ["2025-02-29", "2025-13-01", "28.07.2025", "2025-7-28", "yesterday", "", "2025-07-28X"])
  func refusesWhatIsNotAnISODay(input: String) {
    #expect(CalendarDay(iso: input) == nil)
  }

  @Test func ordinalsAndWeekdays() {
    let day = CalendarDay(year: 2025, month: 7, day: 28)
    #expect(day.weekday == 1)  // a Monday
    #expect(CalendarDay(ordinal: day.ordinal) == day)
    #expect(day.adding(days: 4).description == "2025-08-01")
    #expect(CalendarDay(year: 2024, month: 3, day: 1).adding(days: -1).description == "2024-02-29")
    #expect(CalendarDay(year: 1970, month: 1, day: 1).ordinal == 0)
  }
}
