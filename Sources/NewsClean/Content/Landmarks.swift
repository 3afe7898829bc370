import CLibXML2

/// Whether an element holds the page's main landmarks (`<main>`, the `<h1>`): such an element
/// wraps the story, whatever its names say (`Page-ad-margins`, `content paywall`), and is
/// not dropped for them.
enum Landmarks {
  /// Elements looked at, at most, before giving up (a furniture block is small).
  static let budget = 20_000

  static func contains(_ node: xmlNodePtr) -> Bool {
    var stack: [xmlNodePtr] = []
    var child = node.firstChild
    var seen = 0
    while true {
      while let c = child {
        if c.isElement, let name = c.pointee.name {
          if strcmp(name, "h1") || strcmp(name, "main") { return true }
          seen += 1
          if seen > budget { return false }
          if let first = c.firstChild {
            if let next = c.nextSibling { stack.append(next) }
            child = first
            continue
          }
        }
        child = c.nextSibling
      }
      guard let next = stack.popLast() else { return false }
      child = next
    }
  }
}
