import CLibXML2
import NewsCore

/// A block as collected, with how much of it is link text.
struct CollectedBlock {
  var kind: BlockKind
  var text: String
  var letters: Int
  var linkLetters: Int
  var linkDensity: Double { letters == 0 ? 0 : Double(linkLetters) / Double(letters) }
}

/// Turns subtrees into blocks: one per paragraph, heading, list item, quote, caption, table
/// cell, or run of text between them, whitespace collapsed.
struct BlockCollector {
  let tree: PageTree
  private(set) var blocks: [CollectedBlock] = []
  private var buffer: [UInt8] = []
  private var letters = 0
  private var linkLetters = 0
  private var pendingSpace = false

  init(tree: PageTree) {
    self.tree = tree
    buffer.reserveCapacity(4096)
  }

  mutating func collect(_ root: xmlNodePtr) {
    visit(root, kind: .paragraph, inLink: false)
    flush(.paragraph)
  }

  private mutating func visit(_ node: xmlNodePtr, kind: BlockKind, inLink: Bool) {
    if node.isText { append(node.pointee.content, inLink: inLink); return }
    guard node.isElement else { return }
    switch tree.role(of: node) {
    case .dropped, .furniture, .header: return
    case .inline: children(of: node, kind: kind, inLink: inLink)
    case .link: children(of: node, kind: kind, inLink: true)
    case .lineBreak: flush(kind)
    case .container:
      flush(kind)
      children(of: node, kind: kind, inLink: inLink)
      flush(kind)
    case .figure:
      flush(kind)
      children(of: node, kind: .caption, inLink: inLink)
      flush(.caption)
    case .block(let own):
      flush(kind)
      let inner: BlockKind = kind == .quote || kind == .caption ? kind : own
      children(of: node, kind: inner, inLink: inLink)
      flush(inner)
    }
  }

  private mutating func children(of node: xmlNodePtr, kind: BlockKind, inLink: Bool) {
    var child = node.firstChild
    while let c = child {
      visit(c, kind: kind, inLink: inLink)
      child = c.nextSibling
    }
  }

  /// Appends text, runs of white space (no-break space included) as one space; the bytes
  /// between spaces go in as one run.
  private mutating func append(_ content: UnsafePointer<UInt8>?, inLink: Bool) {
    guard var p = content else { return }
    while p.pointee != 0 {
      if Self.isSpace(p) {
        pendingSpace = true
        p += p.pointee == 0xC2 ? 2 : 1
        continue
      }
      let start = p
      var codePoints = 0
      while p.pointee != 0 && !Self.isSpace(p) {
        if (p.pointee & 0xC0) != 0x80 { codePoints += 1 }
        p += 1
      }
      if pendingSpace && !buffer.isEmpty { buffer.append(0x20) }
      pendingSpace = false
      buffer.append(contentsOf: UnsafeBufferPointer(start: start, count: p - start))
      letters += codePoints
      if inLink { linkLetters += codePoints }
    }
  }

  /// ASCII white space or a no-break space (C2 A0) at `p`.
  @inline(__always)
  private static func isSpace(_ p: UnsafePointer<UInt8>) -> Bool {
    let b = p.pointee
    return b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || (b == 0xC2 && p[1] == 0xA0)
  }

  private mutating func flush(_ kind: BlockKind) {
    pendingSpace = false
    guard !buffer.isEmpty else { return }
    let text = String(decoding: buffer, as: UTF8.self)
    blocks.append(CollectedBlock(kind: kind, text: text, letters: letters, linkLetters: linkLetters))
    buffer.removeAll(keepingCapacity: true)
    letters = 0
    linkLetters = 0
  }
}
