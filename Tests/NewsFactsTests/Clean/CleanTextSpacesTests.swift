import Testing
@testable import NewsClean

/// `collapsingSpaces(below:)`: the collapsed text when short enough, decided early when long.
@Suite struct CleanTextSpacesTests {
  @Test(arguments: [
    ("  By   Jane\u{00A0}Doe \n", 200),
    ("exactly ten", 11),
    ("exactly ten", 12),
    ("e\u{301}\u{301}\u{301}", 2),
    ("\u{600}1\u{600}2\u{600}3", 3),
    ("", 1),
    ("   \n\t ", 1),
  ])
  func matchesCollapsingThenCounting(_ text: String, limit: Int) {
    let collapsed = text.collapsingSpaces
    #expect(text.collapsingSpaces(below: limit) == (collapsed.count < limit ? collapsed : nil))
  }

  @Test func turnsDownLongTexts() {
    let long = String(repeating: "word ", count: 1000)
    #expect(long.collapsingSpaces(below: 200) == nil)
    #expect(("By " + String(repeating: " ", count: 5000) + "Jane Doe").collapsingSpaces(below: 200) == "By Jane Doe")
  }
}
