import NewsCore
import Testing
@testable import NewsExtract

/// The rule index and the start tree narrow the rules tried at a start, so they must never
/// leave out a rule that matches there, and the permissive probes may only drop assertions
/// that look backwards.
@Suite struct DateRuleIndexTests {
  /// Phrases of many forms, with numbers and words around them that are no dates.
  static let texts: [String] = [
    "From 4 to 22 May 2019 the fair ran; between 2007 and 2009 it paused.",
    "On Monday, Dec. 16, 1991, and again on the 3rd of March 2026 the vote came.",
    "Sales rose 30 percent to $5 million in Q1 2025, up from 2,400 units two years ago.",
    "the 1990s, the twenties, mid-2024, early 2025, FY2023 and cy18 were named.",
    "In three weeks, within 10 days, the next 3 months and last year: all relative.",
    "Christmas Eve, Easter 2019, Labor Day and New Year's Day were holidays.",
    "Dated 2025-07-28, 28.07.2025, 21/04/2016, 20240701 and 4/22 in the table.",
    "'90s fashion, =2019 in a cell, Oct2 and w3 in notes; the 27th of next month.",
    "Mother's Day fell on the second Sunday; nineteen eighty six was a year too.",
    "Tuesday 21, Friday the 13th, Sunday, 5 May and Monday twenty-first: not Monday 9:30 or Friday 3 days.",
    "3 days after Christmas, the day before yesterday, the week of March 3, w/c 5 May, Monday, in two weeks.",
    "Two weeks, starting Monday; for 3 days from May 5; from the 4th till the 9th; between Monday and Friday.",
  ]

  /// Every word start and symbol of `text`, as byte offsets of its matching view.
  static func starts(in bytes: [UInt8]) -> [Int] {
    bytes.indices.filter { i in
      let b = bytes[i]
      let isWordByte = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
      let afterWordByte = i > 0 && ((bytes[i - 1] | 0x20) &- 0x61 < 26 || bytes[i - 1] &- 0x30 < 10)
      return b != 0x20 && (!isWordByte || !afterWordByte)
    }
  }

  /// The texts as written, and in capitals (the tree reads ASCII letters folded).
  static let cased: [String] = texts + texts.map { $0.uppercased() }

  @Test(arguments: cased)
  func listsEveryRuleThatMatchesAtAStart(_ text: String) {
    let grammar = DateGrammar.shared
    let buffer = TextBuffer(text)
    let scratch = DateScratch()
    // A tree of its own: every node is made from this text.
    let tree = DateStartTree()
    buffer.bytes.withUnsafeBufferPointer { bytes in
      for start in DateRuleIndexTests.starts(in: buffer.bytes) {
        let (node, triggers) = tree.walk(bytes, at: start, index: grammar.index, scratch: scratch)
        let patterns = tree.patterns(node, bytes, at: start, index: grammar.index, scratch: scratch)
        for rule in grammar.rules.indices {
          if grammar.patterns[rule].match(bytes, from: start, scratch: scratch) != nil {
            #expect(patterns.contains(Int32(rule)), "\(grammar.rules[rule].id) at \(start) of \(text)")
          }
          if grammar.isAnywhere[rule], grammar.triggers[rule].matches(bytes, at: start, scratch: scratch) {
            #expect(triggers.contains(Int32(rule)), "trigger of \(grammar.rules[rule].id) at \(start) of \(text)")
          }
        }
      }
    }
  }

  @Test func narrowsTheRulesAtCommonStarts() {
    let grammar = DateGrammar.shared
    let scratch = DateScratch()
    let tree = DateStartTree()
    func triggers(_ text: String, at start: Int) -> Int {
      Array(text.utf8).withUnsafeBufferPointer { tree.walk($0, at: start, index: grammar.index, scratch: scratch).triggers.count }
    }
    #expect(triggers("of 5 percent", at: 0) < grammar.rules.count / 4)
    #expect(triggers("of 5 percent", at: 3) < grammar.rules.count / 4)
    // The word after a lead word narrows the rules further, whatever its case.
    #expect(triggers("The Company", at: 0) < triggers("The", at: 0))
    #expect(triggers("the company", at: 0) == triggers("THE COMPANY", at: 0))
  }

  static let permissive: [(String, String?)] = [
    (#"(?<![0-9])(?<y>[0-9]{4})(?![0-9])"#, #"(?<y>[0-9]{4})(?![0-9])"#),
    (#"(?<=\bin\h)one"#, "one"),
    (#"\bmay[\b]"#, #"may[\b]"#),
    (#"^(?:the\h+)?day"#, #"(?:the\h+)?day"#),
    (#"a(?<=a)?b"#, nil),
    (#"[[:alpha:]]+"#, nil),
  ]

  @Test(arguments: permissive)
  func dropsOnlyTheAssertionsBeforeAStart(_ example: (String, String?)) {
    #expect(DateProbe.permissive(example.0) == example.1)
  }

  @Test func findsPOSIXClassesInsideClassesOnly() {
    let cases: [(String, Bool)] = [
      ("[[:digit:]]", true), ("a[b[:alpha:]c]", true), ("x[^[.a.]]", true), ("[[=e=]]", true),
      ("[:.][0-9]", false), (#"(?![0-9]|\h*(?:[:.][0-9]|am))"#, false), (#"\[:x:]"#, false), (#"[\[:]"#, false), ("[]:]", false),
    ]
    for (source, expected) in cases {
      #expect(DateProbe.hasPOSIXClass(Array(source.utf8)) == expected, "\(source)")
    }
  }

  /// A rule gets a probe unless its permissive pattern is too long even when cut to its
  /// leading items ("[:.]" in a look-ahead, as in "Monday 21", is a plain class).
  @Test func rulesOfModestSizeHaveProbes() {
    for rule in DateRules.all {
      guard let permissive = DateProbe.permissive(rule.pattern) else {
        Issue.record("\(rule.id): no permissive pattern")
        continue
      }
      let fits = permissive.utf8.count <= DateProbe.sizeLimit || DateProbe.leading(Array(permissive.utf8), limit: DateProbe.sizeLimit) != nil
      #expect((DateProbe(rule.pattern) != nil) == fits, "\(rule.id)")
    }
    #expect(DateProbe(DateRules.all.first { $0.id == "date.weekday-day" }!.pattern) != nil)
  }

  /// Long patterns are cut between whole items, each alternative within its share of the limit.
  @Test func cutsLongPatternsBetweenWholeItems() {
    func cut(_ s: String, _ limit: Int) -> String? { DateProbe.leading(Array(s.utf8), limit: limit).map { String(decoding: $0, as: UTF8.self) } }
    #expect(cut("abc", 2) == "ab")
    #expect(cut("a{2,3}bc", 6) == "a{2,3}")
    #expect(cut("a{2,3}bc", 5) == nil)
    #expect(cut(#"\h+x\d"#, 4) == #"\h+x"#)
    #expect(cut("[a-z]*?q(?:x|y)+z", 11) == "[a-z]*?q")
    #expect(cut("(?:x|y)+z|qrs", 17) == "(?:x|y)+|qrs")
    #expect(cut("abc|(?:long)c", 17) == "abc|(?:long)")
    #expect(cut("ab|(?:long)c", 8) == nil)
    #expect(cut("(?:long)c", 4) == nil)
    #expect(cut("é{2}x", 5) == "é{2}")
    #expect(cut("a{b}c", 4) == "a{b}")
  }
}
