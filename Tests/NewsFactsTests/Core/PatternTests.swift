import Testing
@testable import NewsCore

@Suite struct PatternTests {
  @Test func namedGroupsAndUnsetGroups() {
    let p = Pattern(literal: #"(?<sym>\$)?(?<num>\d+)(?<scale> million)?"#)
    let text = TextBuffer("pay 12 or $7 million")
    let ms = p.matches(in: text)
    #expect(ms.count == 2)
    #expect(ms[0]["sym"] == nil)
    #expect(text.view(of: ms[0]["num"]!) == "12")
    #expect(ms[1]["sym"] != nil)
    #expect(text.view(of: ms[1]["scale"]!) == " million")
    #expect(ms[1][99] == nil)
  }

  @Test func emptyMatchesAdvanceOverWholeCodePoints() {
    let text = TextBuffer("éa")
    let ms = Pattern(literal: "x*").matches(in: text)
    #expect(ms.count == 3)
    #expect(ms.map(\.range.lowerBound) == [0, 2, 3])
  }

  @Test func caselessAndExtendedOptions() {
    let p = Pattern(literal: "  per \\h cent  # a comment", options: [.caseless, .extended])
    #expect(p.matches("4.5 PER CENT"))
    #expect(!p.matches("percent"))
  }

  @Test func syntaxErrorsReportWhere() {
    #expect {
      _ = try Pattern("(unclosed")
    } throws: { error in
      guard let e = error as? PatternError else { return false }
      return e.offset == 9 && e.description.contains("missing closing parenthesis")
    }
  }

  @Test func anchoredMatchOnlyAtTheGivenByte() {
    let p = Pattern(literal: #"\d+"#)
    let text = TextBuffer("ab 12 34")
    #expect(p.matches(in: text, anchoredAt: 0) == nil)
    #expect(p.matches(in: text, anchoredAt: 3)?.range == 3..<5)
  }

  @Test func catastrophicPatternsEndInsteadOfHanging() {
    let p = Pattern(literal: #"(a+)+b"#)
    let text = TextBuffer(String(repeating: "a", count: 40))
    #expect(p.firstMatch(in: text) == nil)
  }
}
