/// Stable ids from content: FNV-1a 64 over UTF-8, as 16 hex digits. The same input gives
/// the same id on every machine and run.
public enum StableID {
  public static func hash(_ text: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      h ^= UInt64(byte)
      h = h &* 0x0000_0100_0000_01B3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// A document's id: from its canonical URL when it has one, else from where it was read.
  public static func document(canonicalURL: String?, origin: String) -> String {
    if let url = canonicalURL, !url.isEmpty { return "doc:" + hash(url) }
    return "doc:" + hash(origin)
  }

  /// A fact's id within the corpus: its document, kind and span.
  public static func fact(document: String, kind: String, start: Int, end: Int) -> String {
    "fact:" + hash("\(document)|\(kind)|\(start)|\(end)")
  }
}
