/// Headlines without the site name that `<title>` and `og:title` often carry.
enum TitleText {
  static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • "]
  private static let separatorBytes = separators.map { Array($0.utf8) }

  /// `title` minus a trailing or leading part that is the site's name (or looks like one).
  static func withoutSiteName(_ title: String, siteName: String?, headline: String?) -> String {
    let title = title.collapsingSpaces
    guard let (sep, parts) = split(title) else { return title }
    if let headline, parts.contains(headline) { return headline }
    let site = siteName?.lowercased()
    var kept = parts
    if let site {
      kept = parts.filter { $0.lowercased() != site && !ByteSearch.contains(site, $0.lowercased()) }
      if !kept.isEmpty, kept.count < parts.count { return kept.joined(separator: sep) }
    }
    // No site name known: drop a short last part after a longer first one.
    if parts.count >= 2, let last = parts.last, last.split(separator: " ").count <= 4,
      parts[0].split(separator: " ").count >= 3
    {
      return parts.dropLast().joined(separator: sep)
    }
    return title
  }

  /// The first separator in `title` and the parts between its occurrences, or nil.
  static func split(_ title: String) -> (separator: String, parts: [String])? {
    // U+0387 (Greek ano teleia) equals "·" as a `Character`, not as bytes.
    if SingleScalarText.holds(title), !title.utf8.contains(0xCE) || !title.unicodeScalars.contains("\u{0387}") {
      let bytes = Array(title.utf8)
      for (k, sep) in separatorBytes.enumerated() where ByteSearch.firstIndex(of: sep, in: bytes, from: 0) != nil {
        return (separators[k], parts(of: bytes, between: sep))
      }
      return nil
    }
    guard let sep = separators.first(where: { title.contains($0) }) else { return nil }
    return (sep, title.components(separatedBy: sep))
  }

  private static func parts(of bytes: [UInt8], between separator: [UInt8]) -> [String] {
    var out: [String] = []
    var start = 0
    while let at = ByteSearch.firstIndex(of: separator, in: bytes, from: start) {
      out.append(String(decoding: bytes[start..<at], as: UTF8.self))
      start = at + separator.count
    }
    out.append(String(decoding: bytes[start...], as: UTF8.self))
    return out
  }
}

extension String {
  func components(separatedBy separator: String) -> [String] {
    var out: [String] = []
    var rest = Substring(self)
    while let r = rest.firstRange(of: separator) {
      out.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    out.append(String(rest))
    return out
  }
}
