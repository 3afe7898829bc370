import Testing

/// A document is a sports report (cities name clubs, unknown surnames are players) only on
/// strong, repeated evidence: a wire slug, scores or results with sports lines, or sports
/// words through much of the text. Ambiguous words in business news are none.
@Suite struct EntitySportsEvidenceTests {
  /// Town names that read as clubs only in a sports report.
  static let sportsReports: [EntityExample] = [
    // a wire slug alone
    EntityExample(text: "SOCCER - HOLDERS SLIP .\n\nMarseille drew with Nantes on Sunday .", expected: ["organization:Marseille", "organization:Nantes"]),
    // a score and several match lines
    EntityExample(
      text: "Hockey night in the north.\n\nLiverpool beat Bristol 3-1 on Saturday.\n\nThe league leaders scored twice in the first half.",
      expected: ["organization:Liverpool", "organization:Bristol"]),
    // in a sports report a region's name is its club, but not after "in"
    EntityExample(text: "SOCCER - GERMAN LEAGUE .\n\nLazio beat Sachsen 2-0 in Leipzig .", expected: ["organization:Lazio", "organization:Sachsen", "location:Leipzig"]),
    // a results table under a sports word
    EntityExample(
      text: "Basketball results on Friday:\n\nPortland 101 Dallas 99\n\nBoston 88 Denver 90\n\nAtlanta 95 Detroit 80",
      expected: ["organization:Portland", "organization:Denver"]),
  ]

  /// Business and general news with words that also belong to sport.
  static let otherNews: [EntityExample] = [
    EntityExample(
      text: "GRAIN - HARVEST SEASON STARTS EARLY .\n\nExporters beat last year 's record as ships left Odesa , Izmail and Reni .\n\nTop insurers raised premiums .",
      expected: ["location:Odesa", "location:Izmail"], absent: ["organization:Odesa", "person:Reni", "person:Top"]),
    EntityExample(
      text: "Retailers had their best season in years.\n\nSales at stores in Leeds beat forecasts, and the cup of coffee cost more in Bristol.\n\nThe tournament of offers ends on Monday.",
      expected: ["location:Leeds", "location:Bristol"], absent: ["organization:Leeds", "organization:Bristol"]),
    EntityExample(
      text: "Growers in Lazio had a good season.\n\nLazio exported more wine than Sachsen.",
      expected: ["location:Lazio", "location:Sachsen"], absent: ["organization:Lazio"]),
    // dates after names are no results table
    EntityExample(
      text: "Posts went viral.\n\n— Dana Whitford (@dwhitford) November 18, 2019\n\n— Rob Keane (@rkeane) November 18, 2019\n\n— Lin Osei (@linosei) November 19, 2019\n\nMadrid replied later.",
      expected: ["location:Madrid"], absent: ["organization:Madrid"]),
  ]

  @Test(arguments: sportsReports)
  func readsSportsReports(_ example: EntityExample) { Self.check(example) }

  @Test(arguments: otherNews)
  func readsOtherNewsAsSuch(_ example: EntityExample) { Self.check(example) }

  static func check(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }
}
