import NewsCore

extension SourceFormat {
  /// The format a file name says: `.html`, `.htm`, `.xhtml`, `.shtml` are HTML; `.txt`, `.text`,
  /// `.md` are text; anything else is decided from the first bytes.
  public static func guess(path: String, bytes: [UInt8]) -> SourceFormat {
    let lower = path.lowercased()
    if [".html", ".htm", ".xhtml", ".shtml"].contains(where: lower.hasSuffix) { return .html }
    if [".txt", ".text", ".md"].contains(where: lower.hasSuffix) { return .text }
    return sniff(bytes)
  }

  /// HTML when the first non-space byte opens a tag that looks like markup.
  public static func sniff(_ bytes: [UInt8]) -> SourceFormat {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return .text }
    let head = String(decoding: bytes[i..<min(bytes.count, i + 512)], as: UTF8.self).lowercased()
    return ["<!doctype html", "<html", "<head", "<body", "<meta", "<!--", "<div", "<p", "<article"]
      .contains(where: head.hasPrefix) ? .html : .text
  }
}
