import Dispatch
import NewsCore

/// Time spent per stage on one document, in nanoseconds.
public struct Timing: Sendable {
  public var nanoseconds: [Stage: UInt64] = [:]

  mutating func measure<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    defer { nanoseconds[stage, default: 0] += DispatchTime.now().uptimeNanoseconds - start }
    return try body()
  }
}

/// What a run did: counts, per-document errors (report.json, deterministic) and timings
/// (timings.json, the one output that differs between runs).
public struct RunReport: Sendable {
  public var documents = 0
  public var failures: [DocumentFailure] = []
  public var factsByKind: [FactKind: Int] = [:]
  public var entitiesByType: [EntityType: Int] = [:]
  public var outputs: [String: String] = [:]
  public var stageNanoseconds: [Stage: UInt64] = [:]
  public var bytesRead = 0
  public var wallSeconds = 0.0
  public var threads = 1

  public var succeeded: Int { documents - failures.count }

  mutating func add(_ doc: ExtractedDocument, file: String, timing: Timing) {
    documents += 1
    for f in doc.facts { factsByKind[f.kind, default: 0] += 1 }
    for e in doc.entities { entitiesByType[e.type, default: 0] += 1 }
    outputs[doc.clean.origin] = file
    bytesRead += doc.clean.text.utf8.count
    addTiming(timing)
  }

  mutating func add(_ failure: DocumentFailure, timing: Timing) {
    documents += 1
    failures.append(failure)
    addTiming(timing)
  }

  mutating func addTiming(_ timing: Timing) {
    for (stage, ns) in timing.nanoseconds { stageNanoseconds[stage, default: 0] += ns }
  }

  public func json() -> JSON {
    [
      "documents": .int(documents), "succeeded": .int(succeeded), "failed": .int(failures.count),
      "facts": .object(Dictionary(uniqueKeysWithValues: FactKind.allCases.map { ($0.rawValue, .int(factsByKind[$0] ?? 0)) })),
      "entities": .object(
        Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0.rawValue, .int(entitiesByType[$0] ?? 0)) })),
      "errors": .array(
        failures.sorted { $0.origin < $1.origin }.map {
          ["source": .string($0.origin), "stage": .string($0.stage.rawValue), "message": .string($0.message)]
        }),
      "outputs": .object(outputs.mapValues { .string($0) }),
    ]
  }

  public func timingsJSON() -> JSON {
    var stages: [String: JSON] = [:]
    for stage in Stage.allCases { stages[stage.rawValue] = .number(Double(stageNanoseconds[stage] ?? 0) / 1e9) }
    return [
      "wall_seconds": .number(wallSeconds), "threads": .int(threads), "stage_cpu_seconds": .object(stages),
      "documents_per_second": .number(wallSeconds > 0 ? Double(documents) / wallSeconds : 0),
      "clean_text_mb_per_second": .number(wallSeconds > 0 ? Double(bytesRead) / 1e6 / wallSeconds : 0),
    ]
  }
}
