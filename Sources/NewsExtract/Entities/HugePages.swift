#if canImport(Glibc)
  import Glibc
#endif

/// Transparent huge pages for large scratch buffers (Linux; elsewhere a no-op).
enum HugePages {
  /// The size of one huge page, and the alignment of buffers that use them.
  static let size = 2 << 20
  /// Buffers from this size on ask for huge pages.
  static let worthFrom = 4 << 20

  /// Asks the kernel to back `byteCount` bytes at `start` (aligned to `size`) with huge pages.
  static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
    #if os(Linux)
      _ = madvise(start, byteCount, MADV_HUGEPAGE)
    #endif
  }
}
