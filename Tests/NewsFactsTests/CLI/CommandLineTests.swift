import Foundation
import Testing

/// Where the built `newsfacts` executable is, if it is built.
enum NewsFactsBinary {
  static let url: URL? = {
    let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [dir, dir.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("newsfacts")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    let debug = Paths.root.appendingPathComponent(".build/debug/newsfacts")
    return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
  }()
}

/// The `newsfacts` executable as a user runs it: exit statuses, errors, outputs.
@Suite(.enabled(if: NewsFactsBinary.url != nil, "the newsfacts executable is not built beside the tests"))
struct CommandLineTests {

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(_ arguments: [String], stdin: String = "", in directory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = NewsFactsBinary.url
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try run(["run", "--threads", "0"]).status == 2)
    #expect(try run(["extract", "--published", "yesterday", "-"]).status == 2)
    #expect(try run(["extract", "--format", "pdf", "-"]).stderr.contains("--format must be html or text"))
  }

  @Test func runExitsWithOneWhenADocumentFailsAndStillWritesTheRest() throws {
    let dir = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Sales rose 3% to $2 billion.".utf8).write(to: dir.appendingPathComponent("good.txt"))
    let result = try run(["run", "good.txt", "missing.txt", "--out", "out", "--quiet"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.contains("missing.txt: ingest: no such file or folder"))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/graph.json").path))
    let ok = try run(["run", "good.txt", "--out", "out", "--quiet"], in: dir)
    #expect(ok.status == 0)
    #expect(ok.stdout.isEmpty)
  }

  @Test func extractReadsStandardInputAndTakesTheReferenceDate() throws {
    let result = try run(["extract", "--published", "2025-07-28"], stdin: "Exports grew 4.5 percent to $1.9 billion.")
    #expect(result.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(json?["published"] as? String == "2025-07-28")
    #expect((json?["facts"] as? [[String: Any]])?.contains { $0["kind"] as? String == "money" } == true)
  }

  @Test func ndjsonModeStreamsTheContract() throws {
    let input = #"{"id":"a","text":"Up 3%."}"# + "\n" + "oops\n" + #"{"id":"c","html":"<p>$5 million</p>"}"# + "\n"
    let result = try run(["extract", "--ndjson"], stdin: input)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains(#""error""#))
    #expect(lines[2].contains(#""id":"c""#))
  }
}
