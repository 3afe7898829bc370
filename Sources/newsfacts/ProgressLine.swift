import Foundation

/// A progress line on standard error while a long run goes on (only on a terminal).
enum ProgressLine {
  static let isTerminal = isatty(2) != 0

  static func make() -> (@Sendable (Int, Int) -> Void)? {
    guard isTerminal else { return nil }
    let last = LastPrinted()
    return { done, total in
      guard last.shouldPrint(done: done, total: total) else { return }
      FileHandle.standardError.write(Data("\r\(done)/\(total) documents".utf8))
    }
  }

  static func finish(quiet: Bool) {
    if isTerminal && !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}

/// Rate-limits progress output to about ten lines a second.
final class LastPrinted: @unchecked Sendable {
  private let lock = NSLock()
  private var last = Date.distantPast
  func shouldPrint(done: Int, total: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard done == total || now.timeIntervalSince(last) > 0.1 else { return false }
    last = now
    return true
  }
}
