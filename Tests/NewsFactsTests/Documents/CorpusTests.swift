import Foundation
import Testing
@testable import NewsCore
@testable import NewsPipeline

/// The embedded corpus (Corpus/), the default input of `newsfacts run`.
@Suite struct CorpusTests {
  static func extract(_ name: String) throws -> ExtractedDocument {
    let url = Paths.corpusFile(name)
    let bytes = [UInt8](try Data(contentsOf: url))
    return try Pipeline().process(RawDocument(origin: url.path, format: name.hasSuffix(".html") ? .html : .text, bytes: bytes))
  }

  @Test func aLegacyCharsetDeclaredOnlyInAMetaTagComesOutAsUTF8() throws {
    let doc = try Self.extract("izmir-wind-farms-windows-1254.html")
    #expect(doc.clean.metadata.charset == "windows-1254")
    #expect(doc.clean.text.contains("Çeşme"))
    #expect(doc.clean.text.contains("İZMİR"))
    #expect(doc.clean.metadata.title?.hasPrefix("İzmir wind farms") == true)
    #expect(!doc.clean.text.contains("Anasayfa"))
    #expect(!doc.clean.text.contains("Tüm hakları"))
  }

  @Test func noBreakSpacesDoNotSplitAmounts() throws {
    let doc = try Self.extract("rotterdam-port-volumes.html")
    let money = doc.facts.filter { $0.kind == .money }
    #expect(money.contains { ["€874 million", "€874\u{00A0}million"].contains($0.text) && $0.value["amount"]?.doubleValue == 874e6 && $0.value["currency"] == "EUR" })
    #expect(doc.facts.contains { $0.kind == .percent && $0.value["value"]?.doubleValue == 1.1 })
    #expect(!doc.clean.text.contains("Great article"))
    #expect(!doc.clean.text.contains("cookies"))
  }

  @Test func idsComeFromTheCanonicalURLWhenThereIsOne() throws {
    let doc = try Self.extract("rotterdam-port-volumes.html")
    #expect(doc.id == StableID.document(canonicalURL: "https://harbour-ledger.example/2025/02/14/rotterdam-volumes", origin: "ignored"))
    let plain = try Self.extract("almaty-metro-extension.txt")
    #expect(plain.id == StableID.document(canonicalURL: nil, origin: Paths.corpusFile("almaty-metro-extension.txt").path))
  }

  @Test func factSpansIndexTheirText() throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root.appendingPathComponent("Corpus").path).sorted() {
      let doc = try Self.extract(name)
      let scalars = Array(doc.clean.text.unicodeScalars)
      #expect(!doc.facts.isEmpty, "\(name) has no facts")
      for fact in doc.facts {
        let slice = String(String.UnicodeScalarView(scalars[fact.span.start..<fact.span.end]))
        #expect(slice == fact.text, "\(name): span of \(fact.text)")
        #expect(!fact.text.contains("\n"), "\(name): a fact runs across blocks: \(fact.text)")
      }
      for entity in doc.entities {
        for m in entity.mentions {
          #expect(String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end])) == m.text)
        }
      }
    }
  }
}
