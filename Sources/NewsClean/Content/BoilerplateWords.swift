/// Words in `class` and `id` attributes that mark page furniture or article text. Data only:
/// `BoilerplateSignals` compiles them.
enum BoilerplateWords {
  /// Never article text, whatever else the element's names say.
  static let always = [
    "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter",
    "subscri", "cookie", "consent", "gdpr", "outbrain", "taboola", "breadcrumb", "most-?read",
    "most-?popular", "most-?viewed", "trending", "ticker", "read-?also", "see-?also", "more-?stories",
    "more-?news", "advert", "sponsor", "promo", "popup", "modal", "signup", "sign-up", "print",
    "tag-?list", "tags", "tag-?cloud", "keywords", "author-?bio", "about-?the-?author", "paywall",
    "donat", "follow-?us", "jump-?link", "skip-?link", "nocontent", "hide-?for-?print",
    "(?<![a-z])ads?(?![a-z])", "(?<![a-z])ad-", "dfp", "banner", "reaction", "rating", "login",
    "next-?article", "prev-?article", "pagination", "pager", "author-?info", "story-?tools",
  ]
  /// Page furniture unless the element also carries an article word.
  static let unlessArticle = [
    "nav", "menu", "footer", "header", "masthead", "sidebar", "side-?bar", "widget", "byline",
    "meta", "caption", "credit", "toolbar", "dateline", "timestamp", "(?<![a-z])date", "author",
    "headline", "title", "rail", "teaser", "card", "extra", "supplement", "overlay",
    "alert", "notice", "slideshow", "gallery", "video", "player", "embed", "tool",
  ]
  /// Names that article bodies carry.
  static let article = [
    "article", "content", "entry", "main", "post", "story", "text", "body", "blog", "news",
  ]
  /// Names of the article body itself (markers), checked before scoring.
  static let bodyMarkers = [
    "article-?body", "article__body", "articlebody", "story-?body", "story__body", "entry-?content",
    "post-?content", "post-?body", "post__content", "article-?content", "article__content",
    "articletext", "article-?text", "story-?content", "story-?text", "content-?body", "body-?text",
    "main-?text", "news-?text", "news-?content", "news_body", "text-?content", "td-post-content",
    "rich-?text", "blog-?post-?body", "single-?post-?content",
  ]
}
