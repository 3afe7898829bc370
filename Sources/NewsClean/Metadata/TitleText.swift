/// Headlines without the site name that `<title>` and `og:title` often carry.
enum TitleText {
  static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • "]

  /// `title` minus a trailing or leading part that is the site's name (or looks like one).
  static func withoutSiteName(_ title: String, siteName: String?, headline: String?) -> String {
    let title = title.collapsingSpaces
    guard let sep = separators.first(where: { title.contains($0) }) else { return title }
    let parts = title.components(separatedBy: sep)
    if let headline, parts.contains(headline) { return headline }
    let site = siteName?.lowercased()
    var kept = parts
    if let site {
      kept = parts.filter { $0.lowercased() != site && !site.contains($0.lowercased()) }
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
