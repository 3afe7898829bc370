/// What a page says about itself. Each date keeps where it was read from.
public struct Metadata: Hashable, Sendable {
  public var title: String?
  public var published: String?
  /// Where `published` came from: `json-ld`, `article:published_time`, `time`, `url`, `byline`,
  /// `input` (given by the caller) …
  public var publishedSource: String?
  public var modified: String?
  public var modifiedSource: String?
  public var authors: [String] = []
  public var canonicalURL: String?
  public var siteName: String?
  public var language: String?
  /// The charset the document was decoded from, and how it was decided.
  public var charset: String?
  public var charsetSource: String?

  public init() {}
}
