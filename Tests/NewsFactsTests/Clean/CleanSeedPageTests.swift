import Foundation
import NewsClean
import NewsCore
import Testing

/// The shared seed page (`../shared/corpus`, outside this package: skipped when absent):
/// headline, date, and none of the page's furniture in the text.
@Suite struct CleanSeedPageTests {
  static let page = Paths.sharedFile("corpus/kazakhstan-turkiye-council.html")
  static var available: Bool { FileManager.default.fileExists(atPath: page.path) }

  @Test(.enabled(if: available))
  func seedPageKeepsTheStoryOnly() throws {
    let bytes = try [UInt8](Data(contentsOf: Self.page))
    let doc = try HTMLCleaner().clean(RawDocument(origin: "seed", format: .html, bytes: bytes))
    #expect(doc.metadata.title == "Kazakhstan and Türkiye: What to expect from the upcoming high-level Council Meeting in Ankara")
    #expect(doc.metadata.published?.prefix(10) == "2025-07-28")
    #expect(doc.text.hasPrefix("President of Kazakhstan Kassym-Jomart Tokayev is paying an official visit"))
    let furniture = [
      "We use cookies", "Accept all", "USD/KZT", "Home ›", "Read also", "Grain exports to China", "Most read",
      "National Bank keeps base rate", "Comments (", "reader42", "All rights reserved", "Subscribe for", "254 views",
    ]
    for phrase in furniture { #expect(!doc.text.contains(phrase), "\(phrase)") }
  }
}
