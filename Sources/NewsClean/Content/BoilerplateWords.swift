/// Words in `class` and `id` values that mark page furniture or article text. Data only:
/// `BoilerplateSignals` builds `NameMatcher`s from them. Parts are squashed (no `-`/`_`);
/// words must stand alone between separators.
enum BoilerplateWords {
  /// Never article text, whatever else the element's names say.
  static let always = NameMatcher(
    parts: [
      "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter",
      "subscri", "cookie", "consent", "gdpr", "outbrain", "taboola", "breadcrumb", "mostread",
      "mostpopular", "mostviewed", "trending", "ticker", "readalso", "seealso", "morestories",
      "morenews", "advert", "sponsor", "promo", "popup", "modal", "signup", "print", "taglist",
      "tagcloud", "keywords", "authorbio", "abouttheauthor", "paywall", "donat", "followus", "jumplink",
      "skiplink", "nocontent", "banner", "reaction", "rating", "login", "nextarticle", "prevarticle",
      "pagination", "pager", "authorinfo", "storytools", "adslot", "adunit", "adcontainer", "adwrap",
      "adplaceholder", "rollover", "tooltip", "popover", "hovercard", "elementhidden", "visuallyhidden",
      "sronly", "screenreader",
    ],
    words: ["ad", "ads", "tags", "dfp", "tag"])
  /// Posts embedded in the story (quoted tweets and the like): content, though their names
  /// say "social".
  static let embeddedPost = NameMatcher(parts: [
    "twittertweet", "socialmediaembed", "socialembed", "embeddedtweet", "tweetembed", "instagrammedia",
    "embeddedpost",
  ])
  /// Page furniture unless the element also carries an article word.
  static let unlessArticle = NameMatcher(
    parts: [
      "nav", "menu", "footer", "header", "masthead", "sidebar", "widget", "byline", "meta", "caption",
      "credit", "toolbar", "dateline", "timestamp", "author", "headline", "title", "rail", "teaser",
      "card", "extra", "supplement", "overlay", "alert", "notice", "slideshow", "gallery", "video",
      "player", "embed", "tool",
    ],
    words: ["date"])
  /// Names that article bodies carry.
  static let article = NameMatcher(
    parts: ["article", "content", "entry", "main", "post", "story", "text", "body", "blog", "news"])
  /// Names of the article body itself (markers), checked before scoring.
  static let bodyMarker = NameMatcher(parts: [
    "articlebody", "storybody", "entrycontent", "postcontent", "postbody", "articlecontent",
    "articletext", "storycontent", "storytext", "contentbody", "bodytext", "maintext", "newstext",
    "newscontent", "newsbody", "textcontent", "richtext", "blogpostbody", "singlepostcontent",
  ])
  /// The `type` of JSON-LD scripts (`application/ld+json` squashes to `applicationldjson`).
  static let jsonLD = NameMatcher(parts: ["ldjson"])
  /// Names of elements that show the publication date.
  static let dateline = NameMatcher(parts: ["date", "timestamp", "published", "posted", "pubtime"])
  /// Names of byline elements (for authors and byline dates).
  static let byline = NameMatcher(parts: ["byline", "author", "writer", "reporter"], words: ["by"])
}
