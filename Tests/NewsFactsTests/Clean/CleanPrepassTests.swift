import NewsCore
import Testing

@testable import NewsClean

/// The byte pre-pass before libxml2's parse: which bodies go, which stay, and hostile markup
/// that must be left as libxml2 would read it.
@Suite struct CleanPrepassTests {
  /// The page after the pre-pass (the page itself when nothing is removed).
  func stripped(_ page: String) -> String {
    var page = page
    return page.withUTF8 { UnreadContentStripper.strip($0).map { String(decoding: $0, as: UTF8.self) } } ?? page
  }

  static let examples: [(input: String, expected: String)] = [
    ("<p>a</p><script>var x = \"<p>\";</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
    ("<SCRIPT async>x()</ScRiPt >", "<SCRIPT></ScRiPt >"),
    ("<style>p { color: red }</style><p>t</p>", "<style></style><p>t</p>"),
    ("<p>a<!-- note <p>hidden</p> -->b</p>", "<p>a<!---->b</p>"),
    // `<!-->` does not close itself: the comment runs to the next `-->`.
    ("<p>a<!-->b-->c</p>", "<p>a<!---->c</p>"),
    // The script ends at the first `</script`, even inside a string; the rest is page text.
    ("<script>f(\"</script>\");</script><p>after</p>", "<script></script>\");</script><p>after</p>"),
    // `<script … />` is empty in libxml2: what follows is markup.
    ("<script src=\"a.js\" /><p>x</p>", "<script /><p>x</p>"),
    // … but a slash that ends an unquoted value does not close the tag.
    ("<script src=/a.js/>run()</script>", "<script></script>"),
    // A `>` or a `<script>` inside a quoted attribute value is not markup.
    ("<img class=\"a > b\"><script>x</script>", "<img class=\"a > b\"><script></script>"),
    ("<div class=\"<script>\" id='<!-- y -->'>text</div>", "<div class=\"<script>\" id='<!-- y -->'>text</div>"),
    ("a </ 3 <script>x</script>", "a </ 3 <script></script>"),
    ("<svg viewBox=\"0 0 1 1\"><title>Share</title><path d=\"M0 0\"/><g><circle r=\"1\"></circle></g></svg><p>x</p>",
     "<svg></svg><p>x</p>"),
    ("<svg><svg><path/></svg><rect/><style>.a{}</style></svg>t", "<svg></svg>t"),
    // Attributes the cleaner does not read go with the blanks before them; the ones it reads
    // (`ReadAttributeNames`) stay, in any case, and so do odd names libxml2 reads its own way.
    ("<div data-id=\"7\" class=\"story\" data-x='a > b' data-flag>t</div>", "<div class=\"story\">t</div>"),
    ("<a href=/x data-y=1/>t</a>", "<a>t</a>"),
    ("<img data-src=\"a.jpg\"/><p class=\"data-table\">t</p>", "<img/><p class=\"data-table\">t</p>"),
    ("<img src=\"a.jpg\" srcset=\"a 1x, b 2x\" alt=\"A\" class=\"wide\" onclick='go(\"x\")'>", "<img class=\"wide\">"),
    ("<meta property=\"og:title\" content=\"T\" data-x=1>", "<meta property=\"og:title\" content=\"T\">"),
    ("<A HREF=/x TARGET=_blank Rel=author>t</A>", "<A Rel=author>t</A>"),
    ("<link rel=canonical HREF=\"/story\" hreflang=en>", "<link rel=canonical HREF=\"/story\">"),
    ("<div \"odd\"=1 class=a title=b>t</div>", "<div \"odd\"=1 class=a>t</div>"),
  ]

  /// Nothing may be removed from these: broken markup libxml2 reads its own way.
  static let leftAlone: [String] = [
    "<p>a</p><script>var x = 1; <p>never closed</p>",
    "<p>a</p><!-- opened <p>b</p> and never closed",
    "<div title=\"unclosed><script>x</script><p>b</p>",
    "<p>a</p><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>",
    "<a class=/><svg><path/></a><p>text</p></svg>",
    "<svg><path/><p>inside</p></svg>",
    "<svg><path/>",
    "<p>plain text, no bodies at all</p>",
    "<div class=\"x data-y=1\">t</div>",
    "<p>data-driven text</p>",
  ]

  @Test(arguments: examples) func bodiesAreRemoved(_ example: (input: String, expected: String)) {
    #expect(stripped(example.input) == example.expected)
  }

  @Test(arguments: leftAlone) func brokenMarkupIsLeftAlone(_ page: String) {
    #expect(stripped(page) == page)
  }

  @Test func anEarlierBodyGoesAndTheUnclosedRestStays() {
    #expect(stripped("<!-- c --><p>a</p><script>var x") == "<!----><p>a</p><script>var x")
  }

  static let paragraph = "<p>The county opened a new cycle path along the canal on Saturday, linking two villages.</p>"

  static let pages: [String] = [
    "<html><head><script>var a = '<p>not text</p>';</script><style>p{}</style></head><body><article>\(paragraph)<!-- <p>old</p> -->\(paragraph)</article></body></html>",
    "<html><body><article>\(paragraph)<script>document.write(\"</script>\");</script>\(paragraph)</article></body></html>",
    "<html><body><article><p class=\"byline\">By Ann Lee</p>\(paragraph)<svg><path/></svg></article><script>x</body></html>",
    "<html><body><article>\(paragraph)<div title=\"<script>\">\(paragraph)</div><!-- never closed \(paragraph)</article></body></html>",
  ]

  @Test(arguments: pages) func cleaningGivesTheSameTextWithAndWithoutThePrepass(_ page: String) throws {
    var off = CleanerOptions()
    off.stripsUnreadContent = false
    let raw = RawDocument(origin: "t.html", format: .html, bytes: Array(page.utf8), declaredCharset: "utf-8")
    let with = try HTMLCleaner().clean(raw)
    let without = try HTMLCleaner(options: off).clean(raw)
    #expect(!with.text.isEmpty)
    #expect(with.text == without.text)
    #expect(with.metadata.title == without.metadata.title)
    #expect(with.metadata.authors == without.metadata.authors)
  }

  /// Every golden page and every dev page (where `../shared` is at hand) cleans the same,
  /// text, block kinds and metadata, with and without the pre-pass.
  @Test func wholePagesCleanTheSameWithAndWithoutThePrepass() {
    let raws = TestPages.html()
    #expect(raws.count > 10)
    var off = CleanerOptions()
    off.stripsUnreadContent = false
    for raw in raws {
      #expect(TestPages.cleaned(raw, options: CleanerOptions()) == TestPages.cleaned(raw, options: off), "\(raw.origin)")
    }
  }

  @Test func jsonLDIsStillRead() throws {
    let page = """
      <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Canal path opens",
      "datePublished": "2025-07-01T09:00:00Z"}</script><script>var t = 1;</script></head>
      <body><article>\(Self.paragraph)</article></body></html>
      """
    let raw = RawDocument(origin: "t.html", format: .html, bytes: Array(page.utf8), declaredCharset: "utf-8")
    let doc = try HTMLCleaner().clean(raw)
    #expect(doc.metadata.published?.hasPrefix("2025-07-01") == true)
    #expect(doc.metadata.title == "Canal path opens")
  }

  /// A drawing's text (an icon's `<title>`) no longer runs into the text of the element
  /// around it, as it did when libxml2 read the drawing whole.
  @Test func aBylineNoLongerReadsItsIconsTitle() throws {
    let page = "<html><body><article><p class=\"byline\">By Ann Lee<svg><title>icon</title></svg></p>\(Self.paragraph)</article></body></html>"
    let raw = RawDocument(origin: "t.html", format: .html, bytes: Array(page.utf8), declaredCharset: "utf-8")
    #expect(try HTMLCleaner().clean(raw).metadata.authors == ["Ann Lee"])
  }
}
