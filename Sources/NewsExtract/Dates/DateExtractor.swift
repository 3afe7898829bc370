import NewsCore

/// Dates: `December 16, 1991` (first version; see issue 4).
public struct DateExtractor: FactExtractor {
  static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
  static let pattern = Pattern(
    literal: #"\b(January|February|March|April|May|June|July|August|September|October|November|December)\h(\d{1,2}),\h(\d{4})\b"#)

  public init() {}

  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    DateExtractor.pattern.matches(in: text).compactMap { m in
      guard let month = DateExtractor.months.firstIndex(of: text.view(of: m[1]!).lowercased()),
        let day = Int(text.view(of: m[2]!)), let year = Int(text.view(of: m[3]!))
      else { return nil }
      let iso = CalendarDay(year: year, month: month + 1, day: day).description
      return text.fact(.date, at: m.range, value: ["value": .string(iso)], rule: "date.month-day-year")
    }
  }
}
