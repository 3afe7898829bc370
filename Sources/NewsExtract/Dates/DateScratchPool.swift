import Synchronization

/// Scratch spaces kept between extractions: taking one costs a lock, not the allocation of
/// match data and a JIT stack.
final class DateScratchPool: Sendable {
  private let free = Mutex<[DateScratch]>([])
  /// The most kept at once (one per thread extracting at the same time is enough).
  static let limit = 16

  /// A scratch space no one else uses until it is given back.
  func take() -> DateScratch {
    free.withLock { $0.popLast() } ?? DateScratch()
  }

  func give(_ scratch: DateScratch) {
    free.withLock { if $0.count < DateScratchPool.limit { $0.append(scratch) } }
  }
}
