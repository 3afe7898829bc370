import CLibXML2
import Dispatch
import Foundation
import NewsClean
import NewsCore
import NewsPipeline

/// HTML pages on one core: libxml2's bare parse (the ceiling), the cleaner, and the whole
/// pipeline, over the same pages in the same run; then the pipeline on all cores.
enum PageBench {
  static func run(pages directory: String, passes: Int) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    let pages = names.compactMap { FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent($0)).map { [UInt8]($0) } }
    guard !pages.isEmpty else { print("no pages in \(directory)"); return }
    let mb = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
    print(String(format: "%d pages, %.1f MB, %d passes", pages.count, mb, passes))
    xmlInitParser()
    let flags = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    let parse = bestSeconds(repeats: passes) {
      for page in pages {
        page.withUnsafeBufferPointer { p in
          p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
            if let doc = htmlReadMemory($0, Int32(p.count), "page.html", "UTF-8", flags) { xmlFreeDoc(doc) }
          }
        }
      }
    }
    let n = Double(pages.count)
    row("libxml2 bare parse (1 core)", String(format: "%7.1f pages/s  %6.1f MB/s", n / parse, mb / parse))
    let pipeline = Pipeline()
    let raws = pages.enumerated().map { RawDocument(origin: "page\($0.offset).html", format: .html, bytes: $0.element, declaredCharset: "utf-8") }
    let clean = bestSeconds(repeats: passes) { for raw in raws { _ = try? pipeline.clean(raw) } }
    row("clean (1 core)", String(format: "%7.1f pages/s  %6.1f MB/s  %.2fx of bare parse", n / clean, mb / clean, parse / clean))
    if ProcessInfo.processInfo.environment["CLEAN_ONLY"] != nil { return }
    if ProcessInfo.processInfo.environment["STAGES"] != nil { StageBench.run(cleaned: raws.compactMap { try? pipeline.clean($0) }, passes: passes) }
    let full = bestSeconds(repeats: passes) { for raw in raws { _ = try? pipeline.process(raw) } }
    row("end to end (1 core)", String(format: "%7.1f pages/s  %6.1f MB/s  %.2fx of bare parse", n / full, mb / full, parse / full))
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let parallel = bestSeconds(repeats: passes) {
      DispatchQueue.concurrentPerform(iterations: raws.count) { i in _ = try? pipeline.process(raws[i]) }
    }
    row("end to end (\(cores) cores)", String(format: "%7.1f pages/s  %6.1f MB/s", n / parallel, mb / parallel))
    row("peak memory", String(format: "%7.0f MB", peakMemoryMB()))
  }
}
