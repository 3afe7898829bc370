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
