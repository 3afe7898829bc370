import NewsCore

/// Whole short blocks that are page furniture ("Advertisement", "Share this article",
/// "Read more", bylines). Data: the phrase list; code: the match on a whole block.
enum BoilerplatePhrases {
  static let phrases = [
    "advertisement", "advertising", "advert", "ad", "sponsored", "share", "share this", "share this article",
    "share this story", "share on facebook", "share on twitter", "tweet", "email", "print",
    "read more", "read also", "see also", "related", "related articles", "related stories",
    "recommended", "comments", "leave a comment", "follow us", "subscribe", "sign up",
    "continue reading", "click here", "skip to content", "skip to main content", "menu", "close",
    "back to top", "loading", "story continues below", "story continues below advertisement",
    "article continues below", "scroll to continue with content", "supported by", "listen",
    "listen to this article", "whatsapp", "facebook", "twitter", "linkedin", "copy link",
  ]

  static let phraseSet = Set(phrases)

  /// "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline line of its own.
  static let byline = Pattern(
    literal: #"^(?i:by|von|por|par|di|oleh|door|av|od)\h+\p{Lu}[\p{L}.'\-]*(?:\h+\p{Lu}[\p{L}.'\-]*){0,3}(?:\h*(?:,|(?i:and)|&|und|e|y|et)\h*\p{Lu}[\p{L}.'\-]*(?:\h+\p{Lu}[\p{L}.'\-]*){0,3}){0,3}(?:\h*[,|/\-]\h*[\p{L}\h.]{0,40})?$"#,
    options: [])

  /// What the last lines of an article say when they are furniture: newsletter offers,
  /// "follow her on Twitter", "can be reached at", tips lines, copyright.
  static let trailer = Pattern(
    literal: #"\b(?:subscribe\b|sign[ -]up\b|newsletters?\b|follow\h(?:him|her|us|them|me)\b|(?:may|can)\hbe\hreached|contact\h(?:him|her|them|the\hauthor|us)\b|have\ha\h(?:news\h)?tip|send\h(?:us\h)?(?:a\h|your\h)?tips?\b|all\hrights\hreserved|share\h(?:it|this)\b|like\hthis\h(?:story|article)|copyright\b)|©|[\w.+-]+@[\w-]+\.[a-z]{2,}"#,
    options: [.caseless])

  /// Longest trailer line, in bytes.
  static let trailerLength = 250

  static func isTrailer(_ text: String) -> Bool {
    text.utf8.count <= trailerLength && trailer.matches(text)
  }

  static func isBoilerplate(_ text: String) -> Bool {
    let count = text.utf8.count
    guard count <= 120 else { return false }
    if phraseSet.contains(phraseKey(text)) { return true }
    return count <= 80 && byline.matches(text)
  }

  /// The characters trimmed from a block before it is looked up among the phrases.
  static let trimmed = " .:!|»›>-"
  private static let trimmedASCII = Array(trimmed.utf8.filter { $0 < 0x80 })

  /// The block lowercased, without the `trimmed` characters at either end: on bytes for ASCII
  /// text (no carriage return), where that is what `lowercased()` and the trim give.
  static func phraseKey(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      return LoweredWord.lowercased(text).trimmingCharacters(in: trimmed)
    }
    var start = 0
    var end = bytes.count
    while start < end && trimmedASCII.contains(bytes[start]) { start += 1 }
    while end > start && trimmedASCII.contains(bytes[end - 1]) { end -= 1 }
    let key = bytes[start..<end].map(ByteSearch.lowered)
    return String(decoding: key, as: UTF8.self)
  }

  /// A short line with a date that is not a sentence: "05/10/2018 - Posted by: … - Tags: …",
  /// "Updated 10:42 AM ET, Tue November 19, 2019".
  static func isDateline(_ text: String) -> Bool {
    guard text.utf8.count <= 120, let last = text.last, !".!?…\"”»:".contains(last) else { return false }
    return DateText.normalize(text) != nil
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    let scalars = Set(set.unicodeScalars)
    var s = Substring(self)
    while let f = s.unicodeScalars.first, scalars.contains(f) { s = Substring(s.unicodeScalars.dropFirst()) }
    while let l = s.unicodeScalars.last, scalars.contains(l) { s = Substring(s.unicodeScalars.dropLast()) }
    return String(s)
  }
}
