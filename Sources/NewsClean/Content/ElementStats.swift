import CLibXML2

/// What the cleaner measured about one element of the pruned tree.
struct ElementStats {
  var node: xmlNodePtr
  /// Index of the nearest measured ancestor, -1 for none.
  var parent: Int32
  var role: TagRole
  var signal: NameSignal
  /// Letters and digits below the element (code points, spaces not counted).
  var text: Int32 = 0
  /// The part of `text` inside links.
  var linkText: Int32 = 0
  /// Text not inside a nested block: what the element says itself.
  var ownText: Int32 = 0
  var ownCommas: Int32 = 0
  /// Content score gathered from paragraphs below (readability style).
  var score: Double = 0
  var isCandidate = false
  /// One past the index of the last descendant (stats are in document order).
  var end: Int32 = 0
  /// An `<article>` element.
  var isArticle = false
  /// An `<h1>` is below (pruned or not).
  var containsH1 = false

  var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }
  /// Score discounted by link density.
  var finalScore: Double { score * (1 - linkDensity) }
}
