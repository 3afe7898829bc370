import Testing

/// Rules that read the line or the document around a name: results tables, all-caps lines
/// reusing names given elsewhere, initials, connectors of other languages.
@Suite struct EntityContextRuleTests {
  static let examples: [EntityExample] = [
    // results tables: a team before its score, a country's team is a place, scorers are people
    EntityExample(
      text: "SOCCER - DUTCH LEAGUE RESULTS .\n\nVelden United 2 ( Marsholt 23 , Quenby 70 ) Ostrava 1",
      expected: ["organization:Velden United", "person:Marsholt", "person:Quenby", "organization:Ostrava"]),
    EntityExample(text: "SOCCER - FRIENDLY\n\nNorway 2 Brazil 4", expected: ["location:Norway", "location:Brazil"]),
    // individual sports list people
    EntityExample(text: "GOLF - LEADING SCORES\n\nTarquin Hollowell 68 66\nBrede Skovmand 70 66", expected: ["person:Tarquin Hollowell", "person:Brede Skovmand"]),
    // cricket scoreboards: initials and surname
    EntityExample(text: "CRICKET - SCOREBOARD\n\nR. Pellow c Ashworth b Kinnard 12", expected: ["person:R. Pellow"]),
    // a headline reuses the names of the story, case aside
    EntityExample(
      text: "SOCCER - VELDEN UNITED WIN AGAIN .\n\nVelden United beat Ostrava 2-0 on Saturday .",
      expected: ["organization:VELDEN UNITED", "organization:Velden United"]),
    EntityExample(
      text: "KORVALD QUITS .\n\nPrime Minister Arne Korvald resigned on Friday .",
      expected: ["person:KORVALD", "person:Arne Korvald"], absent: ["person:QUITS"]),
    // connectors of other languages join one name
    EntityExample(text: "Shares of Compania Minera del Sur fell .", expected: ["organization:Compania Minera del Sur"]),
    // a club before its player in a match report
    EntityExample(text: "SOCCER - CUP\n\nHoddle picked Tarnow 's Hugo Brenner for the match .", expected: ["organization:Tarnow", "person:Hugo Brenner"]),
    // datelines: the town and the region after it
    EntityExample(text: "KEYPORT , Florida 1997-03-22\n\nRain fell .", expected: ["location:Florida"]),
    // an agency credit after the town: a dateline even in a sports report
    EntityExample(
      text: "MADRID (AP) — Valencia beat Sevilla 2-1 in the league on Sunday.\n\nThe coach praised the striker.",
      expected: ["location:MADRID"], absent: ["organization:MADRID"]),
  ]

  @Test(arguments: examples)
  func readsContext(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }

  @Test func outputIsDeterministic() {
    let text = "SOCCER - CUP\n\nVelden United 2 Ostrava 1\n\nPresident Arne Korvald met NATO officials in Oslo ."
    #expect(EntityTestSupport.labels(text) == EntityTestSupport.labels(text))
    #expect(EntityTestSupport.entities(text) == EntityTestSupport.entities(text))
  }
}
