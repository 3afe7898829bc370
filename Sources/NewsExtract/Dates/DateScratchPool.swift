import Synchronization

/// Scratch spaces kept between extractions: taking one costs a lock, not the allocation of
/// match data and a JIT stack, and its start tree keeps what earlier texts taught it.
final class DateScratchPool: Sendable {
  private let free = Mutex<[DateScratch]>([])
  /// The most kept at once (one per thread extracting at the same time is enough).
  static let limit = 16

  /// A scratch space no one else uses until it is given back.
  func take() -> DateScratch {
    let scratch = free.withLock { $0.popLast() } ?? DateScratch()
    if scratch.starts.isFull { scratch.starts.removeAll() }
    return scratch
  }

  func give(_ scratch: DateScratch) {
    free.withLock { if $0.count < DateScratchPool.limit { $0.append(scratch) } }
  }
}
