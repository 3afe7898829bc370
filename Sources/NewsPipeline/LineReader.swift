#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `\n`-terminated lines of bytes from a file descriptor, a chunk at a time, so a
/// stream is answered line by line without waiting for its end.
public struct LineReader {
  let fd: Int32
  var buffer: [UInt8] = []
  var start = 0
  var atEnd = false

  public init(fd: Int32) { self.fd = fd }

  /// The next line without its `\n` (and a `\r` before it), or `nil` at end of input.
  public mutating func next() -> [UInt8]? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[start..<newline])
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        start = newline + 1
        return line
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n <= 0 {
        if n < 0 && errno == EINTR { continue }
        atEnd = true
      } else {
        buffer.append(contentsOf: chunk[0..<n])
      }
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
