/// Where the anchor scan reads its next word: the first byte of a run of word bytes (bit 2 of
/// `DateAnchors.byteClass`: letters, digits, "'") that is not "'" itself. A run that begins
/// with "'" starts no word anywhere ("'90s" is read from its "'" by the phrase starts instead).
enum DateWordStart {
  /// The first word start at or after `from` (`buffer.count` when none): a position inside a
  /// word (a word byte before it) starts none.
  @inline(__always)
  static func next(_ cls: UnsafePointer<UInt8>, _ buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var p = from
    if p > 0 {
      while p < buffer.count, cls[Int(buffer[p - 1])] & 2 != 0, cls[Int(buffer[p])] & 2 != 0 { p += 1 }
    }
    return next(cls, buffer, afterGap: p)
  }

  /// The first word start at or after `from`, where the byte before `from` (if any) is no
  /// word byte: each byte is read once, a gap byte by one table look-up.
  @inline(__always)
  static func next(_ cls: UnsafePointer<UInt8>, _ buffer: UnsafeBufferPointer<UInt8>, afterGap from: Int) -> Int {
    let count = buffer.count
    var p = from
    while p < count {
      let b = buffer[p]
      if cls[Int(b)] & 2 == 0 {
        p += 1
        continue
      }
      if b != UInt8(ascii: "'") { return p }
      // A run from "'": none of its bytes starts a word.
      p += 1
      while p < count, cls[Int(buffer[p])] & 2 != 0 { p += 1 }
    }
    return min(p, count)
  }
}
