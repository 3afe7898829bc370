import NewsCore

/// Word lists and patterns for metadata. Data only.
enum MetadataWords {

  /// `<meta>` keys holding the publication date, in order of trust.
  static let publishedKeys = [
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "article.published", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date",
    "citation_publication_date", "article_date_original", "cxenseparse:recs:publishtime",
  ]
  /// `<meta>` keys holding the modification date.
  static let modifiedKeys = [
    "article:modified_time", "og:article:modified_time", "datemodified", "dcterms.modified",
    "last-modified", "og:updated_time",
  ]
  /// `<meta>` keys holding author names.
  static let authorKeys = [
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author",
  ]
  /// `<meta>` keys holding the site name.
  static let siteKeys = ["og:site_name", "application-name", "twitter:site", "publisher"]
  /// JSON-LD `@type`s of articles.
  static let articleTypes: Set<String> = [
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle",
    "ScholarlyArticle", "Report", "SocialMediaPosting", "WebPage", "MedicalWebPage",
  ]
  /// Words that name a role, not a person ("Staff Writer", "Senior Correspondent").
  static let roleWords: Set<String> = [
    "staff", "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist",
    "redação", "redacción", "rédaction", "redaktion", "redazione", "desk", "newsroom", "team",
  ]
  /// Words that are not author names.
  static let notAuthors: Set<String> = [
    "by", "and", "staff", "admin", "administrator", "editor", "editors", "email the author", "email",
    "author", "contributor", "reporter", "correspondent", "updated", "published", "posted", "written",
    "more", "follow", "twitter", "facebook",
  ]
}
