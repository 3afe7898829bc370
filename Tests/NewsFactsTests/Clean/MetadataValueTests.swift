import Testing

@testable import NewsClean

/// Table-driven: the pieces metadata is built from (dates, authors, titles, languages).
@Suite struct MetadataValueTests {
  static let dates: [(String, String?)] = [
    ("2025-07-28", "2025-07-28"),
    ("2025-07-28T09:15:00+01:00", "2025-07-28T09:15:00+01:00"),
    ("2025-07-28 09:15:00", "2025-07-28T09:15:00"),
    ("  2019-11-20T07:00:28Z ", "2019-11-20T07:00:28Z"),
    ("July 28, 2025", "2025-07-28"),
    ("Posted on Sept. 3, 2024 at 10:02", "2024-09-03"),
    ("28 July 2025", "2025-07-28"),
    ("28 de julho de 2025", "2025-07-28"),
    ("2025/07/28", "2025-07-28"),
    ("28.07.2025", "2025-07-28"),
    ("20250728", "2025-07-28"),
    // Negatives: a year alone, impossible days, no date at all.
    ("© 2024 The Coastal Ledger", nil),
    ("2025-02-30", nil),
    ("Updated yesterday", nil),
    ("", nil),
  ]

  @Test(arguments: dates.indices)
  func normalizesDate(_ i: Int) {
    #expect(DateText.normalize(Self.dates[i].0) == Self.dates[i].1, "\(Self.dates[i].0)")
  }

  static let urlDates: [(String, String?)] = [
    ("https://news.example/2019/11/20/city-budget", "2019-11-20"),
    ("https://news.example/politics/2025-07-28-council-vote", "2025-07-28"),
    ("https://news.example/story/20240903/harvest", "2024-09-03"),
    ("https://news.example/2019/11/city-budget", nil),
    ("https://news.example/article-191119041538885.html", nil),
  ]

  @Test(arguments: urlDates.indices)
  func readsDateInURL(_ i: Int) {
    #expect(DateText.inURL(Self.urlDates[i].0) == Self.urlDates[i].1, "\(Self.urlDates[i].0)")
  }

  static let authors: [(String, [String])] = [
    ("By Jane Doe", ["Jane Doe"]),
    ("BY JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]),
    ("By Mara Quill and Tobias Wren | 28 July 2025", ["Mara Quill", "Tobias Wren"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Por João Silva e Ana Costa", ["João Silva", "Ana Costa"]),
    ("Jane Doe Email the author", ["Jane Doe"]),
    ("Jane Doe Updated 10:42 AM ET", ["Jane Doe"]),
    ("https://www.facebook.com/janedoe", []),
    ("newsroom@example.com", []),
    ("Staff", []),
  ]

  @Test(arguments: authors.indices)
  func cleansAuthors(_ i: Int) {
    #expect(AuthorNames.clean([Self.authors[i].0]) == Self.authors[i].1, "\(Self.authors[i].0)")
  }

  static let titles: [(String, String?, String)] = [
    ("Harbour authority approves new ferry terminal | The Coastal Ledger", "The Coastal Ledger", "Harbour authority approves new ferry terminal"),
    ("The Coastal Ledger - Harbour authority approves new ferry terminal", "The Coastal Ledger", "Harbour authority approves new ferry terminal"),
    ("Orchard growers expect record harvest - Valley Gazette", nil, "Orchard growers expect record harvest"),
    ("Rates: what changes in 2026", nil, "Rates: what changes in 2026"),
  ]

  @Test(arguments: titles.indices)
  func dropsSiteNameFromTitle(_ i: Int) {
    let (title, site, expected) = Self.titles[i]
    #expect(TitleText.withoutSiteName(title, siteName: site, headline: nil) == expected)
  }

  static let languages: [(String, String?)] = [
    ("The council said that the new bridge will be open to traffic in the spring and that it has been paid for by the region.", "en"),
    ("O prefeito disse que a nova ponte será aberta ao trânsito na primavera e que a obra foi paga pelo estado, mas não pela cidade.", "pt"),
    ("Der Bürgermeister sagte, dass die neue Brücke im Frühjahr für den Verkehr geöffnet wird und dass sie von der Region bezahlt wurde.", "de"),
    ("Мэр сказал, что новый мост откроют для движения весной и что его строительство было оплачено из бюджета области.", "ru"),
    ("시장은 새 다리가 봄에 개통될 것이라고 말했다.", "ko"),
    ("市長は新しい橋が春に開通すると述べた。", "ja"),
    ("Bridge.", nil),
  ]

  @Test(arguments: languages.indices)
  func guessesLanguage(_ i: Int) {
    #expect(LanguageGuess.language(of: Self.languages[i].0) == Self.languages[i].1, "\(Self.languages[i].0)")
  }

  @Test func readsPrimaryLanguageTag() {
    #expect(LanguageGuess.primaryTag("en-US") == "en")
    #expect(LanguageGuess.primaryTag("pt_BR") == "pt")
    #expect(LanguageGuess.primaryTag("") == nil)
  }
}
