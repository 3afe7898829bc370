import NewsCore

/// Author names from bylines and meta values, without "By", "Email the author", dates, roles.
enum AuthorNames {
  static let prefix = Pattern(
    literal: #"^(?:(?:written|posted|reported|story|text|words|photos?)\h+)?(?:by|von|por|par|di|oleh|door|av|od|de)\h*:?\h+"#,
    options: [.caseless])
  static let cut = Pattern(
    literal: #"\h*(?:[|•·—]|\h-\h|\b(?:updated|published|posted|email the author|e-mail|follow|on twitter)\b|\d{1,2}[:/.]\d|\b\p{L}{3,9}\.?\h+\d{1,2},?\h+\d{4}).*$"#,
    options: [.caseless])
  static let separators = Pattern(literal: #"\h*(?:,|;|&|\band\b|\bund\b|\be\b|\by\b|\bet\b)\h*"#, options: [.caseless])

  /// Cleaned names from raw author strings, first appearance kept, at most `limit`.
  static func clean(_ raws: [String], limit: Int = 8) -> [String] {
    var out: [String] = []
    for raw in raws {
      for name in split(raw) where !out.contains(name) && out.count < limit { out.append(name) }
    }
    return out
  }

  static func split(_ raw: String) -> [String] {
    var text = raw.collapsingSpaces
    if text.hasPrefix("http") || text.contains("@") && !text.contains(" ") { return [] }
    text = strip(prefix, from: text)
    let buffer = TextBuffer(text)
    if let m = cut.firstMatch(in: buffer) { text = buffer.text(of: 0..<m.range.lowerBound) }
    let parts = TextBuffer(text)
    var names: [String] = []
    var start = 0
    for m in separators.matches(in: parts) {
      names.append(parts.text(of: start..<m.range.lowerBound))
      start = m.range.upperBound
    }
    names.append(parts.text(of: start..<parts.bytes.count))
    return names.map { strip(prefix, from: $0.trimmingSpaces) }.filter(isName)
  }

  static func strip(_ pattern: Pattern, from text: String) -> String {
    let buffer = TextBuffer(text)
    guard let m = pattern.firstMatch(in: buffer), m.range.lowerBound == 0 else { return text }
    return buffer.text(of: m.range.upperBound..<buffer.bytes.count)
  }

  /// Two to sixty characters, one to five words, a capital first, no digits or addresses.
  static func isName(_ s: String) -> Bool {
    guard (2...60).contains(s.count), let first = s.unicodeScalars.first, first.properties.isUppercase
    else { return false }
    if s.contains(where: { $0.isNumber || $0 == "@" || $0 == "/" }) { return false }
    if s.split(separator: " ").count > 5 { return false }
    return !MetadataWords.notAuthors.contains(s.lowercased())
  }
}
