import Testing
@testable import NewsCore

@Suite struct TextBufferTests {
  @Test func codePointOffsetsCountScalarsNotBytesOrCharacters() {
    // "Türkiye" has a two-byte ü; the flag emoji is two scalars but one Character.
    let text = TextBuffer("Türkiye 🇹🇷 paid $5")
    let dollar = text.bytes.firstIndex(of: UInt8(ascii: "$"))!
    #expect(text.codePoint(atByte: dollar) == Array("Türkiye 🇹🇷 paid ".unicodeScalars).count)
    #expect(text.span(of: dollar..<text.bytes.count) == Span(start: 16, end: 18))
  }

  @Test func foldsTypographicVariantsForMatchingButKeepsOriginalText() {
    let original = "Kazakhstan\u{2019}s \u{201C}$990\u{00A0}million\u{201D} \u{2013} 3\u{2009}000"
    let text = TextBuffer(original)
    #expect(text.view(of: 0..<text.bytes.count) == "Kazakhstan's \"$990 million\" - 3 000")
    #expect(text.text(of: 0..<text.bytes.count) == original)
    let m = Pattern(literal: #"\$\d+ million"#).firstMatch(in: text)!
    #expect(text.text(of: m.range) == "$990\u{00A0}million")
    #expect(text.span(of: m.range) == Span(start: 14, end: 26))
    #expect(Array(original.unicodeScalars)[14..<26].map(String.init).joined() == "$990\u{00A0}million")
  }

  @Test func offsetsStayRightAcrossCheckpointsInLongText() {
    let unit = "Erdoğan — ₸5 "
    let long = String(repeating: unit, count: 1000)
    let text = TextBuffer(long)
    let pattern = Pattern(literal: "₸5")
    let spans = pattern.matches(in: text).map { text.span(of: $0.range) }
    #expect(spans.count == 1000)
    let scalars = unit.unicodeScalars.count
    for (i, span) in spans.enumerated() {
      #expect(span.start == i * scalars + 10)
    }
  }

  @Test func byteOffsetOfCodePointInvertsTheMapping() {
    let text = TextBuffer("Türkiye’s ₸ and €")
    for cp in [0, 2, 8, 10, 12] {
      #expect(text.codePoint(atByte: text.byteOffset(ofCodePoint: cp)) == cp)
    }
  }
}
