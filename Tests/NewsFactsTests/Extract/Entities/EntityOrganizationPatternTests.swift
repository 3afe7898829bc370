import Testing

@Suite struct EntityOrganizationPatternTests {
  static let examples: [EntityExample] = [
    EntityExample(text: "The Ministry of Water Resources and Irrigation issued a warning.", expected: ["organization:Ministry of Water Resources and Irrigation"]),
    EntityExample(text: "Researchers at the Norland Institute for Coastal Studies disagreed.", expected: ["organization:Norland Institute for Coastal Studies"]),
    EntityExample(text: "He joined the Organization of Andean Producers in 2010.", expected: ["organization:Organization of Andean Producers"]),
    EntityExample(text: "The Fisheries Council met twice.", expected: ["organization:Fisheries Council"]),
    EntityExample(text: "Velmora News Agency reported the vote.", expected: ["organization:Velmora News Agency"]),
    EntityExample(text: "Loans from Carrow Valley Bank grew.", expected: ["organization:Carrow Valley Bank"]),
    EntityExample(text: "She studied at the University of Tallowmere.", expected: ["organization:University of Tallowmere"]),
    EntityExample(text: "Shares of Brixtel Inc. fell while Omnatek AG rose.", expected: ["organization:Brixtel Inc.", "organization:Omnatek AG"]),
    EntityExample(text: "The Association of Rural Dairy Farmers ( ARDF ) objected.", expected: ["organization:Association of Rural Dairy Farmers", "organization:ARDF"]),
    EntityExample(text: "The Federation of Baltic Ports said the FBP would respond.", expected: ["organization:FBP"]),
    EntityExample(text: "Talks at NATO and the OSCE continued.", expected: ["organization:NATO", "organization:OSCE"]),
    // "the Council" is the council named earlier
    EntityExample(text: "The Grain Marketing Council set quotas. Later the Council raised them.", expected: ["organization:Council"]),
    // a club named after its city, in a match report
    EntityExample(text: "SOCCER - LEAGUE\n\nLeeds beat Chelsea 2-1 on Saturday.", expected: ["organization:Leeds", "organization:Chelsea"]),
    EntityExample(text: "SOCCER - RESULTS\n\nArsenal 2 Everton 0", expected: ["organization:Arsenal", "organization:Everton"]),
  ]

  @Test(arguments: examples)
  func findsOrganizations(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }

  static let negatives: [String] = [
    "The Council",  // a keyword alone, with nothing named before
    "Kazakh and Turkish officials met.",
    "The FBI",  // an acronym alone is fine, but not a city or a person
  ]

  @Test func keywordAloneIsNoOrganization() {
    #expect(EntityTestSupport.mentions("Council members met on Friday.").isEmpty)
    #expect(EntityTestSupport.mentions("Kazakh and Turkish officials met.").isEmpty)
  }
}
