import Foundation
import NewsCore
import NewsExtract
import NewsNormalize

/// The pipeline's extract stage over the cleaned pages, step by step, in ms per page.
enum StageBench {
  static func run(cleaned docs: [CleanDocument], passes: Int) {
    let n = Double(docs.count)
    let kb = Double(docs.reduce(0) { $0 + $1.text.utf8.count }) / 1e3
    print(String(format: "cleaned text: %.0f KB (%.1f KB a page)", kb, kb / n))
    let texts = docs.map { TextBuffer($0.text) }
    let buffers = bestSeconds(repeats: passes) { for d in docs { _ = TextBuffer(d.text) } }
    row("  TextBuffer", String(format: "%7.3f ms/page", buffers * 1e3 / n))
    let context = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28))
    let extractors: [(String, any FactExtractor)] = [
      ("money", MoneyExtractor()), ("percent", PercentExtractor()), ("quantity", QuantityExtractor()),
      ("date", DateExtractor()),
    ]
    var all: [[Fact]] = Array(repeating: [], count: texts.count)
    for (name, extractor) in extractors {
      let s = bestSeconds(repeats: passes) { for (i, t) in texts.enumerated() { all[i] += extractor.facts(in: t, context: context) } }
      row("  " + name, String(format: "%7.3f ms/page  %6.1f MB/s", s * 1e3 / n, kb / 1e3 / s))
    }
    let overlap = bestSeconds(repeats: passes) { for f in all { _ = FactOverlap.resolve(f) } }
    row("  overlap", String(format: "%7.3f ms/page", overlap * 1e3 / n))
    var mentions: [[EntityMention]] = []
    let entity = EntityExtractor()
    let e = bestSeconds(repeats: passes) { mentions = texts.map { entity.mentions(in: $0, context: context) } }
    row("  entities", String(format: "%7.3f ms/page  %6.1f MB/s", e * 1e3 / n, kb / 1e3 / e))
    let resolver = EntityResolver()
    let r = bestSeconds(repeats: passes) { for m in mentions { _ = resolver.entities(from: m) } }
    row("  resolve", String(format: "%7.3f ms/page", r * 1e3 / n))
  }
}
