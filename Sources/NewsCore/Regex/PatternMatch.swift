/// One match of a `Pattern`: byte ranges into the `TextBuffer`'s bytes, per capture group.
public struct PatternMatch: Sendable {
  /// The byte range of the whole match.
  public let range: Range<Int>
  /// Byte ranges of groups 1...n; `nil` where a group did not take part.
  public let groups: [Range<Int>?]
  let names: [String: Int]

  init(range: Range<Int>, groups: [Range<Int>?], names: [String: Int]) {
    self.range = range
    self.groups = groups
    self.names = names
  }

  /// The byte range of group `number` (0 is the whole match).
  public subscript(_ number: Int) -> Range<Int>? {
    number == 0 ? range : (number <= groups.count ? groups[number - 1] : nil)
  }

  /// The byte range of the named group, `nil` if it did not take part.
  public subscript(_ name: String) -> Range<Int>? {
    guard let n = names[name] else { return nil }
    return self[n]
  }
}
