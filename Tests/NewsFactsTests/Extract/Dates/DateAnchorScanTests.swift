import Testing

@testable import NewsExtract

/// The anchor scan's word starts and its shape filter against byte-by-byte readings of the same
/// rules, on seeded random texts mixing letters, digits, gaps, "'" and non-ASCII bytes.
@Suite struct DateAnchorScanTests {
  static func texts() -> [[UInt8]] {
    var random = Generator(seed: 4242)
    let alphabet = Array("aAzZmMqQ09 ,.-/'\n\t=$".utf8) + [0x80, 0xC3, 0xA9, 0xE2]
    let words = ["may", "May", "the", "2024", "'90s", "Oct2", "thursday", "septembers", "w1", "q3", "day's", "x'", "tomorrow's"]
    var texts: [[UInt8]] = [[], [0x27], Array("'abc".utf8), Array("abc'".utf8), Array("may".utf8)]
    for _ in 0..<3_000 {
      var text: [UInt8] = []
      for _ in 0..<random.next(24) {
        if random.next(3) == 0 {
          text += Array(words[random.next(words.count)].utf8)
        } else {
          text.append(alphabet[random.next(alphabet.count)])
        }
      }
      texts.append(text)
    }
    return texts
  }

  /// The rule the scan follows, one byte at a time: a word starts at a word byte other than
  /// "'" with no word byte before it.
  static func referenceStart(_ text: [UInt8], from: Int) -> Int {
    let cls = DateAnchors.byteClass
    var i = from
    while i < text.count {
      let b = text[i]
      if cls[Int(b)] & 2 != 0, b != UInt8(ascii: "'"), i == 0 || cls[Int(text[i - 1])] & 2 == 0 { return i }
      i += 1
    }
    return text.count
  }

  @Test func wordStartsMatchTheByteByByteRule() {
    for text in Self.texts() {
      text.withUnsafeBufferPointer { buffer in
        for from in 0...text.count {
          let expected = Self.referenceStart(text, from: from)
          #expect(DateWordStart.next(DateAnchors.byteClass, buffer, from: from) == expected)
          if from == 0 || DateAnchors.byteClass[Int(text[from - 1])] & 2 == 0 {
            #expect(DateWordStart.next(DateAnchors.byteClass, buffer, afterGap: from) == expected)
          }
        }
      }
    }
  }

  /// The next anchor as the scan read it before: every word start in turn, each word checked
  /// with `isAnchor` (the key and string look-ups, no shape filter).
  static func referenceAnchor(_ text: [UInt8], from: Int) -> (Int, Int)? {
    let t = DateAnchors.tables
    let cls = t.byteClass
    return text.withUnsafeBufferPointer { buffer in
      var i = from
      let atFrom = i < text.count && i > 0 && cls[Int(text[i])] & 2 != 0 && text[i] != UInt8(ascii: "'") && cls[Int(text[i - 1])] & 3 == 2
      if !atFrom { i = referenceStart(text, from: from) }
      while i < text.count {
        var end = i
        while end < text.count, cls[Int(text[end])] & 2 != 0 { end += 1 }
        if DateAnchors.isAnchor(t, buffer, i, end) { return (i, end) }
        i = referenceStart(text, from: end)
      }
      return nil
    }
  }

  @Test func nextAnchorMatchesAWordByWordReading() {
    let t = DateAnchors.tables
    for text in Self.texts() {
      text.withUnsafeBufferPointer { buffer in
        for from in 0...text.count {
          let found = DateAnchors.nextAnchor(t, buffer, from: from)
          let expected = Self.referenceAnchor(text, from: from)
          #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(String(decoding: text, as: UTF8.self)) from \(from)")
        }
      }
    }
  }

  @Test func letterShapeIsTheShapeOfTheSameWord() {
    var random = Generator(seed: 7)
    for _ in 0..<5_000 {
      let count = 1 + random.next(8)
      let word = (0..<count).map { _ in UInt8(0x61 + random.next(26)) }
      var folded: UInt64 = 0
      for (k, b) in word.enumerated() { folded |= UInt64(b) << UInt64(8 * k) }
      // Bytes past the word are whatever follows it in the text.
      if count < 8 { folded |= UInt64(0x2C) << UInt64(8 * count) }
      #expect(DateWordShapes.shape(letters: folded, count: count) == DateWordShapes.shape(word[0], count >= 2 ? word[1] : 0, count))
    }
  }
}
