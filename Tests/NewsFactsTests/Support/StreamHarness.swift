import Foundation
import NewsCore
import NewsPipeline

/// Runs the NDJSON stream in-process over pipes, as a downstream tool would.
enum StreamHarness {
  /// The output lines for `input` (raw bytes, lines separated by `\n`).
  static func run(_ input: [UInt8], pipeline: Pipeline = Pipeline(), maxInFlight: Int = 8) -> [String] {
    let inPipe = Pipe()
    let outPipe = Pipe()
    let writer = Thread {
      inPipe.fileHandleForWriting.write(Data(input))
      try? inPipe.fileHandleForWriting.close()
    }
    writer.start()
    let collected = Collected()
    let reader = Thread {
      collected.data = outPipe.fileHandleForReading.readDataToEndOfFile()
      collected.done.signal()
    }
    reader.start()
    NDJSONStream(pipeline: pipeline, output: outPipe.fileHandleForWriting.fileDescriptor, maxInFlight: maxInFlight)
      .run(input: inPipe.fileHandleForReading.fileDescriptor)
    try? outPipe.fileHandleForWriting.close()
    collected.done.wait()
    let text = String(decoding: collected.data, as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  static func lines(_ objects: [JSON]) -> [UInt8] {
    objects.flatMap { JSONWriter().bytes(of: $0) + [10] }
  }

  static func parse(_ line: String) throws -> JSON { try JSON(parsing: Array(line.utf8)) }
}

final class Collected: @unchecked Sendable {
  var data = Data()
  let done = DispatchSemaphore(value: 0)
}
