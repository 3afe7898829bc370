#if canImport(Glibc)
  import Glibc
#endif

/// A linear pass over a page's UTF-8 bytes, before libxml2 parses it, that removes what the
/// cleaner never reads: the bodies of scripts (JSON-LD kept), styles, comments and inline
/// `<svg>` drawings, navigation and asides, and the attributes it does not read
/// (`ReadAttributeNames`). The tags stay, so the parsed tree keeps the same
/// elements, only emptied.
///
/// The scan follows the tokenizer of libxml2's HTML parser in recovery mode: a start tag is `<`
/// and a letter, its attribute values may be quoted (a quoted value hides any `<`); a script or
/// style ends at `</script` / `</style` in any case; a comment runs from `<!--` to the first
/// `-->` after it; `<script … />` is empty. Where the page is too broken to follow for sure (an
/// unclosed quote, comment, script or tag) the rest of the page is left as it is, and a drawing
/// holding anything but drawing tags (`DrawingTagNames`) is left whole.
struct UnreadContentStripper {
  let b: UnsafeBufferPointer<UInt8>
  /// Whether navigation and aside bodies go too (see `furnitureEnd`).
  var stripsFurniture = true
  /// Bytes that failed looks ahead (drawings and furniture that do not close as needed) may
  /// still cover, in all.
  private var lookahead: Int
  private var out: [UInt8] = []
  private var copied = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    b = bytes
    lookahead = bytes.count + 4096
  }

  /// The page without the bodies named above, or nil when there is nothing to remove.
  static func strip(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var stripper = UnreadContentStripper(bytes)
    stripper.scan()
    guard stripper.copied > 0 else { return nil }
    stripper.out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[stripper.copied...]))
    return stripper.out
  }

  private static let script = Array("script".utf8)
  private static let style = Array("style".utf8)
  private static let svg = Array("svg".utf8)
  private static let link = Array("link".utf8)

  private mutating func scan() {
    var i = 0
    while let lt = next(UInt8(ascii: "<"), from: i) {
      guard lt + 1 < b.count else { return }
      let c = b[lt + 1]
      if c == UInt8(ascii: "!") {
        if isCommentStart(lt) {
          guard let end = commentEnd(from: lt + 4) else { return }
          drop(lt + 4, end)
          i = end + 3
        } else {
          guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { return }
          i = gt + 1
        }
      } else if c == UInt8(ascii: "/") {
        guard lt + 2 < b.count, isLetter(b[lt + 2]) else {
          i = lt + 2
          continue
        }
        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { return }
        i = gt + 1
      } else if isLetter(c) {
        let nameEnd = nameEnd(from: lt + 1)
        guard let (end, selfClosing) = tagEnd(from: nameEnd) else { return }
        i = end
        let onLink = named(lt + 1, nameEnd, Self.link)
        dropUnreadAttributes(from: nameEnd, before: end, onLink: onLink)
        if selfClosing { continue }
        let raw = named(lt + 1, nameEnd, Self.script) ? Self.script : named(lt + 1, nameEnd, Self.style) ? Self.style : nil
        if let raw {
          guard let close = rawTextEnd(from: end, name: raw) else { return }
          if raw == Self.style || !mentionsJSONLD(lt, end) { drop(end, close) }
          i = close
        } else if lookahead > 0, named(lt + 1, nameEnd, Self.svg) || stripsFurniture && isFurniture(lt + 1, nameEnd) {
          // Looks ahead for where the body ends; looks that fail count against a budget of
          // the page's length, so that the pass stays linear on hostile pages.
          var reach = end
          let close =
            named(lt + 1, nameEnd, Self.svg)
            ? drawingEnd(from: end, reach: &reach) : furnitureEnd(from: end, name: lowercased(lt + 1, nameEnd), reach: &reach)
          if let close {
            drop(end, close)
            i = close
          } else {
            lookahead -= reach - end
          }
        }
      } else {
        i = lt + 1
      }
    }
  }

  /// Where the drawing whose body starts at `p` closes (the `<` of its `</svg`), or nil when
  /// it holds anything but drawing tags, comments and text, or never closes. `reach` is set to
  /// how far the look went.
  func drawingEnd(from p: Int, reach: inout Int) -> Int? {
    var depth = 1
    var i = p
    defer { reach = i }
    while let lt = next(UInt8(ascii: "<"), from: i) {
      guard lt + 2 < b.count else { return nil }
      let c = b[lt + 1]
      if c == UInt8(ascii: "!") {
        guard let after = afterComment(at: lt) else { return nil }
        i = after
      } else if c == UInt8(ascii: "/") {
        let nameEnd = nameEnd(from: lt + 2)
        let name = lowercased(lt + 2, nameEnd)
        guard DrawingTagNames.names.contains(name), let gt = next(UInt8(ascii: ">"), from: nameEnd) else { return nil }
        if name == Self.svg {
          depth -= 1
          if depth == 0 { return lt }
        }
        i = gt + 1
      } else if isLetter(c) {
        let nameEnd = nameEnd(from: lt + 1)
        let name = lowercased(lt + 1, nameEnd)
        guard DrawingTagNames.names.contains(name), let (end, selfClosing) = tagEnd(from: nameEnd) else { return nil }
        i = end
        if selfClosing { continue }
        if name == Self.svg {
          depth += 1
        } else if DrawingTagNames.rawText.contains(name) {
          guard let close = rawTextEnd(from: end, name: name) else { return nil }
          i = close
        }
      } else {
        return nil
      }
    }
    i = b.count
    return nil
  }

  mutating func drop(_ start: Int, _ end: Int) {
    guard end > start else { return }
    if out.isEmpty { out.reserveCapacity(b.count) }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<start]))
    copied = end
  }
}
