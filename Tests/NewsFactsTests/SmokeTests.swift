import Testing
@testable import NewsCore

@Test func spanOverlap() {
  #expect(Span(start: 0, end: 5).overlaps(Span(start: 4, end: 6)))
  #expect(!Span(start: 0, end: 5).overlaps(Span(start: 5, end: 6)))
}
