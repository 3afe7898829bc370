/// Why a document could not be cleaned, in words a user can act on.
public struct CleanError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
