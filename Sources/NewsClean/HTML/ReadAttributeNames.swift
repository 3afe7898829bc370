/// The attributes the cleaner reads, lowercase. `UnreadContentStripper` removes every other
/// attribute before libxml2 parses the page (libxml2 builds two nodes for each), so reading a
/// new attribute means listing it here: debug builds check each `attribute(_:)` and
/// `hasAttribute(_:)` call against this list.
enum ReadAttributeNames {
  static let names: [String] = [
    // Element signals (`ElementAttributes`): boilerplate names, hidden parts, roles.
    "class", "id", "style", "role", "hidden", "aria-hidden", "itemprop", "rel",
    // Metadata (`PageSignalReader`): meta, link, time, script and html elements.
    "content", "name", "property", "http-equiv", "charset", "href", "datetime", "type", "lang",
  ]
  /// Names read on `<link>` elements only (the canonical URL): a page's links carry a lot of
  /// them, and libxml2 reads attribute values a character at a time.
  static let onLinksOnly: [String] = ["href"]
  private static let linkOnlyBytes = onLinksOnly.map { Array($0.utf8) }

  /// The names as bytes, by length.
  private static let byLength: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 16)
    for name in names { table[name.utf8.count].append(Array(name.utf8)) }
    return table
  }()

  /// Whether the name in `bytes` (any case) is one the cleaner reads, on a `<link>` element
  /// or on any other.
  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, onLink: Bool = true) -> Bool {
    guard bytes.count < byLength.count else { return false }
    let same = { (name: [UInt8]) -> Bool in
      for k in 0..<name.count where bytes[k] | (bytes[k] &- 65 < 26 ? 0x20 : 0) != name[k] { return false }
      return true
    }
    guard byLength[bytes.count].contains(where: same) else { return false }
    return onLink || !linkOnlyBytes.contains { $0.count == bytes.count && same($0) }
  }

  static func contains(_ name: StaticString) -> Bool {
    contains(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
  }
}
