import NewsCore

/// Builds the facts of one extractor run, in text order: byte offsets become code points by
/// counting forward from the previous fact (eight bytes at a time) when it is near, or from the
/// buffer's checkpoints when it is far, so neither dense nor sparse facts cost a sweep each.
struct FactBuilder {
  let text: TextBuffer
  private var byte = 0
  private var codePoint = 0

  init(_ text: TextBuffer) { self.text = text }

  /// The code point at byte `offset`; offsets should come in increasing order.
  mutating func codePoint(atByte offset: Int) -> Int {
    if text.isASCII { return offset }
    guard offset >= byte else { return text.codePoint(atByte: offset) }
    if offset - byte > 1024 {
      // Far from the last fact: the buffer's own checkpoints are nearer than a sweep.
      let count = text.codePoint(atByte: offset)
      byte = offset
      codePoint = count
      return count
    }
    var count = codePoint
    var i = byte
    text.bytes.withUnsafeBufferPointer { p in
      let raw = UnsafeRawPointer(p.baseAddress!)
      while i + 8 <= offset {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
        let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
        count += 8 - continuation.nonzeroBitCount
        i += 8
      }
      while i < offset {
        if p[i] & 0xC0 != 0x80 { count += 1 }
        i += 1
      }
    }
    byte = offset
    codePoint = count
    return count
  }

  /// A fact for the byte range `range`, with its code-point span and original text.
  mutating func fact(
    _ kind: FactKind, at range: Range<Int>, value: JSON, rule: String, qualifier: String? = nil,
    attributes: [String: JSON] = [:]
  ) -> Fact {
    let start = codePoint(atByte: range.lowerBound)
    let end = codePoint(atByte: range.upperBound)
    return Fact(
      kind: kind, span: Span(start: start, end: end), text: text.text(of: range), value: value, rule: rule,
      qualifier: qualifier, attributes: attributes)
  }
}
