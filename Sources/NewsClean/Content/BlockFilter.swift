import NewsCore

/// Drops collected blocks that are furniture by their shape: mostly links, a repeat of the
/// headline, boilerplate phrases; and decides which kinds go into the text.
struct BlockFilter {
  var title: String?
  /// Captions stay in `blocks` only when this is set (the benchmark's truth leaves them out).
  var keepCaptions = false

  /// Letters outside links that keep a link-heavy block.
  static let ownTextAfterLinks = 50

  func keep(_ block: CollectedBlock) -> Bool {
    if block.kind == .caption && !keepCaptions { return false }
    // Mostly links, unless a sentence of its own follows the link (a linked lead-in).
    if block.linkDensity > 0.5 && block.letters - block.linkLetters < Self.ownTextAfterLinks { return false }
    if block.kind == .heading, let title, block.text == title { return false }
    if BoilerplatePhrases.isBoilerplate(block.text) { return false }
    // Timelines in lists and tables are content; a lone dateline paragraph is not.
    if block.kind == .paragraph && BoilerplatePhrases.isDateline(block.text) { return false }
    return true
  }

  /// How many closing blocks are checked for furniture lines.
  static let trailerWindow = 4

  /// Drops an opening heading that restates the headline in other words or punctuation
  /// ("Só quem se Ama…" for "Só quem se Ama...").
  func dropRestatedHeadline(_ blocks: inout [CollectedBlock]) {
    guard let first = blocks.first, first.kind == .heading, let title else { return }
    let a = Self.words(first.text)
    let b = Self.words(title)
    guard !a.isEmpty, !b.isEmpty else { return }
    let shared = Double(a.intersection(b).count)
    if shared / Double(a.union(b).count) >= Self.restatedOverlap { blocks.removeFirst() }
  }

  /// Share of words a heading and the title must have in common to be the same headline.
  static let restatedOverlap = 0.7

  static func words(_ text: String) -> Set<String> {
    Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
  }

  /// Drops newsletter, contact and copyright lines from the end of the article.
  func dropTrailers(_ blocks: inout [CollectedBlock]) {
    var checked = 0
    var i = blocks.count - 1
    while i >= 0 && checked < Self.trailerWindow {
      if blocks[i].kind != .listItem && blocks[i].kind != .tableCell && BoilerplatePhrases.isTrailer(blocks[i].text) {
        blocks.remove(at: i)
      }
      checked += 1
      i -= 1
    }
  }
}
