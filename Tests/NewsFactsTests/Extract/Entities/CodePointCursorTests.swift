import NewsCore
import Testing

@testable import NewsExtract

/// The cursor's code-point offsets (eight and thirty-two bytes at a time) against the text's
/// own count from the start, for targets in text order, out of order and far back.
@Suite struct CodePointCursorTests {
  static func text(seed: UInt64, length: Int) -> TextBuffer {
    var random = Generator(seed: seed)
    let pieces = ["a", "Z", " ", "é", "ß", "€", "日本", "🙂", "\n", "ñ", "x"]
    return TextBuffer((0..<length).map { _ in pieces[random.next(pieces.count)] }.joined())
  }

  /// Byte offsets at which code points start (the offsets a fact's span can have).
  static func boundaries(_ text: TextBuffer) -> [Int] {
    text.bytes.indices.filter { text.bytes[$0] & 0xC0 != 0x80 } + [text.bytes.count]
  }

  @Test func offsetsInTextOrderMatchTheCountFromTheStart() {
    for seed: UInt64 in 1...6 {
      let text = Self.text(seed: seed, length: 400)
      var cursor = CodePointCursor(text: text)
      var random = Generator(seed: seed &+ 100)
      for target in Self.boundaries(text) where random.next(40) == 0 {
        #expect(cursor.offset(ofByte: target) == text.codePoint(atByte: target))
      }
    }
  }

  @Test func offsetsOutOfOrderMatchTheCountFromTheStart() {
    let text = Self.text(seed: 9, length: 600)
    let targets = Self.boundaries(text)
    var cursor = CodePointCursor(text: text)
    var random = Generator(seed: 31)
    for _ in 0..<500 {
      let target = targets[random.next(targets.count)]
      #expect(cursor.offset(ofByte: target) == text.codePoint(atByte: target))
    }
  }
}
