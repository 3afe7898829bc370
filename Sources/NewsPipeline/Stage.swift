/// The stages a document goes through, in order.
public enum Stage: String, Sendable, CaseIterable {
  case ingest, clean, extract, normalize, write
}

/// A document that failed, with the stage and a reason a user can act on.
public struct DocumentFailure: Error, Sendable, CustomStringConvertible {
  public var origin: String
  public var stage: Stage
  public var message: String

  public init(origin: String, stage: Stage, message: String) {
    self.origin = origin
    self.stage = stage
    self.message = message
  }

  public var description: String { "\(origin): \(stage.rawValue): \(message)" }
}
