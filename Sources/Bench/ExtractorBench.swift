import Foundation
import NewsCore
import NewsExtract

/// Clean-text throughput per extractor on one core, against a baseline byte scan of the
/// same text (counting line breaks) measured in the same run.
///
/// `EXTRACTORS=date,money,…` runs only the named rows (for callgrind): `money`, `percent`,
/// `quantity`, `date`, `entities`; the baseline scan and the summary rows only with them all.
enum ExtractorBench {
  static func rows() -> Set<String>? {
    ProcessInfo.processInfo.environment["EXTRACTORS"].map { Set($0.split(separator: ",").map(String.init)) }
  }

  static func corpus(data: String, megabytes: Int) -> String {
    let path = (data as NSString).appendingPathComponent("ground-truth.json")
    var bodies: [String] = []
    if let bytes = FileManager.default.contents(atPath: path), case .object(let pages)? = try? JSON(parsing: [UInt8](bytes)) {
      for key in pages.keys.sorted() { if let body = pages[key]?["articleBody"]?.stringValue { bodies.append(body) } }
    }
    if bodies.isEmpty { bodies = ["President Tokayev said on Monday that trade reached $5 billion in 2024, up 4.5%."] }
    let one = bodies.joined(separator: "\n\n")
    var text = ""
    while text.utf8.count < megabytes << 20 { text += one + "\n\n" }
    return text
  }

  static func run(data: String, megabytes: Int) {
    let text = TextBuffer(corpus(data: data, megabytes: megabytes))
    let mb = Double(text.bytes.count) / 1e6
    print(String(format: "clean text: %.1f MB (%@ articles' bodies, repeated)", mb, "dev-set"))
    if let only = rows() { return runRows(only, text: text, mb: mb) }
    let baseline = bestSeconds {
      var lines = 0
      for b in text.bytes where b == 10 { lines += 1 }
      precondition(lines >= 0)
    }
    row("baseline byte scan", String(format: "%8.0f MB/s", mb / baseline))
    let context = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28))
    let extractors: [(String, any FactExtractor)] = [
      ("money", MoneyExtractor()), ("percent", PercentExtractor()), ("quantity", QuantityExtractor()),
      ("date", DateExtractor()),
    ]
    var valueTotal = 0.0
    for (name, extractor) in extractors {
      var count = 0
      let s = bestSeconds { count = extractor.facts(in: text, context: context).count }
      if name != "date" { valueTotal += s }
      row(name, String(format: "%8.1f MB/s  %7d facts  (%.1fx slower than the scan)", mb / s, count, s / baseline))
    }
    row("money+percent+quantity together", String(format: "%8.1f MB/s", mb / valueTotal))
    var mentions = 0
    let e = bestSeconds { mentions = EntityExtractor().mentions(in: text, context: context).count }
    row("entities", String(format: "%8.1f MB/s  %7d mentions", mb / e, mentions))
    row("peak memory", String(format: "%8.0f MB", peakMemoryMB()))
  }

  /// Only the rows named in `only`, without the baseline scan.
  static func runRows(_ only: Set<String>, text: TextBuffer, mb: Double) {
    let context = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28))
    let extractors: [(String, any FactExtractor)] = [
      ("money", MoneyExtractor()), ("percent", PercentExtractor()), ("quantity", QuantityExtractor()),
      ("date", DateExtractor()),
    ]
    for (name, extractor) in extractors where only.contains(name) {
      var count = 0
      let s = bestSeconds { count = extractor.facts(in: text, context: context).count }
      row(name, String(format: "%8.1f MB/s  %7d facts", mb / s, count))
    }
    if only.contains("entities") {
      var mentions = 0
      let e = bestSeconds { mentions = EntityExtractor().mentions(in: text, context: context).count }
      row("entities", String(format: "%8.1f MB/s  %7d mentions", mb / e, mentions))
    }
  }
}
