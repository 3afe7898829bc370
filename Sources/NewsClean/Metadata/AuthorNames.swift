/// Author names from bylines and meta values, without "By", "Email the author", dates, roles.
enum AuthorNames {
  /// Words that open a byline, dropped ("By Jane Doe", "Por João Silva").
  static let openers: [String] = [
    "written by", "posted by", "reported by", "story by", "text by", "words by", "photos by", "by",
    "von", "por", "par", "di", "oleh", "door", "av", "od",
  ]
  /// Where a byline stops being names: separators and the words that follow names.
  static let stops: [String] = [
    "|", "•", "·", "—", " - ", "updated", "published", "posted", "email the author", "e-mail", "email",
    "follow", "on twitter", "http",
  ]
  /// Between two names.
  static let separators: [String] = [",", ";", "&", " and ", " und ", " e ", " y ", " et "]

  /// Cleaned names from raw author strings, first appearance kept, at most `limit`.
  static func clean(_ raws: [String], limit: Int = 8) -> [String] {
    var out: [String] = []
    for raw in raws {
      for name in split(raw) where !out.contains(name) && out.count < limit { out.append(name) }
    }
    return out
  }

  /// The names in one raw author string.
  static func split(_ raw: String) -> [String] {
    let text = raw.collapsingSpaces
    let bytes = Array(text.utf8)
    if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return splitASCII(bytes) }
    return splitByCharacter(text)
  }

  /// `split` on collapsed text read `Character` by `Character` (the way for non-ASCII text).
  static func splitByCharacter(_ collapsed: String) -> [String] {
    var text = collapsed
    if text.hasPrefix("http") || (text.contains("@") && !text.contains(" ")) { return [] }
    text = withoutOpener(text)
    text = String(text.prefix { !$0.isNumber })
    let lower = text.lowercased()
    if lower.count == text.count {  // same length: cut positions carry over
      var cut = text.endIndex
      for stop in stops {
        if let r = lower.firstRange(of: stop) {
          let at = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
          if at < cut { cut = at }
        }
      }
      text = String(text[..<cut])
    }
    var names = [text]
    for separator in separators {
      names = names.flatMap { piece in splitCaseless(piece, on: separator) }
    }
    return names.map { withoutOpener($0.trimmingSpaces).trimmingSpaces }.filter(isName)
  }

  static func withoutOpener(_ text: String) -> String {
    let lower = text.lowercased()
    for opener in openers {
      if lower.hasPrefix(opener + " ") || lower.hasPrefix(opener + ":") {
        return String(text.dropFirst(opener.count + 1)).trimmingSpaces
      }
    }
    return text
  }

  static func splitCaseless(_ text: String, on separator: String) -> [String] {
    let lower = text.lowercased()
    guard lower.count == text.count, lower.contains(separator) else { return [text] }
    var out: [String] = []
    var start = lower.startIndex
    var rest = lower[...]
    while let r = rest.firstRange(of: separator) {
      out.append(slice(text, lower, start, r.lowerBound))
      start = r.upperBound
      rest = lower[r.upperBound...]
    }
    out.append(slice(text, lower, start, lower.endIndex))
    return out
  }

  private static func slice(_ text: String, _ lower: String, _ from: String.Index, _ to: String.Index) -> String {
    let a = lower.distance(from: lower.startIndex, to: from)
    let b = lower.distance(from: lower.startIndex, to: to)
    return String(text.dropFirst(a).prefix(b - a))
  }

  /// Two to sixty characters, one to five words, a capital first, no digits or addresses.
  static func isName(_ s: String) -> Bool {
    guard (2...60).contains(s.count), let first = s.unicodeScalars.first, first.properties.isUppercase
    else { return false }
    if s.contains(where: { $0.isNumber || $0 == "@" || $0 == "/" }) { return false }
    let words = s.lowercased().split(separator: " ")
    if words.count > 5 { return false }
    if words.contains(where: { MetadataWords.roleWords.contains(String($0)) }) { return false }
    return !MetadataWords.notAuthors.contains(s.lowercased())
  }
}
