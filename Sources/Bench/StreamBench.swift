import Foundation
import NewsCore

/// The stream's input side on one core: NDJSON lines (as a caller writes them, escapes and
/// all) checked as UTF-8 and decoded with the page kept as bytes, beside a plain byte scan of
/// the same lines measured in the same run.
enum StreamBench {
  static func run(file: String, passes: Int) {
    guard let data = FileManager.default.contents(atPath: file) else { print("no file \(file)"); return }
    let lines = [UInt8](data).split(separator: 10).map { Array($0) }
    let mb = Double(data.count) / 1e6
    print(String(format: "%d lines, %.1f MB, best of %d", lines.count, mb, passes))
    let scan = bestSeconds(repeats: passes) {
      var quotes = 0
      for line in lines { for b in line where b == 0x22 { quotes += 1 } }
      precondition(quotes >= 0)
    }
    row("baseline byte scan", String(format: "%8.0f MB/s", mb / scan))
    var pages = 0
    let decode = bestSeconds(repeats: passes) {
      pages = 0
      for line in lines where UTF8Validity.isValid(line) {
        if let object = try? JSON.object(parsing: line, rawKeys: ["html", "text"]), object.strings["html"] != nil { pages += 1 }
      }
    }
    row("UTF-8 check + JSON decode", String(format: "%8.1f MB/s  %d pages  (%.1fx slower than the scan)", mb / decode, pages, decode / scan))
  }
}
