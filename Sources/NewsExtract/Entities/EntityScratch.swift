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
      tokenStorage = Self.allocate(NameToken.self, count)
    }
    return tokenStorage
  }

  /// Room for at least `count` short-list bit sets; earlier contents are not kept.
  func bits(room count: Int) -> UnsafeMutableBufferPointer<UInt32> {
    if bitStorage.count < count {
      bitStorage.deallocate()
      bitStorage = Self.allocate(UInt32.self, count)
    }
    return bitStorage
  }

  /// Room for `count` values; a large buffer is aligned to 2 MB and asked to live on huge
  /// pages, so that the pass's scattered reads of a long text's tokens miss the TLB less.
  private static func allocate<T>(_ type: T.Type, _ count: Int) -> UnsafeMutableBufferPointer<T> {
    let byteCount = count * MemoryLayout<T>.stride
    guard byteCount >= HugePages.worthFrom else { return .allocate(capacity: count) }
    let raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: HugePages.size)
    HugePages.advise(raw, byteCount: byteCount)
    return UnsafeMutableBufferPointer(start: raw.bindMemory(to: T.self, capacity: count), count: count)
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
