import NewsClean
import NewsCore
import Testing

/// Empty, huge and pathological input: refused with a clear error, or cleaned within bounds.
@Suite struct CleanLimitsTests {
  func raw(_ html: String) -> RawDocument {
    RawDocument(origin: "test.html", format: .html, bytes: Array(html.utf8), declaredCharset: "utf-8")
  }

  static let paragraph = "<p>The county opened a new cycle path along the canal on Saturday, linking two villages.</p>"

  @Test func emptyInputIsRefused() {
    #expect(throws: CleanError.self) { try HTMLCleaner().clean(raw("")) }
    #expect(throws: CleanError.self) { try HTMLCleaner().clean(raw(" \n\t ")) }
  }

  @Test func inputOverTheSizeLimitIsRefused() {
    var options = CleanerOptions()
    options.maxBytes = 1000
    let page = "<html><body>" + String(repeating: Self.paragraph, count: 20) + "</body></html>"
    #expect(throws: CleanError.self) { try HTMLCleaner(options: options).clean(raw(page)) }
  }

  /// Thousands of drawings and navigation elements that never close: the pre-pass's looks
  /// ahead stop within a budget of the page's length, and the story after them is kept.
  @Test(arguments: ["<svg><path/>", "<nav><div>x ", "<aside><span></div>", "<nav>a"])
  func unclosedDrawingsAndFurnitureStayWithinBounds(_ piece: String) throws {
    let page = "<html><body>" + String(repeating: Self.paragraph, count: 3) + String(repeating: piece, count: 20_000) + "</body></html>"
    var options = CleanerOptions()
    options.usesParseArena = false
    let doc = try HTMLCleaner().clean(raw(page))
    #expect(doc.text.contains("cycle path"))
    #expect(doc.text == (try HTMLCleaner(options: options).clean(raw(page))).text)
  }

  @Test func pageWithoutArticleTextGivesNoBlocks() throws {
    let doc = try HTMLCleaner().clean(raw("<html><head><script>var a = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>"))
    #expect(doc.blocks.isEmpty)
    #expect(doc.text.isEmpty)
  }

  @Test func textOutsideAnyElementIsKept() throws {
    let doc = try HTMLCleaner().clean(raw("Just one line of text, no markup around it at all, long enough to count."))
    #expect(doc.text == "Just one line of text, no markup around it at all, long enough to count.")
  }

  @Test func deepNestingStopsAtTheDepthLimit() throws {
    var options = CleanerOptions()
    options.maxDepth = 64
    let depth = 5000
    let page = String(repeating: "<div>", count: depth) + Self.paragraph + String(repeating: "</div>", count: depth)
    let doc = try HTMLCleaner(options: options).clean(raw("<html><body><article>" + Self.paragraph + "</article>" + page + "</body></html>"))
    #expect(doc.text.hasPrefix("The county opened"))
  }

  @Test func nodeLimitBoundsTheWork() throws {
    var options = CleanerOptions()
    options.maxNodes = 500
    let page = "<html><body><article>" + String(repeating: Self.paragraph, count: 5000) + "</article></body></html>"
    let doc = try HTMLCleaner(options: options).clean(raw(page))
    #expect(doc.blocks.count <= 500)
    #expect(!doc.blocks.isEmpty)
  }

  @Test func blocksNeverHoldLineBreaks() throws {
    let page = "<html><body><article><p>First line<br>second line\nstill second</p><pre>a\n  b</pre>" + Self.paragraph + "</article></body></html>"
    let doc = try HTMLCleaner().clean(raw(page))
    #expect(doc.blocks.allSatisfy { !$0.text.contains("\n") })
    #expect(doc.text == doc.blocks.map(\.text).joined(separator: "\n\n"))
  }

  @Test func sameInputGivesSameOutput() throws {
    let page = "<html><body><article>" + String(repeating: Self.paragraph, count: 3) + "</article></body></html>"
    let a = try HTMLCleaner().clean(raw(page))
    let b = try HTMLCleaner().clean(raw(page))
    #expect(a.text == b.text && a.blocks == b.blocks && a.metadata == b.metadata)
  }
}
