import Foundation
import NewsClean
import NewsCore

/// Whole HTML pages for tests that compare two ways of cleaning: the golden pages, the HTML
/// dev set where `../shared` is at hand, and broken markup.
enum TestPages {
  static func html() -> [RawDocument] {
    var urls: [URL] = []
    let golden = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("html")
    let dev = Paths.sharedFile("data/html-extraction/pages")
    if !Paths.sharedAvailable { print("TestPages: ../shared is absent; golden pages only") }
    for folder in [golden, dev] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      urls += names.filter { $0.hasSuffix(".html") }.sorted().map { folder.appendingPathComponent($0) }
    }
    var raws = urls.compactMap { url in
      (try? Data(contentsOf: url)).map { RawDocument(origin: url.lastPathComponent, format: .html, bytes: [UInt8]($0)) }
    }
    for page in ["<p>unclosed <b><i>tags", "<<<>>>&&&;", "<html><body>" + String(repeating: "<div>", count: 5_000) + "deep</body>"] {
      raws.append(RawDocument(origin: "broken.html", format: .html, bytes: Array(page.utf8)))
    }
    return raws
  }

  /// Text, block kinds and metadata of a cleaned page, as one comparable string.
  static func cleaned(_ raw: RawDocument, options: CleanerOptions) -> String {
    guard let doc = try? HTMLCleaner(options: options).clean(raw) else { return "error" }
    return doc.text + "\u{1}" + doc.blocks.map(\.kind.rawValue).joined(separator: ",") + "\u{1}" + "\(doc.metadata)"
  }
}
