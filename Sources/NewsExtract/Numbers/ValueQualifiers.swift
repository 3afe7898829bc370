/// Hedges the text puts before a value ("about", "more than", "up to"), kept beside the value
/// as `Fact.qualifier`, outside the span (data).
public enum ValueQualifiers {
  /// Qualifier phrases, lower case, longest first.
  public static let phrases: [String] = [
    "in excess of", "as much as", "as many as", "as little as", "as few as", "as high as", "as low as",
    "more than", "less than", "fewer than", "greater than", "up to", "at least", "at most", "close to",
    "upwards of", "just over", "just under", "well over", "well under", "an estimated", "nearly", "almost",
    "about", "around", "approximately", "approx", "roughly", "some", "over", "under", "above", "below",
    "circa", "estimated", "exactly", "only", "maximum", "minimum",
  ].sorted { $0.split(separator: " ").count > $1.split(separator: " ").count }

  /// The qualifier ending right before byte `i`, with the byte where it starts.
  public static func qualifier(before i: Int, in b: [UInt8]) -> (phrase: String, start: Int)? {
    let words = NearbyWords.words(before: i, in: b, count: 3)
    guard !words.isEmpty else { return nil }
    for phrase in phrases {
      let parts = phrase.split(separator: " ")
      guard parts.count <= words.count else { continue }
      let tail = words.suffix(parts.count)
      if zip(tail, parts).allSatisfy({ $0.text == $1 }) { return (phrase, tail.first!.range.lowerBound) }
    }
    return nil
  }
}
