import CLibXML2
import Dispatch
import Foundation
import NewsClean
import NewsCore
import NewsExtract
import NewsPipeline

// newsfacts-bench: throughput of the release build, each figure beside a baseline measured
// in the same run.
//   newsfacts-bench extractors [DATA_DIR] [MB]   clean text, one core, per extractor
//   newsfacts-bench pages [PAGES_DIR] [PASSES]   HTML pages: bare libxml2 parse vs clean vs end to end
//   newsfacts-bench startup                      one-time loads of a process (gazetteers, patterns)
//   newsfacts-bench ndjson FILE [PASSES]         the stream's line decoding (UTF-8 check, JSON, page as bytes)

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "extractors"
switch mode {
case "extractors":
  ExtractorBench.run(
    data: arguments.count > 2 ? arguments[2] : "../shared/data/html-extraction",
    megabytes: arguments.count > 3 ? Int(arguments[3]) ?? 10 : 10)
case "pages":
  PageBench.run(
    pages: arguments.count > 2 ? arguments[2] : "../shared/data/html-extraction/pages",
    passes: arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3)
case "ndjson":
  StreamBench.run(file: arguments.count > 2 ? arguments[2] : "/dev/stdin", passes: arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5)
case "startup":
  StartupBench.run()
default:
  FileHandle.standardError.write(Data("usage: newsfacts-bench extractors|pages|startup|ndjson [DIR|FILE] [N]\n".utf8))
  exit(2)
}
