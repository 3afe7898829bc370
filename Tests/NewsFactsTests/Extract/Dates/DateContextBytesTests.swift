import Testing

@testable import NewsExtract

/// The in-place readings of the words around a match against the string readings they stand
/// for, on seeded random texts with mixed case, gaps, line breaks and non-ASCII letters.
@Suite struct DateContextBytesTests {
  static func texts() -> [[UInt8]] {
    var random = Generator(seed: 515)
    let pieces = ["on", "On", "ON", "for", "by", "until", "till", "the", "The", "THE", "them", "th", "t", " ", "\t", "\n", ",", "5",
                  "é", "\u{212A}", "e\u{301}", "ñ", "onx", "x"]
    var texts: [[UInt8]] = [[], Array("on".utf8), Array("the".utf8)]
    for _ in 0..<2_000 {
      texts.append(Array((0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined().utf8))
    }
    return texts
  }

  @Test func isWordBeforeIsTheStringComparison() {
    let words: [StaticString] = ["on", "for", "by", "until", "till", "the", "", ","]
    for text in Self.texts() {
      for position in 0...text.count {
        let before = DateContext.word(before: position, in: text)
        for word in words {
          #expect(DateContext.isWord(before: position, in: text, word) == (before == word.description))
        }
      }
    }
  }

  @Test func startsWithTheIsTheStringPrefix() {
    for text in Self.texts() {
      for lo in 0...text.count {
        for hi in lo...min(text.count, lo + 6) {
          let range = lo..<hi
          #expect(DateContext.startsWithThe(text, range) == DateContext.lowercased(text, range).hasPrefix("the"))
        }
      }
    }
  }

  @Test func unitWordsReadAsBefore() {
    let expected: [String: DateUnit?] = [
      "day": .day, "days": .day, "Days": .day, "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend,
      "fortnight": .fortnight, "month": .month, "MONTHS": .month, "quarter": .quarter, "half": .half, "year": .year,
      "years": .year, "decade": .decade, "century": .century, "centuries": .century, "business days": .businessDay,
      "working day": .businessDay, "calendar days": .day, "": nil, "s": nil, "dayss": nil, "hours": nil, "businessday": nil,
    ]
    for (word, unit) in expected { #expect(DateUnit(word: word) == unit, "\(word)") }
  }
}
