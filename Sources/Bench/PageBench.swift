import CLibXML2
import Dispatch
import Foundation
import NewsClean
import NewsCore
import NewsPipeline

/// HTML pages on one core: libxml2's bare parse (the ceiling), the cleaner (with and without
/// its parse arena), and the whole pipeline, over the same pages in the same run; then the
/// pipeline on all cores.
///
/// `PAGE_ROWS=parse,clean,…` runs only the named rows (for perf and callgrind): `parse`,
/// `clean`, `malloc` (the cleaner without its parse arena), `stages` (the extract stage step by
/// step), `e2e`, `cores`. `CLEAN_ONLY=1` is `parse,clean,malloc`; `STAGES=1` adds `stages`.
enum PageBench {
  static func rows() -> Set<String> {
    let environment = ProcessInfo.processInfo.environment
    if let list = environment["PAGE_ROWS"] { return Set(list.split(separator: ",").map(String.init)) }
    var rows: Set<String> = ["parse", "clean", "malloc"]
    if environment["CLEAN_ONLY"] == nil { rows.formUnion(["e2e", "cores"]) }
    if environment["STAGES"] != nil { rows.insert("stages") }
    return rows
  }

  static func run(pages directory: String, passes: Int) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    let pages = names.compactMap { FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent($0)).map { [UInt8]($0) } }
    guard !pages.isEmpty else { print("no pages in \(directory)"); return }
    let mb = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
    let n = Double(pages.count)
    let rows = rows()
    print(String(format: "%d pages, %.1f MB, %d passes", pages.count, mb, passes))
    // The bare parse runs with libxml2's own allocator: the pipeline installs its arena later.
    xmlInitParser()
    var parse = Double.nan
    if rows.contains("parse") {
      parse = bestSeconds(repeats: passes) { for page in pages { bareParse(page) } }
      row("libxml2 bare parse (1 core)", String(format: "%7.1f pages/s  %6.1f MB/s", n / parse, mb / parse))
    }
    func report(_ name: String, _ seconds: Double) {
      row(name, String(format: "%7.1f pages/s  %6.1f MB/s  %.2fx of bare parse", n / seconds, mb / seconds, parse / seconds))
    }
    // One-time loads (gazetteers, compiled patterns) are the start-up section's; not timed here.
    let pipeline = Pipeline()
    pipeline.warmUp()
    let raws = pages.enumerated().map { RawDocument(origin: "page\($0.offset).html", format: .html, bytes: $0.element, declaredCharset: "utf-8") }
    if rows.contains("clean") {
      report("clean (1 core)", bestSeconds(repeats: passes) { for raw in raws { _ = try? pipeline.clean(raw) } })
    }
    if rows.contains("malloc") {
      var options = CleanerOptions()
      options.usesParseArena = false
      let plain = Pipeline(cleanerOptions: options)
      report("clean, malloc per node (1 core)", bestSeconds(repeats: passes) { for raw in raws { _ = try? plain.clean(raw) } })
    }
    if rows.contains("stages") { StageBench.run(cleaned: raws.compactMap { try? pipeline.clean($0) }, passes: passes) }
    if rows.contains("e2e") {
      report("end to end (1 core)", bestSeconds(repeats: passes) { for raw in raws { _ = try? pipeline.process(raw) } })
    }
    if rows.contains("cores") {
      let cores = ProcessInfo.processInfo.activeProcessorCount
      let parallel = bestSeconds(repeats: passes) {
        DispatchQueue.concurrentPerform(iterations: raws.count) { i in _ = try? pipeline.process(raws[i]) }
      }
      row("end to end (\(cores) cores)", String(format: "%7.1f pages/s  %6.1f MB/s", n / parallel, mb / parallel))
    }
    row("peak memory", String(format: "%7.0f MB", peakMemoryMB()))
  }

  /// `htmlReadMemory` and `xmlFreeDoc`, nothing else.
  static func bareParse(_ page: [UInt8]) {
    let flags = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    page.withUnsafeBufferPointer { p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
        if let doc = htmlReadMemory($0, Int32(p.count), "page.html", "UTF-8", flags) { xmlFreeDoc(doc) }
      }
    }
  }
}
