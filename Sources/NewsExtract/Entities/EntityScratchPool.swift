import Synchronization

/// Entity scratch buffers kept between passes, one per thread extracting at the same time.
final class EntityScratchPool: Sendable {
  private let free = Mutex<[EntityScratch]>([])
  /// The most kept at once.
  static let limit = 16
  /// Larger buffers (texts of more than about 16 MB) are let go after use.
  static let largestKept = 1 << 28

  static let shared = EntityScratchPool()

  /// A scratch no one else uses until it is given back.
  func take() -> EntityScratch {
    free.withLock { $0.popLast() } ?? EntityScratch()
  }

  func give(_ scratch: EntityScratch) {
    guard scratch.bytesHeld <= EntityScratchPool.largestKept else { return }
    free.withLock { if $0.count < EntityScratchPool.limit { $0.append(scratch) } }
  }
}
