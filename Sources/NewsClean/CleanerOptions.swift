/// Limits and switches for the cleaners.
public struct CleanerOptions: Sendable {
  /// Larger inputs are refused with an error (default 64 MiB).
  public var maxBytes: Int = 64 << 20
  /// Deeper element nesting is not descended into.
  public var maxDepth: Int = 256
  /// More elements than this and the rest of the page is not read.
  public var maxNodes: Int = 2_000_000
  /// Remove script (not JSON-LD), style, comment and inline svg bodies before libxml2 parses
  /// the page (`UnreadContentStripper`): the cleaner reads none of them.
  public var stripsUnreadContent: Bool = true
  /// Let libxml2 allocate a page's tree from a per-thread arena dropped in one step when the
  /// page is done (`LibXML.withParseArena`), instead of a malloc and a free per node.
  public var usesParseArena: Bool = true
  /// Pages larger than this (bytes of UTF-8) are parsed with a malloc per node all the same:
  /// the arena keeps every block until the page is done, which costs more memory than it saves
  /// time on very large pages.
  public var parseArenaLimit: Int = 8 << 20

  public init() {}
}
