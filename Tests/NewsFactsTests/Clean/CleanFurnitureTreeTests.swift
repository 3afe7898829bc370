import CLibXML2
import Testing

@testable import NewsClean

/// The pre-pass empties `<nav>`, `<aside>` and `<footer>` bodies only where libxml2 would build the same
/// tree around them: for random tag soups around and inside such elements, the tree parsed
/// from the thinned page equals the tree parsed from the page itself with the furniture
/// emptied afterwards.
@Suite struct CleanFurnitureTreeTests {
  static let tags = [
    "div", "p", "span", "ul", "ol", "li", "a", "b", "i", "em", "table", "tbody", "tr", "td", "th", "h2", "form",
    "select", "option", "dl", "dt", "dd", "section", "header", "font", "center", "nav", "aside", "footer", "br", "img",
    "blockquote", "pre", "small", "label", "button",
  ]

  /// A deterministic soup of start tags, end tags and words.
  static func soup(_ random: inout Generator, length: Int) -> String {
    var out = ""
    for _ in 0..<length {
      let tag = tags[random.next(tags.count)]
      switch random.next(10) {
      case 0..<4: out += "<\(tag)>"
      case 4..<8: out += "</\(tag)>"
      case 8: out += "<\(tag)/>"
      default: out += " word "
      }
    }
    return out
  }

  /// libxml2's tree as text: element names, nesting and text.
  static func tree(_ page: String, emptyingFurniture: Bool) -> String {
    var bytes = Array(page.utf8)
    guard let doc = bytes.withUnsafeMutableBufferPointer({ LibXML.parse(utf8: UnsafeBufferPointer($0), origin: "t") }) else {
      return "nil"
    }
    defer { xmlFreeDoc(doc) }
    var out = ""
    func write(_ node: xmlNodePtr) {
      if node.isText {
        out += node.pointee.content.map { String(cString: $0) } ?? ""
        return
      }
      guard node.isElement, let name = node.pointee.name else { return }
      let tag = String(cString: name)
      out += "<\(tag)>"
      let empty = emptyingFurniture && (tag == "nav" || tag == "aside" || tag == "footer")
      var child = empty ? nil : node.firstChild
      while let c = child {
        write(c)
        child = c.nextSibling
      }
      out += "</\(tag)>"
    }
    if let root = xmlDocGetRootElement(doc) { write(root) }
    return out
  }

  /// The rules above hold for elements libxml2 does not know (it never closes them implicitly).
  @Test func furnitureIsUnknownToLibXML() {
    for name in UnreadContentStripper.furnitureNames {
      #expect(htmlTagLookup(name) == nil, "\(String(decoding: name, as: UTF8.self))")
    }
  }

  @Test func thinnedFurnitureLeavesTheSameTreeAround() {
    var random = Generator(seed: 2026)
    var emptied = 0
    for _ in 0..<10000 {
      let furniture = ["nav", "aside", "footer"][random.next(3)]
      let page =
        "<html><body>" + Self.soup(&random, length: random.next(6)) + "<\(furniture)>"
        + Self.soup(&random, length: random.next(30)) + "</\(furniture)>" + Self.soup(&random, length: random.next(6))
      var copy = Array(page.utf8)
      guard let thinned = copy.withUnsafeMutableBufferPointer({ UnreadContentStripper.strip(UnsafeBufferPointer($0)) }) else {
        continue
      }
      let thinnedPage = String(decoding: thinned, as: UTF8.self)
      guard thinnedPage.count < page.count else { continue }
      emptied += 1
      #expect(Self.tree(thinnedPage, emptyingFurniture: true) == Self.tree(page, emptyingFurniture: true), "\(page)")
    }
    #expect(emptied > 300, "too few soups were thinned to test anything: \(emptied)")
  }
}

/// A small deterministic generator (xorshift), the same numbers on every machine.
struct Generator {
  var state: UInt64
  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
  mutating func next(_ bound: Int) -> Int {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Int(state % UInt64(max(bound, 1)))
  }
}
