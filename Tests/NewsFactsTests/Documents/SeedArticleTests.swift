import Foundation
import Testing
@testable import NewsCore
@testable import NewsPipeline

/// The article the project started from, as text and as a rendered page with boilerplate
/// (../shared/corpus). Skipped, with a message, where ../shared is absent.
@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent: the seed-article tests need the workplace's shared folder"))
struct SeedArticleTests {
  static let published = "2025-07-28"

  static func extract(_ name: String) throws -> ExtractedDocument {
    let url = Paths.sharedFile("corpus/\(name)")
    let bytes = [UInt8](try Data(contentsOf: url))
    let format: SourceFormat = name.hasSuffix(".html") ? .html : .text
    let published = format == .text ? published : nil  // the page must find its own date
    return try Pipeline().process(RawDocument(origin: url.path, format: format, bytes: bytes, published: published))
  }

  /// Every dollar amount of the article, with its exact value.
  static let dollarAmounts: [(String, Double)] = [
    ("10 billion US dollars", 10e9), ("$5 billion dollars", 5e9), ("$1.9 billion dollars", 1.9e9),
    ("$622.5 million dollars", 622.5e6), ("$469.3 million dollars", 469.3e6), ("$78.4 million dollars", 78.4e6),
    ("$34.5 million dollars", 34.5e6), ("$21.2 million dollars", 21.2e6), ("$19.7 million dollars", 19.7e6),
    ("$9.9 million dollars", 9.9e6), ("$100 million dollars", 100e6), ("$5 billion dollars", 5e9),
    ("$3.3 billion", 3.3e9), ("$1.7 billion", 1.7e9), ("$10 billion dollars", 10e9),
    ("$610 million dollars", 610e6), ("$8 million dollars", 8e6), ("$24 million", 24e6),
    ("$5.2 billion dollars", 5.2e9), ("$3 billion dollars", 3e9), ("$15 billion dollars", 15e9),
  ]

  /// Date expressions of the article body (captions aside) and their values, published 2025-07-28.
  static let dates: [(String, JSON)] = [
    ("today", ["value": "2025-07-28"]), ("December 16, 1991", ["value": "1991-12-16"]),
    ("March 2, 1992", ["value": "1992-03-02"]), ("October of the same year", ["value": "1992-10"]),
    ("2019", ["value": "2019"]), ("this year", ["value": "2025"]), ("2009", ["value": "2009"]),
    ("2012", ["value": "2012"]), ("2022", ["value": "2022"]), ("Last year", ["value": "2024"]),
    ("January to May 2025", ["start": "2025-01", "end": "2025-05"]),
    ("first four months of 2025", ["start": "2025-01", "end": "2025-04"]), ("2023", ["value": "2023"]),
    ("2005 to 2024", ["start": "2005", "end": "2024"]), ("last year", ["value": "2024"]),
    ("This year", ["value": "2025"]),
  ]

  static func moneyFacts(_ doc: ExtractedDocument) -> [(String, Double?, String?)] {
    doc.facts.filter { $0.kind == .money }.map { ($0.text, $0.value["amount"]?.doubleValue, $0.value["currency"]?.stringValue) }
  }

  @Test func everyDollarAmountWithItsExactValue() throws {
    let found = Self.moneyFacts(try Self.extract("kazakhstan-turkiye-council.txt"))
    var remaining = found
    for (text, amount) in Self.dollarAmounts {
      let index = remaining.firstIndex { $0.0.contains(text) && $0.1 == amount && $0.2 == "USD" }
      #expect(index != nil, "missing \(text) = \(amount) USD")
      if let index { remaining.remove(at: index) }
    }
    #expect(remaining.isEmpty, "unexpected money facts: \(remaining)")
  }

  @Test func atLeastEightyPercentOfDatesResolveRight() throws {
    let doc = try Self.extract("kazakhstan-turkiye-council.txt")
    var remaining = doc.facts.filter { $0.kind == .date }
    var right = 0
    for (text, value) in Self.dates {
      if let i = remaining.firstIndex(where: { $0.text.contains(text) && Self.sameDate($0.value, value) }) {
        right += 1
        remaining.remove(at: i)
      }
    }
    let share = Double(right) / Double(Self.dates.count)
    #expect(share >= 0.8, "only \(right) of \(Self.dates.count) dates right")
  }

  static func sameDate(_ a: JSON, _ b: JSON) -> Bool {
    if let v = b["value"] { return a["value"] == v }
    return a["start"] == b["start"] && a["end"] == b["end"]
  }

  @Test func personsAreOneEntityEachWithTheirShortAndFoldedForms() throws {
    let doc = try Self.extract("kazakhstan-turkiye-council.txt")
    let persons = doc.entities.filter { $0.type == .person }
    func entity(containing form: String) -> Entity? { persons.first { e in e.mentions.contains { $0.text == form } } }
    let expectations: [[String]] = [
      ["Kassym-Jomart Tokayev", "Tokayev"], ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
      ["Aliya Musabekova", "Musabekova"],
    ]
    for forms in expectations {
      let ids = Set(forms.map { entity(containing: $0)?.id })
      #expect(ids.count == 1 && ids.first! != nil, "\(forms) should be one person entity, got \(ids)")
    }
    #expect(persons.filter { $0.name.contains("Tokayev") }.count == 1)
  }

  @Test func thePageGivesTheSameMoneyItsOwnMetadataAndNoBoilerplate() throws {
    let page = try Self.extract("kazakhstan-turkiye-council.html")
    let text = try Self.extract("kazakhstan-turkiye-council.txt")
    #expect(page.clean.metadata.title == "Kazakhstan and Türkiye: What to expect from the upcoming high-level Council Meeting in Ankara")
    #expect(page.clean.metadata.published.flatMap(CalendarDay.init(iso:))?.description == Self.published)
    #expect(Self.moneyFacts(page).map { "\($0.0)=\($0.1 ?? -1)" } == Self.moneyFacts(text).map { "\($0.0)=\($0.1 ?? -1)" })
    let boilerplate = [
      "cookies", "Accept all", "Economy", "USD/KZT", "$71.20", "Home", "Facebook", "Telegram", "Read also",
      "Grain exports to China", "Dushanbe", "Most read", "16.5 percent", "$30 billion", "$12 million",
      "Comments", "reader42", "$20 billion", "All rights reserved", "$4.99", "1 254 views",
    ]
    for junk in boilerplate { #expect(!page.clean.text.contains(junk), "boilerplate kept: \(junk)") }
    let pageDates = page.facts.filter { $0.kind == .date }
    var right = 0
    for (t, v) in Self.dates where pageDates.contains(where: { $0.text.contains(t) && Self.sameDate($0.value, v) }) { right += 1 }
    #expect(Double(right) / Double(Self.dates.count) >= 0.8, "only \(right) page dates right")
  }
}
