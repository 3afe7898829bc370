/// Finds the article body in a measured `PageTree`: body markers where the page has them,
/// else the element where paragraph text gathers (readability-style scoring), plus the
/// siblings that continue it.
struct ContentScorer {
  let tree: PageTree

  /// Paragraph units shorter than this (code points) add nothing.
  static let minParagraph: Int32 = 25

  /// The roots whose blocks make the article, in document order.
  func articleRoots() -> [Int] {
    var stats = tree.stats
    scoreParagraphs(&stats)
    let best = bestCandidate(stats)
    let scored = best.map { siblingsContinuing($0, stats) } ?? []
    let markers = markerRoots(stats)
    let markerText = markers.reduce(0) { $0 + usefulText(stats[$1]) }
    let scoredText = scored.reduce(0) { $0 + usefulText(stats[$1]) }
    if markerText >= 100, Double(markerText) >= 0.5 * Double(scoredText) { return markers }
    if scored.isEmpty { return stats.isEmpty ? [] : [0] }
    return mainArticle(in: scored, stats) ?? scored
  }

  /// A list of `<article>`s under the chosen roots (the story, then teasers or further
  /// posts): the one holding the page's `<h1>` is the story.
  func mainArticle(in roots: [Int], _ stats: [ElementStats]) -> [Int]? {
    var articles: [Int] = []
    for root in roots {
      let end = subtreeEnd(root, stats)
      var i = root
      while i < end {
        if stats[i].isArticle {
          articles.append(i)
          i = subtreeEnd(i, stats)
        } else {
          i += 1
        }
      }
    }
    guard articles.count >= 2 else { return nil }
    let withH1 = articles.filter { stats[$0].containsH1 }
    guard withH1.count == 1, let story = withH1.first, usefulText(stats[story]) >= 200 else { return nil }
    return [story]
  }

  /// One past the last descendant of `i` (stats are in document order).
  func subtreeEnd(_ i: Int, _ stats: [ElementStats]) -> Int { Int(stats[i].end) }

  func usefulText(_ s: ElementStats) -> Int32 { s.text - s.linkText }

  /// Adds each paragraph's score to its ancestors (parent full, grandparent half, then less).
  func scoreParagraphs(_ stats: inout [ElementStats]) {
    for i in stats.indices {
      let s = stats[i]
      guard isParagraphUnit(s), s.ownText >= Self.minParagraph else { continue }
      let score = 1 + Double(s.ownCommas) + min(Double(s.ownText) / 100, 3)
      var ancestor = Int(s.parent)
      var level = 0
      while ancestor >= 0 && level < 5 {
        if !stats[ancestor].isCandidate {
          stats[ancestor].isCandidate = true
          stats[ancestor].score += baseScore(stats[ancestor])
        }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
        stats[ancestor].score += score / divider
        ancestor = Int(stats[ancestor].parent)
        level += 1
      }
    }
  }

  func isParagraphUnit(_ s: ElementStats) -> Bool {
    switch s.role {
    case .block(.paragraph), .block(.preformatted), .block(.tableCell), .block(.quote), .container: return true
    default: return false
    }
  }

  /// The starting score of a candidate: its tag, and its names.
  func baseScore(_ s: ElementStats) -> Double {
    var base = 0.0
    switch s.role {
    case .container: base = 5
    case .block(.preformatted), .block(.tableCell), .block(.quote): base = 3
    case .block(.listItem): base = -3
    case .block(.heading): base = -5
    default: break
    }
    switch s.signal {
    case .articleLike: base += 25
    case .bodyMarker: base += 40
    case .furniture, .boilerplate: base -= 25
    case .neutral: break
    }
    return base
  }

  func bestCandidate(_ stats: [ElementStats]) -> Int? {
    var best: Int?
    var bestScore = 0.0
    for i in stats.indices where stats[i].isCandidate && i != 0 {
      let score = stats[i].finalScore
      if score > bestScore { bestScore = score; best = i }
    }
    guard var top = best else { return nil }
    // Several strong candidates under one ancestor: the article is that ancestor.
    let strong = stats.indices.filter { $0 != top && stats[$0].isCandidate && stats[$0].finalScore >= 0.75 * bestScore }
    if strong.count >= 2 {
      var ancestor = Int(stats[top].parent)
      while ancestor > 0 {
        let containing = strong.filter { isAncestor(ancestor, of: $0, stats) }.count
        if containing >= 2 { top = ancestor; break }
        ancestor = Int(stats[ancestor].parent)
      }
    }
    // An only child stands for its parent.
    while top > 0, stats[top].parent > 0, onlyChild(top, stats) { top = Int(stats[top].parent) }
    return narrowed(top, stats)
  }

  /// Share of a candidate's non-link text one child must hold to stand for it (the rest is a
  /// column of links, a heading or a dateline).
  static let narrowShare = 0.8

  /// The child holding nearly all of `top`'s non-link text, repeatedly.
  func narrowed(_ top: Int, _ stats: [ElementStats]) -> Int {
    var top = top
    while true {
      let total = Double(usefulText(stats[top]))
      guard total > 0 else { return top }
      var best: Int?
      var i = top + 1
      let end = subtreeEnd(top, stats)
      while i < end {
        if Int(stats[i].parent) == top, Double(usefulText(stats[i])) >= Self.narrowShare * total { best = i; break }
        i += 1
      }
      guard let child = best, usefulText(stats[child]) >= 200 else { return top }
      top = child
    }
  }

  func isAncestor(_ a: Int, of d: Int, _ stats: [ElementStats]) -> Bool {
    a < d && d < Int(stats[a].end)
  }

  func onlyChild(_ i: Int, _ stats: [ElementStats]) -> Bool {
    let parent = stats[i].parent
    return stats[Int(parent)].text == stats[i].text
  }

  /// The top candidate with the siblings that belong to the same article, in order.
  func siblingsContinuing(_ top: Int, _ stats: [ElementStats]) -> [Int] {
    let parent = stats[top].parent
    guard parent >= 0 else { return [top] }
    let topScore = stats[top].finalScore
    let threshold = max(10, topScore * 0.2)
    var out: [Int] = []
    for i in stats.indices where stats[i].parent == parent {
      let s = stats[i]
      if i == top { out.append(i); continue }
      if s.isCandidate && s.finalScore >= threshold { out.append(i); continue }
      if case .block(.paragraph) = s.role {
        if s.text > 80 && s.linkDensity < 0.25 { out.append(i) }
      }
    }
    return out
  }

  /// Outermost elements named as the article body that hold real text.
  func markerRoots(_ stats: [ElementStats]) -> [Int] {
    var out: [Int] = []
    for i in stats.indices where stats[i].signal == .bodyMarker && usefulText(stats[i]) >= 50 {
      // Stats are in document order: a marker inside an earlier one is inside the last one kept.
      if let last = out.last, isAncestor(last, of: i, stats) { continue }
      out.append(i)
    }
    return out
  }
}
