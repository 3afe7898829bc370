/// The unit a rate is given per: "$4.99 per month", "$71 a barrel", "12-cent-a-share",
/// "$ 70 - a - share", "$5/month". Kept as the `per` attribute, outside the span.
enum PerUnit {
  static func after(_ end: Int, in b: [UInt8]) -> String? {
    var i = NearbyWords.skipSpaces(b, from: end)
    if i < b.count, b[i] == UInt8(ascii: "/"), let w = NearbyWords.word(at: i + 1, in: b) { return noun(w) }
    if i < b.count, b[i] == UInt8(ascii: "-") { i = NearbyWords.skipSpaces(b, from: i + 1) }
    guard let w = NearbyWords.word(at: i, in: b), ["per", "a", "an"].contains(w.text) else { return nil }
    var j = NearbyWords.skipSpaces(b, from: w.range.upperBound)
    if j < b.count, b[j] == UInt8(ascii: "-") { j = NearbyWords.skipSpaces(b, from: j + 1) }
    guard let unit = NearbyWords.word(at: j, in: b) else { return nil }
    return noun(unit)
  }

  static func noun(_ w: NearbyWord) -> String? {
    guard w.text.count >= 2, !FunctionWords.contains(w.text),
      NumberLexicon.words.value(for: PackedWord.key(w.text) ?? 0) == nil
    else { return nil }
    return w.text
  }
}
