import Foundation
import Testing
@testable import NewsCore
@testable import NewsPipeline

/// Whole documents, HTML or text in, clean text, metadata, facts and entities out, compared
/// with reviewed golden files in Fixtures/golden. When the output changes on purpose, rewrite
/// them with `NEWSFACTS_UPDATE_GOLDEN=1 swift test --filter GoldenDocumentTests` and review the diff.
@Suite struct GoldenDocumentTests {
  static let corpus = Paths.root.appendingPathComponent("Corpus")
  static let goldenFolder = Paths.root.appendingPathComponent("Tests/NewsFactsTests/Fixtures/golden")
  static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()

  /// The golden form: the document JSON without the machine-specific source path.
  static func render(_ name: String) throws -> [UInt8] {
    let url = corpus.appendingPathComponent(name)
    let raw = RawDocument(
      origin: "Corpus/\(name)", format: name.hasSuffix(".html") ? .html : .text, bytes: [UInt8](try Data(contentsOf: url)))
    let doc = try Pipeline().process(raw)
    return JSONWriter(pretty: true).bytes(of: DocumentJSON.object(for: doc, id: .string(doc.id))) + [10]
  }

  @Test(arguments: names)
  func matchesItsGoldenFile(name: String) throws {
    let produced = try Self.render(name)
    let golden = Self.goldenFolder.appendingPathComponent("\(name).json")
    if ProcessInfo.processInfo.environment["NEWSFACTS_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
      try Data(produced).write(to: golden)
      return
    }
    let expected = try Data(contentsOf: golden)
    let producedText = String(decoding: produced, as: UTF8.self)
    let expectedText = String(decoding: expected, as: UTF8.self)
    if producedText != expectedText {
      let a = producedText.split(separator: "\n", omittingEmptySubsequences: false)
      let b = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
      let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      Issue.record("\(name) differs from its golden file at line \(first + 1): got \(first < a.count ? String(a[first]) : "<end>"), golden \(first < b.count ? String(b[first]) : "<end>")")
    }
  }

  @Test func everyCorpusDocumentHasAGoldenFile() {
    for name in Self.names {
      #expect(FileManager.default.fileExists(atPath: Self.goldenFolder.appendingPathComponent("\(name).json").path), "no golden file for \(name)")
    }
  }
}
