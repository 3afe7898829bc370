import CLibXML2
import NewsCore

/// A page's metadata from what `PageSignalReader` found, each value from the most
/// trustworthy source that has it.
struct MetadataReader {
  let page: PageSignals
  let url: String?

  init(page: PageSignals, url: String?) {
    self.page = page
    self.url = url
  }

  func read() -> Metadata {
    let ld = JSONLDArticle(blocks: page.jsonLD)
    var m = Metadata()
    m.siteName = firstNonEmpty(MetadataWords.siteKeys.compactMap { page.meta[$0] }.filter { !$0.hasPrefix("@") } + [ld?.publisher].compactMap { $0 })
    m.title = title(page, ld: ld, siteName: m.siteName)
    (m.published, m.publishedSource) = published(page, ld: ld)
    if let modified = ld?.modified.flatMap(DateText.normalize) {
      (m.modified, m.modifiedSource) = (modified, "json-ld")
    } else if let (key, value) = firstDate(page.meta, keys: MetadataWords.modifiedKeys) {
      (m.modified, m.modifiedSource) = (value, key)
    } else if let value = page.itemprops["dateModified"]?.lazy.compactMap(DateText.normalize).first {
      (m.modified, m.modifiedSource) = (value, "itemprop")
    }
    m.authors = authors(page, ld: ld)
    m.canonicalURL = firstNonEmpty([page.canonical, page.meta["og:url"], ld?.url, url].compactMap { $0 })
    let declared = [page.lang, page.meta["og:locale"], page.meta["content-language"], ld?.language].compactMap { $0 }
    m.language = declared.lazy.compactMap(LanguageGuess.primaryTag).first
    return m
  }

  func firstNonEmpty(_ values: [String]) -> String? {
    values.lazy.map { $0.collapsingSpaces }.first { !$0.isEmpty }
  }

  func title(_ page: PageSignals, ld: JSONLDArticle?, siteName: String?) -> String? {
    let h1 = page.firstH1.flatMap { $0.isEmpty ? nil : $0 }
    if let og = page.meta["og:title"]?.collapsingSpaces, !og.isEmpty {
      return TitleText.withoutSiteName(og, siteName: siteName, headline: h1)
    }
    if let headline = ld?.headline?.collapsingSpaces, !headline.isEmpty { return headline }
    if let h1 { return h1 }
    if let t = page.titleElement?.collapsingSpaces, !t.isEmpty {
      return TitleText.withoutSiteName(t, siteName: siteName, headline: nil)
    }
    return nil
  }

  func published(_ page: PageSignals, ld: JSONLDArticle?) -> (String?, String?) {
    if let value = ld?.published.flatMap(DateText.normalize) { return (value, "json-ld") }
    if let (key, value) = firstDate(page.meta, keys: MetadataWords.publishedKeys) { return (value, key) }
    if let value = page.itemprops["datePublished"]?.lazy.compactMap(DateText.normalize).first {
      return (value, "itemprop")
    }
    if let value = page.times.lazy.compactMap(DateText.normalize).first { return (value, "time") }
    for candidate in [url, page.canonical, page.meta["og:url"]] {
      if let candidate, let value = DateText.inURL(candidate) { return (value, "url") }
    }
    if let value = page.datelines.lazy.compactMap(DateText.normalize).first { return (value, "dateline") }
    if let value = page.bylines.lazy.compactMap(DateText.normalize).first { return (value, "byline") }
    return (nil, nil)
  }

  func firstDate(_ meta: [String: String], keys: [String]) -> (String, String)? {
    for key in keys {
      if let raw = meta[key], let value = DateText.normalize(raw) { return (key, value) }
    }
    return nil
  }

  func authors(_ page: PageSignals, ld: JSONLDArticle?) -> [String] {
    let sources: [[String]] = [
      ld?.authors ?? [],
      MetadataWords.authorKeys.compactMap { page.meta[$0] },
      page.itemprops["author"] ?? [],
      page.authorLinks,
      page.bylines,
    ]
    for source in sources {
      let names = AuthorNames.clean(source)
      if !names.isEmpty { return names }
    }
    return []
  }
}
