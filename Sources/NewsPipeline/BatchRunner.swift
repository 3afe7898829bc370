import Dispatch
import Foundation
import NewsClean
import NewsCore
import NewsIngest

/// `newsfacts run`: files and folders → one JSON file per document, `graph.json`,
/// `report.json` and `timings.json` in the output folder. Documents run in parallel; a
/// failure is recorded with its reason and the batch goes on.
public struct BatchRunner: Sendable {
  public var paths: [String]
  public var outputDirectory: String
  public var threads: Int
  public var pipeline: Pipeline
  /// Called with (done, total) from time to time during the run.
  public var progress: (@Sendable (Int, Int) -> Void)?

  public init(paths: [String], outputDirectory: String, threads: Int, pipeline: Pipeline) {
    self.paths = paths
    self.outputDirectory = outputDirectory
    self.threads = max(1, threads)
    self.pipeline = pipeline
  }

  public func run() throws -> RunReport {
    let started = DispatchTime.now().uptimeNanoseconds
    let items = DocumentSource(paths: paths).items()
    let documentsDirectory = (outputDirectory as NSString).appendingPathComponent("documents")
    try FileManager.default.createDirectory(atPath: documentsDirectory, withIntermediateDirectories: true)

    let results = ResultBox(count: items.count)
    let next = ManagedCounter()
    let workers = min(threads, max(1, items.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = next.takeNext()
        guard index < items.count else { break }
        results.set(index, process(items[index], into: documentsDirectory))
        progress?(results.finished, items.count)
      }
    }

    var report = RunReport()
    var graph = CorpusGraph()
    var written: Set<String> = []
    for outcome in results.all {
      switch outcome {
      case .success(let doc, let file, let timing):
        report.add(doc, file: file, timing: timing)
        graph.add(doc)
        written.insert((file as NSString).lastPathComponent)
      case .failure(let failure, let timing):
        report.add(failure, timing: timing)
      }
    }
    removeStale(in: documentsDirectory, keeping: written)
    let writer = JSONWriter(pretty: true)
    try AtomicFile.write(writer.bytes(of: graph.json()) + [10], to: path("graph.json"))
    report.wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    report.threads = workers
    try AtomicFile.write(writer.bytes(of: report.json()) + [10], to: path("report.json"))
    try AtomicFile.write(writer.bytes(of: report.timingsJSON()) + [10], to: path("timings.json"))
    return report
  }

  func path(_ name: String) -> String { (outputDirectory as NSString).appendingPathComponent(name) }

  enum Outcome: Sendable {
    case success(ExtractedDocument, file: String, Timing)
    case failure(DocumentFailure, Timing)
  }

  func process(_ item: SourceItem, into directory: String) -> Outcome {
    var timing = Timing()
    switch item {
    case .unreadable(let path, let reason):
      return .failure(DocumentFailure(origin: path, stage: .ingest, message: reason), timing)
    case .standardInput, .file:
      let path: String
      if case .file(let p) = item { path = p } else { path = "-" }
      let raw: RawDocument
      do {
        raw = try timing.measure(.ingest) {
          path == "-"
            ? try DocumentSource.readStandardInput(maxBytes: pipeline.cleanerOptions.maxBytes)
            : try DocumentSource.read(path: path, maxBytes: pipeline.cleanerOptions.maxBytes)
        }
      } catch {
        return .failure(DocumentFailure(origin: path, stage: .ingest, message: "\(error)"), timing)
      }
      do {
        let clean = try timing.measure(.clean) { try pipeline.clean(raw) }
        let doc = timing.measure(.extract) { pipeline.extract(from: clean) }
        let file = (directory as NSString).appendingPathComponent(BatchRunner.fileName(for: path))
        let bytes = JSONWriter(pretty: true).bytes(of: DocumentJSON.object(for: doc, id: .string(doc.id))) + [10]
        try timing.measure(.write) { try AtomicFile.write(bytes, to: file) }
        return .success(doc, file: file, timing)
      } catch let failure as DocumentFailure {
        return .failure(failure, timing)
      } catch {
        return .failure(DocumentFailure(origin: path, stage: .write, message: "\(error)"), timing)
      }
    }
  }

  /// `Corpus/astana-trade.html` → `astana-trade.html.<8 hex of the path>.json`.
  static func fileName(for path: String) -> String {
    let base = path == "-" ? "stdin" : (path as NSString).lastPathComponent
    let safe = String(base.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    return "\(safe).\(StableID.hash(path).prefix(8)).json"
  }

  func removeStale(in directory: String, keeping written: Set<String>) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.hasSuffix(".json") && !written.contains(name) {
      try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
    }
  }
}

/// Outcomes by input position, filled from many threads.
final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var outcomes: [BatchRunner.Outcome?]
  private var done = 0
  init(count: Int) { outcomes = Array(repeating: nil, count: count) }
  func set(_ index: Int, _ outcome: BatchRunner.Outcome) {
    lock.lock(); outcomes[index] = outcome; done += 1; lock.unlock()
  }
  var finished: Int { lock.lock(); defer { lock.unlock() }; return done }
  var all: [BatchRunner.Outcome] { lock.lock(); defer { lock.unlock() }; return outcomes.compactMap { $0 } }
}

extension ManagedCounter {
  /// Returns the current value and increments it.
  func takeNext() -> Int { lockedTakeNext() }
}
