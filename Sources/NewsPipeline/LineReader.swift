#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `\n`-terminated lines of bytes from a file descriptor, a chunk at a time, so a
/// stream is answered line by line without waiting for its end. Each byte is searched for a
/// line break once (`memchr`), however long the line and however many reads it takes.
public struct LineReader {
  let fd: Int32
  var buffer: [UInt8] = []
  /// Start of the next line in `buffer`.
  var start = 0
  /// Bytes before this index (from `start`) hold no line break.
  var scanned = 0
  var atEnd = false
  static let chunk = 1 << 16

  public init(fd: Int32) { self.fd = fd }

  /// The next line without its `\n` (and a `\r` before it), or `nil` at end of input.
  public mutating func next() -> [UInt8]? {
    while true {
      if let newline = findNewline() {
        var end = newline
        if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        scanned = start
        return line
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        scanned = start
        return line
      }
      fill()
    }
  }

  /// The index of the next `\n` at or after `scanned`, if the buffer holds one.
  private mutating func findNewline() -> Int? {
    guard scanned < buffer.count else { return nil }
    let found: Int? = buffer.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress, let hit = memchr(base + scanned, 0x0A, b.count - scanned) else { return nil }
      return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
    }
    if found == nil { scanned = buffer.count }
    return found
  }

  /// Moves the unread bytes to the front when that frees much room, then reads one more chunk
  /// straight into the buffer.
  private mutating func fill() {
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      scanned -= start
      start = 0
    }
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: LineReader.chunk))
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, LineReader.chunk) }
      if n < 0 && errno == EINTR { continue }
      buffer.removeLast(LineReader.chunk - max(n, 0))
      if n <= 0 { atEnd = true }
      return
    }
  }
}

/// Writes all of `bytes` to a file descriptor, retrying short writes.
public func writeAll(_ bytes: [UInt8], to fd: Int32) {
  bytes.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
      let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
  }
}
