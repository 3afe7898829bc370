/// Which word lists an element's names hit, found in one scan (`NameCategoryMatcher`).
struct NameCategories: OptionSet, Sendable {
  let rawValue: UInt8
  static let embeddedPost = NameCategories(rawValue: 1 << 0)
  static let always = NameCategories(rawValue: 1 << 1)
  static let bodyMarker = NameCategories(rawValue: 1 << 2)
  static let article = NameCategories(rawValue: 1 << 3)
  static let unlessArticle = NameCategories(rawValue: 1 << 4)
  static let byline = NameCategories(rawValue: 1 << 5)
  static let dateline = NameCategories(rawValue: 1 << 6)
}

/// All of `BoilerplateWords`' lists in one matcher: each position of each name is compared
/// once against the parts that start with its byte, and every list hit is recorded.
struct NameCategoryMatcher: Sendable {
  private var parts: [(bytes: [UInt8], category: NameCategories)] = []
  private var words: [(bytes: [UInt8], category: NameCategories)] = []
  private var byFirstByte = [[Int]](repeating: [], count: 256)

  /// The same parts flat, grouped by first byte, for `categories(ofValue:)`.
  let flat: FlatParts

  init(_ lists: [(NameMatcher, NameCategories)]) {
    for (matcher, category) in lists {
      for part in matcher.parts {
        byFirstByte[Int(part[0])].append(parts.count)
        parts.append((part, category))
      }
      for word in matcher.words { words.append((word, category)) }
    }
    flat = FlatParts(parts: parts, byFirstByte: byFirstByte, words: words)
  }

  static let shared = NameCategoryMatcher([
    (BoilerplateWords.embeddedPost, .embeddedPost), (BoilerplateWords.always, .always),
    (BoilerplateWords.bodyMarker, .bodyMarker), (BoilerplateWords.article, .article),
    (BoilerplateWords.unlessArticle, .unlessArticle), (BoilerplateWords.byline, .byline),
    (BoilerplateWords.dateline, .dateline),
  ])

  /// The categories `names` hit, read from `ElementNames`: the reference that
  /// `categories(ofValue:)` (which the cleaner uses) is tested against.
  func categories(of names: ElementNames) -> NameCategories {
    var found: NameCategories = []
    forEachSegment(names.words) { w in
      for word in words where word.bytes.count == w.count && word.bytes.elementsEqual(w) { found.insert(word.category) }
    }
    forEachSegment(names.squashed) { name in
      let n = name.endIndex
      for i in name.indices {
        for p in byFirstByte[Int(name[i])] where !found.contains(parts[p].category) {
          let part = parts[p].bytes
          guard i + part.count <= n else { continue }
          var j = 1
          while j < part.count && name[i + j] == part[j] { j += 1 }
          if j == part.count { found.insert(parts[p].category) }
        }
      }
    }
    return found
  }

  private func forEachSegment(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0 {
      if i > start { body(bytes[start..<i]) }
      start = i + 1
    }
  }
}
