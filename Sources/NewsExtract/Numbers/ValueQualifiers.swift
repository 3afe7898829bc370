/// Hedges the text puts before a value ("about", "more than", "up to"), kept beside the value
/// as `Fact.qualifier`, outside the span (data).
enum ValueQualifiers {
  /// Qualifier phrases, lower case, longest first.
  static let phrases: [String] = [
    "in excess of", "as much as", "as many as", "as little as", "as few as", "as high as", "as low as",
    "more than", "less than", "fewer than", "greater than", "up to", "at least", "at most", "close to",
    "upwards of", "just over", "just under", "well over", "well under", "an estimated", "nearly", "almost",
    "about", "around", "approximately", "approx", "roughly", "some", "over", "under", "above", "below",
    "circa", "estimated", "exactly", "only", "maximum", "minimum",
  ].sorted { $0.split(separator: " ").count > $1.split(separator: " ").count }

  /// The phrases as packed words, in the order of `phrases`.
  static let packed: [[UInt64]] = phrases.map { $0.split(separator: " ").map { PackedWord.key(String($0)) ?? 0 } }

  /// The qualifier ending right before byte `i`, with the byte where it starts.
  static func qualifier(before i: Int, in b: [UInt8]) -> (phrase: String, start: Int)? {
    var ranges: [Range<Int>] = []
    var keys: [UInt64] = []
    var k = i
    while ranges.count < 3, let r = NearbyWords.range(before: k, in: b) {
      ranges.append(r)
      keys.append(PackedWord.key(b, r) ?? 1)
      k = r.lowerBound
    }
    guard !keys.isEmpty else { return nil }
    for (index, parts) in packed.enumerated() where parts.count <= keys.count {
      var match = true
      for (offset, part) in parts.enumerated() where keys[parts.count - 1 - offset] != part {
        match = false
        break
      }
      if match { return (phrases[index], ranges[parts.count - 1].lowerBound) }
    }
    return nil
  }
}
