/// Reads figures: `1234`, `1,234.5` (comma groups), `1.234,5` and `1 234,5` (dot or space
/// groups with a decimal comma). The reading is decided from the figure itself: a separator
/// followed by exactly three digits groups thousands unless a different separator follows it
/// as the decimal mark; "1.234" alone is an English decimal, "1,234" alone a grouped integer.
enum FigureParser {
  struct Figure {
    var value: DecimalNumber
    var end: Int
    var isGrouped: Bool
    var hasFraction: Bool
  }

  static func digitRun(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
    var j = i
    while j < end && b[j].isDigit { j += 1 }
    return j
  }

  /// The figure starting at `start` (a digit), read no further than `end`.
  static func parse(_ b: [UInt8], at start: Int, end: Int) -> Figure? {
    let firstEnd = digitRun(b, start, end)
    guard firstEnd > start else { return nil }
    var groupSeparator: UInt8? = nil
    var integerEnd = firstEnd
    var fraction: Range<Int>? = nil
    var i = firstEnd
    // Tokenised text writes "4 . 8": a lone dot between spaces and digits is a decimal point.
    if firstEnd + 3 < end, b[firstEnd] == UInt8(ascii: " "), b[firstEnd + 1] == UInt8(ascii: "."),
      b[firstEnd + 2] == UInt8(ascii: " "), b[firstEnd + 3].isDigit, start == 0 || b[start - 1] == UInt8(ascii: " ")
    {
      let runEnd = digitRun(b, firstEnd + 3, end)
      if runEnd == end || !(b[runEnd].isDigit || b[runEnd] == UInt8(ascii: ".") || b[runEnd] == UInt8(ascii: ",")) {
        fraction = (firstEnd + 3)..<runEnd
        i = end
      }
    }
    while fraction == nil, i + 1 < end {
      let sep = b[i]
      guard sep == UInt8(ascii: ",") || sep == UInt8(ascii: ".") || sep == UInt8(ascii: " "),
        b[i + 1].isDigit
      else { break }
      let runEnd = digitRun(b, i + 1, end)
      let run = runEnd - (i + 1)
      let groupable = run == 3 && firstEnd - start <= 3
      if sep == UInt8(ascii: " ") {
        // Space groups only between three-digit runs, never before another number ("701 123 4567").
        guard groupable, groupSeparator == nil || groupSeparator == sep else { break }
        if runEnd + 1 < end, b[runEnd] == UInt8(ascii: " "), b[runEnd + 1].isDigit,
          digitRun(b, runEnd + 1, end) - runEnd - 1 != 3
        {
          break
        }
        groupSeparator = sep
        integerEnd = runEnd
        i = runEnd
        continue
      }
      if let g = groupSeparator {
        if sep == g && groupable {
          integerEnd = runEnd
          i = runEnd
          continue
        }
        if sep != g { fraction = (i + 1)..<runEnd }
        break
      }
      // First separator: a group if three digits follow and the number goes on as groups or a
      // comma; a dot followed by three digits alone is a decimal point (English default).
      if groupable && (sep == UInt8(ascii: ",") || continuesGrouping(b, runEnd, end, sep)) {
        groupSeparator = sep
        integerEnd = runEnd
        i = runEnd
        continue
      }
      fraction = (i + 1)..<runEnd
      break
    }
    var significand = 0
    var digits = 0
    for j in start..<integerEnd where b[j].isDigit {
      significand = significand &* 10 &+ Int(b[j] &- 0x30)
      digits += 1
    }
    var exponent = 0
    if let fraction {
      for j in fraction where digits < 18 {
        significand = significand &* 10 &+ Int(b[j] &- 0x30)
        exponent -= 1
        digits += 1
      }
    }
    guard digits <= 18 else { return nil }
    return Figure(
      value: DecimalNumber(significand, exponent: exponent).trimmed, end: fraction?.upperBound ?? integerEnd,
      isGrouped: groupSeparator != nil, hasFraction: fraction != nil)
  }

  /// Whether a dot-group at `i` is followed by another group of the same separator or by a
  /// decimal comma ("1.234.567", "1.234,5").
  static func continuesGrouping(_ b: [UInt8], _ i: Int, _ end: Int, _ sep: UInt8) -> Bool {
    guard i + 1 < end, b[i + 1].isDigit else { return false }
    if b[i] == sep { return digitRun(b, i + 1, end) - (i + 1) == 3 }
    return b[i] == UInt8(ascii: ",")
  }
}
