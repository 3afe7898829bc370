import Testing

@testable import NewsExtract

/// The eight-bytes-at-a-time word helpers against the byte-by-byte reading they stand for, on
/// seeded random chunks mixing letters, digits, punctuation and non-ASCII bytes.
@Suite struct WordBytesTests {
  static func bytes(_ chunk: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: chunk >> UInt64(8 * $0)) } }

  static func chunks() -> [UInt64] {
    var random = Generator(seed: 88)
    let alphabet = Array("aAzZmM@[`{09 -.'".utf8) + [0x80, 0xC3, 0xC1, 0xE1, 0xFF, 0x00]
    return (0..<20_000).map { _ in
      (0..<8).reduce(UInt64(0)) { $0 | UInt64(alphabet[random.next(alphabet.count)]) << UInt64(8 * $1) }
    }
  }

  @Test func foldUpperLowersASCIICapitalsOnly() {
    for chunk in Self.chunks() {
      let expected = Self.bytes(chunk).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      #expect(Self.bytes(WordBytes.foldUpper(chunk)) == expected)
    }
  }

  @Test func lettersCountsTheLeadingASCIILetters() {
    for chunk in Self.chunks() {
      let count = Self.bytes(chunk).prefix { ($0 | 0x20) &- 0x61 < 26 }.count
      #expect(WordBytes.letters(chunk).count == count)
    }
  }

  @Test func lowerRunEndStopsAtTheFirstByteThatIsNoLowerCaseLetter() {
    let text = Array("abcdefghijklmnopqrstuvwXyz ok".utf8)
    text.withUnsafeBufferPointer { buffer in
      #expect(WordBytes.lowerRunEnd(buffer, from: 0, to: buffer.count) == 23)
      #expect(WordBytes.lowerRunEnd(buffer, from: 27, to: buffer.count) == 29)
    }
  }
}
