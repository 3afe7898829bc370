import Foundation
import Testing
import NewsCore
@testable import NewsExtract

/// Every date of the seed article (../shared/corpus), published 2025-07-28, with its value.
@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent: the seed-article date test needs the workplace's shared folder"))
struct DateSeedArticleTests {
  @Test func resolvesEveryDateOfTheSeedArticle() throws {
    let url = Paths.sharedFile("corpus/kazakhstan-turkiye-council.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let facts = dateFacts(text)
    let values = Dictionary(facts.map { ($0.text, compact($0.value)) }, uniquingKeysWith: { a, _ in a })
    let expected: [String: String] = [
      "today": "2025-07-28", "December 16, 1991": "1991-12-16", "March 2, 1992": "1992-03-02",
      "October of the same year": "1992-10", "2019": "2019", "this year": "2025",
      "May 21, 2025": "2025-05-21", "2009": "2009", "2012": "2012", "2022": "2022",
      "May 10, 2022": "2022-05-10", "Last year": "2024", "from January to May 2025": "2025-01..2025-05",
    ]
    for (text, value) in expected.sorted(by: { $0.key < $1.key }) {
      #expect(values[text] == value, "\(text): \(values[text] ?? "missing")")
    }
  }
}
