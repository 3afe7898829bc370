import ArgumentParser
import Foundation
import NewsPipeline

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Process files and folders into one JSON file per document, graph.json and a run report.",
    discussion: """
      Writes DIR/documents/<name>.<hash>.json for each document, DIR/graph.json (the corpus \
      knowledge graph), DIR/report.json (counts and per-document errors) and DIR/timings.json. \
      Exit status: 0 all documents processed, 1 some documents failed, 2 usage error.
      """)

  @Argument(help: "Files or folders to process (folders are walked for .html, .htm, .txt, .md files); - reads one document from standard input.")
  var paths: [String] = ["Corpus"]

  @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "DIR"))
  var out: String = "Output"

  @Option(name: .long, help: "Worker threads (default: all cores).")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .long, help: "Refuse documents larger than this many bytes.")
  var maxBytes: Int = 64 << 20

  @Flag(name: [.short, .long], help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
  }

  func run() throws {
    let options = CleanerOptionsFlags(maxBytes: maxBytes).options
    var runner = BatchRunner(paths: paths, outputDirectory: out, threads: threads, pipeline: Pipeline(cleanerOptions: options))
    if !quiet { runner.progress = ProgressLine.make() }
    let report: RunReport
    do { report = try runner.run() } catch {
      FileHandle.standardError.write(Data("error: cannot write the outputs to \(out)/: \(error.localizedDescription)\n".utf8))
      throw ExitCode(1)
    }
    ProgressLine.finish(quiet: quiet)
    for failure in report.failures { FileHandle.standardError.write(Data("error: \(failure)\n".utf8)) }
    if !quiet {
      let facts = report.factsByKind.values.reduce(0, +)
      let entities = report.entitiesByType.values.reduce(0, +)
      print(
        "\(report.succeeded) of \(report.documents) documents → \(out)/ (\(facts) facts, \(entities) entities, "
          + String(format: "%.2f s)", report.wallSeconds))
    }
    if report.documents == 0 {
      FileHandle.standardError.write(Data("error: no documents found in \(paths.joined(separator: ", "))\n".utf8))
      throw ExitCode(1)
    }
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}
