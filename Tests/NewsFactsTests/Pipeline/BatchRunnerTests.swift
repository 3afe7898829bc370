import Foundation
import Testing
@testable import NewsCore
@testable import NewsPipeline

@Suite struct BatchRunnerTests {
  func makeInputs() throws -> URL {
    let dir = try Paths.temporaryFolder()
    let input = dir.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("Prices rose 4.5 percent last year, to $3.3 billion.".utf8).write(to: input.appendingPathComponent("a.txt"))
    try Data("<html><body><p>Exports reached €2 billion in May 2025.</p></body></html>".utf8)
      .write(to: input.appendingPathComponent("sub/b.html"))
    try Data().write(to: input.appendingPathComponent("empty.html"))
    try Data("ignored".utf8).write(to: input.appendingPathComponent("notes.pdf"))
    return dir
  }

  func run(_ dir: URL, threads: Int, out: String = "out") throws -> RunReport {
    let runner = BatchRunner(
      paths: [dir.appendingPathComponent("in").path, dir.appendingPathComponent("missing").path],
      outputDirectory: dir.appendingPathComponent(out).path, threads: threads, pipeline: Pipeline())
    return try runner.run()
  }

  @Test func writesEveryOutputAndRecordsFailuresWithoutStopping() throws {
    let dir = try makeInputs()
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = try run(dir, threads: 2)
    #expect(report.documents == 4)  // a.txt, sub/b.html, empty.html and the missing path
    #expect(report.succeeded == 2)
    #expect(Set(report.failures.map { ($0.origin as NSString).lastPathComponent }) == ["empty.html", "missing"])
    #expect(report.failures.allSatisfy { !$0.message.isEmpty })
    let out = dir.appendingPathComponent("out")
    let docs = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("documents").path)
    #expect(docs.count == 2)
    let graph = try JSON(parsing: [UInt8](Data(contentsOf: out.appendingPathComponent("graph.json"))))
    guard case .array(let facts)? = graph["facts"] else { Issue.record("graph has no facts"); return }
    #expect(facts.contains { $0["kind"] == "money" && $0["document"] != nil })
    let reportJSON = try JSON(parsing: [UInt8](Data(contentsOf: out.appendingPathComponent("report.json"))))
    #expect(reportJSON["failed"] == 2)
  }

  @Test func outputIsByteIdenticalAcrossRunsAndThreadCounts() throws {
    let dir = try makeInputs()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try run(dir, threads: 1, out: "one")
    _ = try run(dir, threads: 4, out: "four")
    _ = try run(dir, threads: 4, out: "four")  // a second run over the first
    for name in ["graph.json", "report.json"] {
      let a = try Data(contentsOf: dir.appendingPathComponent("one/\(name)"))
      let b = try Data(contentsOf: dir.appendingPathComponent("four/\(name)"))
      if name == "report.json" {
        // Only the output folder's name differs between the two report files.
        #expect(String(decoding: a, as: UTF8.self).replacingOccurrences(of: "/one/", with: "/four/") == String(decoding: b, as: UTF8.self))
      } else {
        #expect(a == b, "\(name) differs between 1 and 4 threads")
      }
    }
    let docs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("one/documents").path).sorted()
    for doc in docs {
      let a = try Data(contentsOf: dir.appendingPathComponent("one/documents/\(doc)"))
      let b = try Data(contentsOf: dir.appendingPathComponent("four/documents/\(doc)"))
      #expect(a == b, "\(doc) differs between runs")
    }
  }

  @Test func staleDocumentFilesFromAnEarlierRunAreRemoved() throws {
    let dir = try makeInputs()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try run(dir, threads: 2)
    try FileManager.default.removeItem(at: dir.appendingPathComponent("in/a.txt"))
    _ = try run(dir, threads: 2)
    let docs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out/documents").path)
    #expect(docs.count == 1)
    #expect(!docs.contains { $0.hasPrefix("a.txt") })
  }

  @Test func oversizedDocumentsFailWithTheLimitInTheMessage() throws {
    let dir = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let big = dir.appendingPathComponent("big.txt")
    try Data(repeating: UInt8(ascii: "a"), count: 5000).write(to: big)
    var options = Pipeline().cleanerOptions
    options.maxBytes = 1000
    let report = try BatchRunner(
      paths: [big.path], outputDirectory: dir.appendingPathComponent("out").path, threads: 1,
      pipeline: Pipeline(cleanerOptions: options)
    ).run()
    #expect(report.failures.count == 1)
    #expect(report.failures.first?.message.contains("--max-bytes") == true)
  }
}
