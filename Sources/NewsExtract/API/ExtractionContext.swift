import NewsCore

/// What an extractor may know about a document besides its text.
public struct ExtractionContext: Sendable {
  /// The day relative dates resolve against (the article's publication date). Without one,
  /// relative expressions are reported unresolved, never resolved against the machine's clock.
  public var reference: CalendarDay?
  /// The document's language (`en`, `ru` …) when known.
  public var language: String?
  /// Whether numeric dates such as 03/04/2025 are day-first in the source's locale;
  /// `nil` when unknown (then they are flagged ambiguous unless the day is over 12).
  public var dayFirst: Bool?

  public init(reference: CalendarDay? = nil, language: String? = nil, dayFirst: Bool? = nil) {
    self.reference = reference
    self.language = language
    self.dayFirst = dayFirst
  }
}
