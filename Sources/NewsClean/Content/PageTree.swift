import CLibXML2
import NewsCore

/// The body of a parsed page, pruned of furniture and measured element by element.
///
/// Pruning unlinks the dropped subtrees, so every later pass sees only what may be article
/// text; they are then either freed (`freePruned`) or put back (`restorePruned`). Each kept element gets an `ElementStats` entry; its index is stored in the
/// node's `_private` field (plus one), so lookups cost nothing.
final class PageTree {
  let options: CleanerOptions
  /// Drop elements by their class and id names (off on the retry for too-short pages).
  let pruneByNames: Bool
  private(set) var stats: [ElementStats] = []
  /// What the `class` and `id` values of this page say, shared with `signals`.
  private let names = NameCategoryCache()
  private var visited = 0
  private var removals: [xmlNodePtr] = []

  init(options: CleanerOptions, pruneByNames: Bool) {
    self.options = options
    self.pruneByNames = pruneByNames
  }

  /// Reads metadata on the way (every element, the pruned ones included) when set.
  var signals: PageSignalReader?

  /// Measures (and prunes) everything below `root`.
  func measure(_ root: xmlNodePtr) {
    signals?.names = names
    signals?.readLanguage(root)
    let index = add(root, parent: -1, role: .container, signal: .neutral)
    let m = walk(root, index: index, depth: 0)
    stats[index].end = Int32(stats.count)
    stats[index].text = m.text
    stats[index].linkText = m.link
    for node in removals {
      unlinked.append(UnlinkedNode(node: node, parent: node.pointee.parent, previous: node.pointee.prev))
      xmlUnlinkNode(node)
    }
    removals.removeAll()
  }

  /// The pruned subtrees, unlinked in document order, with where each was.
  private var unlinked: [UnlinkedNode] = []

  /// Puts every pruned subtree back where it was (latest first), so the document is again as
  /// parsed and can be measured anew: the retry reads the same tree without a second parse.
  func restorePruned() {
    for u in unlinked.reversed() { u.relink() }
    unlinked.removeAll()
  }

  /// Frees the pruned subtrees (the document no longer holds them).
  func freePruned() {
    if !LibXML.freesAreDeferred {
      for u in unlinked { xmlFreeNode(u.node) }
    }
    unlinked.removeAll()
  }

  /// The stats index of a kept element.
  func index(of node: xmlNodePtr) -> Int? {
    guard let raw = node.pointee._private else { return nil }
    let i = Int(bitPattern: raw) - 1
    return i >= 0 && i < stats.count && stats[i].node == node ? i : nil
  }

  func role(of node: xmlNodePtr) -> TagRole {
    guard let name = node.pointee.name else { return .inline }
    return TagRoles.role(of: name)
  }

  private func add(_ node: xmlNodePtr, parent: Int, role: TagRole, signal: NameSignal) -> Int {
    stats.append(ElementStats(node: node, parent: Int32(parent), role: role, signal: signal))
    node.pointee._private = UnsafeMutableRawPointer(bitPattern: stats.count)
    return stats.count - 1
  }

  private struct Measure {
    var text: Int32 = 0
    var link: Int32 = 0
    var own: Int32 = 0
    var commas: Int32 = 0
  }

  private func walk(_ node: xmlNodePtr, index: Int, depth: Int) -> Measure {
    var total = Measure()
    var child = node.firstChild
    while let c = child {
      child = c.nextSibling
      if c.isText {
        let (letters, commas) = TextCounter.count(c.pointee.content)
        total.text += letters
        total.own += letters
        total.commas += commas
        continue
      }
      guard c.isElement else { continue }
      visited += 1
      let role = role(of: c)
      let name = c.pointee.name
      if let name, strcmp(name, "h1") || strcmp(name, "H1") { stats[index].containsH1 = true }
      if depth >= options.maxDepth || visited > options.maxNodes {
        removals.append(c)
        continue
      }
      switch role {
      case .header:
        signals?.visit(c)
        removals.append(c)
        continue
      case .dropped:
        _ = signals?.observe(c, attributes: nil)
        removals.append(c)
        continue
      case .furniture:
        removals.append(c)
        continue
      default: break
      }
      var signal = NameSignal.neutral
      var attributes: ElementAttributes?
      if c.pointee.properties != nil {
        var read = ElementAttributes(c)
        if BoilerplateSignals.isHidden(read) {
          removals.append(c)
          continue
        }
        signal = BoilerplateSignals.signal(of: &read, names: names)
        attributes = read
      }
      if pruneByNames, signal == .furniture || signal == .boilerplate, !isStructural(c), !Landmarks.contains(c) {
        if signal == .furniture { signals?.visit(c) }
        removals.append(c)
        continue
      }
      _ = signals?.observe(c, attributes: attributes)
      let i = add(c, parent: index, role: role, signal: signal)
      if let name, strcmp(name, "article") { stats[i].isArticle = true }
      let m = walk(c, index: i, depth: depth + 1)
      stats[i].end = Int32(stats.count)
      if stats[i].containsH1 { stats[index].containsH1 = true }
      stats[i].text = m.text
      stats[i].linkText = role == .link ? m.text : m.link
      stats[i].ownText = m.own
      stats[i].ownCommas = m.commas
      total.text += m.text
      total.link += stats[i].linkText
      switch role {
      case .inline, .link, .lineBreak:
        total.own += m.own
        total.commas += m.commas
      default: break
      }
    }
    return total
  }

  /// `html`, `body`, `main` and `article` are never dropped for their names.
  private func isStructural(_ node: xmlNodePtr) -> Bool {
    guard let name = node.pointee.name else { return false }
    return strcmp(name, "body") || strcmp(name, "html") || strcmp(name, "main") || strcmp(name, "article")
  }
}
