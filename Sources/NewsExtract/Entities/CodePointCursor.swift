import NewsCore

/// Converts byte offsets of `TextBuffer.bytes` to code-point offsets for offsets that mostly
/// come in text order: it walks forward from the last answer instead of from a checkpoint.
struct CodePointCursor {
  let text: TextBuffer
  private var byte = 0
  private var count = 0

  /// How far back the cursor steps itself; farther targets are counted from a checkpoint.
  static var backwardReach: Int { 256 }

  init(text: TextBuffer) { self.text = text }

  mutating func offset(ofByte target: Int) -> Int {
    if text.isASCII { return target }
    if target < byte - CodePointCursor.backwardReach { return text.codePoint(atByte: target) }
    text.bytes.withUnsafeBufferPointer { b in
      // A little way back (a name's end after the next name's start): step back byte by byte.
      while byte > target {
        byte -= 1
        if b[byte] & 0xC0 != 0x80 { count -= 1 }
      }
      // Thirty-two bytes at a time: four words' continuation bits summed per byte lane (at
      // most 4 each), then all lanes by one multiply.
      while byte + 32 <= target {
        var lanes: UInt64 = 0
        for k in 0..<4 {
          let word = UnsafeRawPointer(b.baseAddress! + byte + 8 * k).loadUnaligned(as: UInt64.self)
          lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        }
        count += 32 - Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
        byte += 32
      }
      // Eight bytes at a time: a continuation byte has its top bits 10.
      while byte + 8 <= target {
        let word = UnsafeRawPointer(b.baseAddress! + byte).loadUnaligned(as: UInt64.self)
        let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
        // One bit per continuation byte, summed by a multiply (no popcount instruction needed).
        count += 8 - Int(truncatingIfNeeded: ((continuation >> 7) &* 0x0101_0101_0101_0101) >> 56)
        byte += 8
      }
      while byte < target {
        if b[byte] & 0xC0 != 0x80 { count += 1 }
        byte += 1
      }
    }
    return count
  }
}
