import Foundation
import NewsClean
import NewsCore
import Testing

/// Golden pages: `Fixtures/html/<name>.html` (any charset) in, `<name>.expected.json` out.
/// The expectation lists the exact text, optionally the block kinds, and the metadata fields
/// that must match (fields left out are not checked). `url` and `declared_charset` in the
/// expectation are passed to the cleaner as the caller would.
@Suite struct CleanGoldenPageTests {
  static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("html")

  static var pageNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
  }

  @Test(arguments: pageNames)
  func page(_ name: String) throws {
    let html = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".html"))
    let expected = try JSON(parsing: Data(contentsOf: Self.directory.appendingPathComponent(name + ".expected.json")))
    let raw = RawDocument(
      origin: name, format: .html, bytes: [UInt8](html), url: expected["url"]?.stringValue,
      declaredCharset: expected["declared_charset"]?.stringValue)
    let doc = try HTMLCleaner().clean(raw)
    if let text = expected["text"]?.stringValue { #expect(doc.text == text) }
    if case .array(let kinds)? = expected["kinds"] {
      #expect(doc.blocks.map(\.kind.rawValue) == kinds.compactMap(\.stringValue))
    }
    for absent in Self.strings(expected["text_excludes"]) {
      #expect(!doc.text.contains(absent), "\(absent) should not be in the text")
    }
    guard case .object(let fields)? = expected["metadata"] else { return }
    let actual = Self.fields(of: doc.metadata)
    for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
      #expect(actual[key] == value, "metadata.\(key)")
    }
  }

  static func strings(_ json: JSON?) -> [String] {
    if case .array(let items)? = json { return items.compactMap(\.stringValue) }
    return []
  }

  /// Metadata as the JSON fields the expectations name.
  static func fields(of m: Metadata) -> [String: JSON] {
    var out: [String: JSON] = ["authors": .array(m.authors.map { .string($0) })]
    let optional: [(String, String?)] = [
      ("title", m.title), ("published", m.published), ("published_source", m.publishedSource),
      ("modified", m.modified), ("modified_source", m.modifiedSource), ("canonical_url", m.canonicalURL),
      ("site_name", m.siteName), ("language", m.language), ("charset", m.charset),
      ("charset_source", m.charsetSource),
    ]
    for (key, value) in optional { out[key] = value.map { .string($0) } ?? .null }
    return out
  }
}
