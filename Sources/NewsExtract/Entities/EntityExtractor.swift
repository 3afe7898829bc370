import NewsCore

/// Persons, organizations and locations (first version; see issue 5).
public struct EntityExtractor: MentionExtractor {
  static let titled = Pattern(
    literal: #"\b(?:President|Minister)\h+((?:\p{Lu}[\p{Ll}-]+\h?){1,3})"#, options: [.unicodeClasses])

  public init() {}

  public func mentions(in text: TextBuffer, context: ExtractionContext) -> [EntityMention] {
    EntityExtractor.titled.matches(in: text).map { m in
      var r = m[1]!
      while r.upperBound > r.lowerBound, text.bytes[r.upperBound - 1] == 0x20 { r = r.lowerBound..<r.upperBound - 1 }
      return text.mention(.person, at: r, rule: "person.title-before-name")
    }
  }
}
