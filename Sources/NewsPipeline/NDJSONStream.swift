import Dispatch
import Foundation
import NewsCore

/// `newsfacts extract --ndjson`: one JSON object per input line in, one per line out, same
/// id and order, error lines for bad lines. Lines are processed in parallel, a bounded
/// number at a time, and each answer is written as soon as all before it are written.
public final class NDJSONStream: @unchecked Sendable {
  let pipeline: Pipeline
  let maxInFlight: Int
  let lock = NSLock()
  var pending: [Int: [UInt8]] = [:]
  var nextToWrite = 0
  let output: Int32

  public init(pipeline: Pipeline, output: Int32 = 1, maxInFlight: Int = ProcessInfo.processInfo.activeProcessorCount * 4) {
    self.pipeline = pipeline
    self.output = output
    self.maxInFlight = max(1, maxInFlight)
  }

  /// Reads `input` to its end; returns the number of lines and of error lines.
  @discardableResult
  public func run(input: Int32 = 0) -> (lines: Int, errors: Int) {
    var reader = LineReader(fd: input)
    let pipeline = self.pipeline
    DispatchQueue.global().async { pipeline.warmUp() }
    let slots = DispatchSemaphore(value: maxInFlight)
    let group = DispatchGroup()
    let errors = ManagedCounter()
    var sequence = 0
    while let line = reader.next() {
      let index = sequence
      sequence += 1
      slots.wait()
      group.enter()
      DispatchQueue.global().async {
        let (answer, failed) = self.answer(line, lineNumber: index + 1)
        if failed { errors.increment() }
        self.deliver(answer, at: index)
        slots.signal()
        group.leave()
      }
    }
    group.wait()
    return (sequence, errors.value)
  }

  /// The output line for one input line, and whether it is an error line.
  public func answer(_ line: [UInt8], lineNumber: Int) -> ([UInt8], Bool) {
    let writer = JSONWriter()
    do {
      let parsed = try NDJSONLine.parse(line, lineNumber: lineNumber)
      do {
        let doc = try pipeline.process(parsed.raw)
        var object = DocumentJSON.object(for: doc, id: parsed.id)
        if !parsed.warnings.isEmpty, case .object(var members) = object {
          members["warnings"] = .array(parsed.warnings.map { .string($0) })
          object = .object(members)
        }
        return (writer.bytes(of: object), false)
      } catch {
        return (writer.bytes(of: ["id": parsed.id, "error": .string("\(error.stage.rawValue): \(error.message)")]), true)
      }
    } catch {
      return (writer.bytes(of: ["id": error.id, "error": .string(error.message)]), true)
    }
  }

  func deliver(_ bytes: [UInt8], at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    pending[index] = bytes
    var out: [UInt8] = []
    while let ready = pending.removeValue(forKey: nextToWrite) {
      out += ready
      out.append(UInt8(ascii: "\n"))
      nextToWrite += 1
    }
    if !out.isEmpty { writeAll(out, to: output) }
  }
}

/// A thread-safe counter.
final class ManagedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func increment() { lock.lock(); count += 1; lock.unlock() }
  var value: Int { lock.lock(); defer { lock.unlock() }; return count }
  func lockedTakeNext() -> Int { lock.lock(); defer { count += 1; lock.unlock() }; return count }
}
