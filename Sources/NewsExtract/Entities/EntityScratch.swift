/// Buffers one entity pass writes its per-token arrays into, kept between passes: a long
/// text's tokens take tens of MB, and fresh pages of that size are mapped, zeroed by the
/// kernel and unmapped again on every call when allocated anew.
/// Used by one pass at a time (see `EntityScratchPool`).
final class EntityScratch: @unchecked Sendable {
  private(set) var tokenStorage = UnsafeMutableBufferPointer<NameToken>(start: nil, count: 0)
  private(set) var bitStorage = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)

  /// Room for at least `count` tokens; earlier contents are not kept.
  func tokens(room count: Int) -> UnsafeMutableBufferPointer<NameToken> {
    if tokenStorage.count < count {
      tokenStorage.deallocate()
      tokenStorage = .allocate(capacity: count)
    }
    return tokenStorage
  }

  /// Room for at least `count` short-list bit sets; earlier contents are not kept.
  func bits(room count: Int) -> UnsafeMutableBufferPointer<UInt32> {
    if bitStorage.count < count {
      bitStorage.deallocate()
      bitStorage = .allocate(capacity: count)
    }
    return bitStorage
  }

  /// Bytes held, for deciding whether to keep the scratch.
  var bytesHeld: Int {
    tokenStorage.count * MemoryLayout<NameToken>.stride + bitStorage.count * MemoryLayout<UInt32>.stride
  }

  deinit {
    tokenStorage.deallocate()
    bitStorage.deallocate()
  }
}
