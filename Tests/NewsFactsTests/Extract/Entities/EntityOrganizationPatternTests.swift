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
    // an opening word before a proper name, with no "of"
    EntityExample(text: "Shares rose , led by Bank Tavrilo and Banco Quintara .", expected: ["organization:Bank Tavrilo", "organization:Banco Quintara"],
      absent: ["organization:Bank"]),
    // a lower-case noun after an unknown name says its kind
    EntityExample(text: "Leaders of the Veskari party and the Drumlen news agency met .",
      expected: ["organization:Veskari", "organization:Drumlen"], absent: ["person:Veskari", "person:Drumlen"]),
    EntityExample(text: "The Olvar Tessin movement rejected the plan .", expected: ["organization:Olvar Tessin"]),
    // two names joined by "and" after the first one's keyword; a title ends a head-of name
    EntityExample(text: "Economists at Kessler Bank and Omvard Bank disagreed .",
      expected: ["organization:Kessler Bank", "organization:Omvard Bank"], absent: ["organization:Kessler Bank and Omvard Bank"]),
    EntityExample(text: "Bank of Veltria Governor Anton Rusk kept rates high .",
      expected: ["organization:Bank of Veltria", "person:Anton Rusk"]),
    // a head-of name ends before "of" and a title or a given name
    EntityExample(text: "The Party of Civic Renewal of President Arvid Kolsta won .",
      expected: ["organization:Party of Civic Renewal", "person:Arvid Kolsta"], absent: ["organization:Party of Civic Renewal of President Arvid Kolsta"]),
    EntityExample(text: "It governs with the True Vision Party of Foreign Minister Tansel Okur .",
      expected: ["organization:True Vision Party", "person:Tansel Okur"]),
    EntityExample(text: "The Ministry of Foreign Affairs said nothing .", expected: ["organization:Ministry of Foreign Affairs"]),
    // a name ending on a head word goes on over its "of"
    EntityExample(text: "Economists at Union Bank of Veltria expect a cut .", expected: ["organization:Union Bank of Veltria"],
      absent: ["organization:Union Bank"]),
    // a known name goes on past "in"
    EntityExample(text: "The Organisation for Security and Cooperation in Europe met .",
      expected: ["organization:Organisation for Security and Cooperation in Europe"], absent: ["location:Europe"]),
    // a lower-case "major" is no title
    EntityExample(text: "Oil major Vostrel said it would bid .", expected: [], absent: ["person:Vostrel"]),
    // a company noun opening the sentence is no part of the name; one before a town's name makes it the company
    EntityExample(text: "Drugmaker Pellamon Pharmaceutical Industries Ltd gained 2 percent .",
      expected: ["organization:Pellamon Pharmaceutical Industries Ltd"]),
    EntityExample(text: "The firm was bought by insurer Winterthur last year .", expected: ["organization:Winterthur"],
      absent: ["location:Winterthur"]),
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
    "Bank officials said the party would meet .",
    "Oil group shares eased while engineering group stocks rose .",  // a sentence's first word before a kind noun
  ]

  @Test(arguments: negatives)
  func findsNoOrganization(_ text: String) {
    #expect(!EntityTestSupport.mentions(text).contains { $0.type == .organization }, "\(EntityTestSupport.labels(text))")
  }

  @Test func acronymAloneIsNoPlaceOrPerson() {
    #expect(!EntityTestSupport.mentions("The FBI").contains { $0.type != .organization }, "\(EntityTestSupport.labels("The FBI"))")
  }

  @Test func keywordAloneIsNoOrganization() {
    #expect(EntityTestSupport.mentions("Council members met on Friday.").isEmpty)
    #expect(EntityTestSupport.mentions("Kazakh and Turkish officials met.").isEmpty)
  }
}
