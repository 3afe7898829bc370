import CLibXML2
import NewsCore

/// How an element's own names (`class`, `id`, `role`, `itemprop`) classify it.
enum NameSignal: Equatable {
  case neutral
  /// Furniture: drop the element.
  case furniture
  /// A name article bodies carry: score it up.
  case articleLike
  /// Names the article body itself.
  case bodyMarker
}

/// Classifies elements by their names, with patterns compiled once from `BoilerplateWords`.
enum BoilerplateSignals {
  static let always = compile(BoilerplateWords.always)
  static let unlessArticle = compile(BoilerplateWords.unlessArticle)
  static let article = compile(BoilerplateWords.article)
  static let bodyMarker = compile(BoilerplateWords.bodyMarkers)

  static func compile(_ words: [String]) -> Pattern {
    Pattern(literal: "(?:" + words.joined(separator: "|") + ")", options: [.caseless])
  }

  /// The signal of one element from its `class` and `id` (joined), `role` and `itemprop`.
  static func signal(of node: xmlNodePtr, cache: inout [String: NameSignal]) -> NameSignal {
    if let prop = node.attribute("itemprop"), strcmp(prop, "articleBody") { return .bodyMarker }
    if let role = node.attribute("role") {
      if strcmp(role, "navigation") || strcmp(role, "banner") || strcmp(role, "contentinfo")
        || strcmp(role, "complementary") || strcmp(role, "dialog") || strcmp(role, "alert")
      { return .furniture }
    }
    let cls = node.attribute("class")
    let id = node.attribute("id")
    if cls == nil && id == nil { return .neutral }
    var names = ""
    if let cls { names += String(cString: cls) }
    if let id { names += " " + String(cString: id) }
    if names.utf8.count < 2 { return .neutral }
    if let known = cache[names] { return known }
    let signal = classify(names)
    cache[names] = signal
    return signal
  }

  static func classify(_ names: String) -> NameSignal {
    if bodyMarker.matches(names) && !always.matches(names) { return .bodyMarker }
    if always.matches(names) { return .furniture }
    let articleLike = article.matches(names)
    if unlessArticle.matches(names) && !articleLike { return .furniture }
    return articleLike ? .articleLike : .neutral
  }

  /// Hidden by attribute or inline style.
  static func isHidden(_ node: xmlNodePtr) -> Bool {
    if node.hasAttribute("hidden") { return true }
    if let aria = node.attribute("aria-hidden"), strcmp(aria, "true") { return true }
    if let style = node.attribute("style") {
      let s = String(cString: style).lowercased().filter { $0 != " " }
      return s.contains("display:none") || s.contains("visibility:hidden")
    }
    return false
  }
}
