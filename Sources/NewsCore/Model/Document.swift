/// Where a document came from and what kind of bytes it holds.
public enum SourceFormat: String, Sendable, Codable {
  case html, text
}

/// Raw input before cleaning: bytes (any charset) or an already decoded string.
public struct RawDocument: Sendable {
  /// The path, URL or NDJSON id the document is known by.
  public var origin: String
  public var format: SourceFormat
  public var bytes: [UInt8]
  /// A reference date given by the caller (`--published`, an NDJSON `published` field).
  public var published: String?
  /// A URL given by the caller (an NDJSON `url` field), also a date hint.
  public var url: String?
  /// A charset known from outside the document (an HTTP `Content-Type`).
  public var declaredCharset: String?

  public init(
    origin: String, format: SourceFormat, bytes: [UInt8], published: String? = nil,
    url: String? = nil, declaredCharset: String? = nil
  ) {
    self.origin = origin
    self.format = format
    self.bytes = bytes
    self.published = published
    self.url = url
    self.declaredCharset = declaredCharset
  }
}

/// A cleaned document: its text as blocks, and its metadata.
public struct CleanDocument: Sendable {
  public var origin: String
  public var format: SourceFormat
  /// The clean text: blocks joined by blank lines. Every offset indexes into it.
  public var text: String
  public var blocks: [Block]
  public var metadata: Metadata

  public init(origin: String, format: SourceFormat, text: String, blocks: [Block], metadata: Metadata) {
    self.origin = origin
    self.format = format
    self.text = text
    self.blocks = blocks
    self.metadata = metadata
  }
}

/// A document after extraction and normalization: what the writers serialize.
public struct ExtractedDocument: Sendable {
  /// Stable id: from the canonical URL when there is one, else from the origin.
  public var id: String
  public var clean: CleanDocument
  public var facts: [Fact]
  public var entities: [Entity]

  public init(id: String, clean: CleanDocument, facts: [Fact], entities: [Entity]) {
    self.id = id
    self.clean = clean
    self.facts = facts
    self.entities = entities
  }
}
