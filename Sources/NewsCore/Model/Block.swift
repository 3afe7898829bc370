/// The kinds of article block the cleaner keeps.
public enum BlockKind: String, Sendable, CaseIterable, Codable {
  case heading, paragraph, listItem = "list_item", quote, caption, tableCell = "table_cell", preformatted
}

/// One block of an article's clean text, located in the document text.
public struct Block: Hashable, Sendable {
  public var kind: BlockKind
  public var text: String

  public init(kind: BlockKind, text: String) {
    self.kind = kind
    self.text = text
  }
}
