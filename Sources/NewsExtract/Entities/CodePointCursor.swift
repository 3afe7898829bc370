import NewsCore

/// Converts byte offsets of `TextBuffer.bytes` to code-point offsets for offsets that mostly
/// come in text order: it walks forward from the last answer instead of from a checkpoint.
struct CodePointCursor {
  let text: TextBuffer
  private var byte = 0
  private var count = 0

  init(text: TextBuffer) { self.text = text }

  mutating func offset(ofByte target: Int) -> Int {
    if text.isASCII { return target }
    if target < byte { return text.codePoint(atByte: target) }
    text.bytes.withUnsafeBufferPointer { b in
      while byte < target {
        if b[byte] & 0xC0 != 0x80 { count += 1 }
        byte += 1
      }
    }
    return count
  }
}
