/// The bodies of navigation, asides and footers (`<nav>`, `<aside>`, `<footer>`): the cleaner
/// reads neither their text (`TagRoles`: furniture) nor their metadata (`PageSignalReader`
/// skips them), and menus are a large part of a page's markup.
///
/// A body goes only when libxml2 would close the element at its own end tag with nothing
/// inside reaching out: the body's tags are followed with libxml2's rules for implied closes
/// (`LibXMLTagRules`), and any end tag that could close an element opened before the body, a
/// start tag libxml2 treats specially (html, head, body, raw text), or anything unsure leaves
/// the body as it is.
extension UnreadContentStripper {
  static let furnitureNames: [[UInt8]] = [Array("nav".utf8), Array("aside".utf8), Array("footer".utf8)]
  private static let svgKey = TagKey.of("svg")
  private static let specialInside: Set<UInt64> = Set(
    ["html", "head", "body", "frameset", "frame", "title", "textarea", "xmp", "plaintext", "listing", "iframe",
     "noembed", "noframes", "noscript", "template", "script", "style", "math", "base", "meta", "link"]
      .map(TagKey.of))

  private func key(_ start: Int, _ end: Int) -> UInt64 { TagKey.of(UnsafeBufferPointer(rebasing: b[start..<end])) }

  /// Whether the tag name `start..<end` is a furniture element's.
  func isFurniture(_ start: Int, _ end: Int) -> Bool {
    Self.furnitureNames.contains { named(start, end, $0) }
  }

  /// Where the body of the furniture element `name` that starts at `p` ends (the `<` of its
  /// end tag), or nil when the body may not go. `reach` is set to how far the look went.
  func furnitureEnd(from p: Int, name: [UInt8], reach: inout Int) -> Int? {
    var open: [UInt64] = []
    let own = name.withUnsafeBufferPointer { TagKey.of($0) }
    let ownPriority = LibXMLTagRules.endPriority(own)
    var i = p
    defer { reach = i }
    while let lt = next(UInt8(ascii: "<"), from: i) {
      guard lt + 2 < b.count else { return nil }
      let c = b[lt + 1]
      if c == UInt8(ascii: "!") {
        guard let after = afterComment(at: lt) else { return nil }
        i = after
      } else if c == UInt8(ascii: "/") {
        guard isLetter(b[lt + 2]) else { return nil }
        let nameEnd = nameEnd(from: lt + 2)
        let closing = key(lt + 2, nameEnd)
        guard let gt = next(UInt8(ascii: ">"), from: nameEnd) else { return nil }
        i = gt + 1
        let priority = LibXMLTagRules.endPriority(closing)
        if let k = open.lastIndex(of: closing) {
          // Closes down to it, unless an element of higher priority stands in between.
          if open[(k + 1)...].contains(where: { LibXMLTagRules.endPriority($0) > priority }) { return nil }
          open.removeSubrange(k...)
        } else if closing == own {
          return open.contains(where: { LibXMLTagRules.endPriority($0) > ownPriority }) ? nil : lt
        } else {
          return nil
        }
      } else if isLetter(c) {
        let nameEnd = nameEnd(from: lt + 1)
        let starting = key(lt + 1, nameEnd)
        guard !Self.specialInside.contains(starting), let (end, selfClosing) = tagEnd(from: nameEnd) else { return nil }
        i = end
        while let top = open.last, LibXMLTagRules.closes(starting, top) { open.removeLast() }
        if let top = open.last, top == starting, LibXMLTagRules.mayCloseItself.contains(top) { return nil }
        if selfClosing || LibXMLTagRules.voids.contains(starting) { continue }
        if starting == Self.svgKey {
          // A drawing (unknown to libxml2, closes nothing) is passed over to its end tag.
          var drawn = end
          guard let close = drawingEnd(from: end, reach: &drawn) else { return nil }
          i = close
        }
        open.append(starting)
      } else {
        i = lt + 1
      }
    }
    i = b.count
    return nil
  }
}
