import Testing

/// Names on business and politics pages: authorities and offices named after a place, where
/// an organization sits, units after numbers, and titles before names that end in a place.
@Suite struct EntityBusinessNameTests {
  static let examples: [EntityExample] = [
    // a place head whose name ends in an organization word is an organization
    EntityExample(text: "The Port of Hamburg Authority raised its fees .", expected: ["organization:Port of Hamburg Authority"],
      absent: ["location:Port of Hamburg Authority"]),
    EntityExample(text: "Ships queued in the Gulf of Aden on Monday .", expected: ["location:Gulf of Aden"]),
    // "in" + the seat is no part of the organization
    EntityExample(text: "The Ministry of Trade and Industry in Nairobi said exports rose .",
      expected: ["organization:Ministry of Trade and Industry", "location:Nairobi"]),
    EntityExample(text: "A spokesman for the Federal Grid Agency in Bonn declined to comment .",
      expected: ["organization:Federal Grid Agency", "location:Bonn"]),
    // an all-caps word after a number or a scale word is a unit
    EntityExample(text: "The terminal handled 4.2 million TEU last year , up from 3.9 million .", expected: [], absent: ["organization:TEU"]),
    EntityExample(text: "Tankers of 80,000 DWT were turned away at the port .", expected: [], absent: ["organization:DWT"]),
    // ... but an acronym elsewhere still names an organization
    EntityExample(text: "The IMF said the Ministry of Finance ( MOF ) would cut spending .", expected: ["organization:MOF"]),
    // a title takes the whole run of the name, even a last word that is also a town
    EntityExample(text: "District mayor Selim Konya said the road would reopen .", expected: ["person:Selim Konya"],
      absent: ["location:Konya", "person:Selim"]),
    EntityExample(text: "Provincial governor Ruth Nakuru toured the farms .", expected: ["person:Ruth Nakuru"], absent: ["location:Nakuru"]),
    // without a title, a town after a name-like word stays a place when after "in"
    EntityExample(text: "Farmers in Konya reported good rains .", expected: ["location:Konya"]),
    // a town's name in capitals inside a sentence is an acronym, not the town
    EntityExample(text: "Lawyers for DACA recipients met in Dallas on Monday .", expected: ["location:Dallas"], absent: ["location:DACA"]),
    // initials before an institution make no person
    EntityExample(text: "Astronomers used the W. M. Halden Observatory in Chile .", expected: [], absent: ["person:W. M. Halden Observatory"]),
    // competitions are neither people nor organizations
    EntityExample(text: "The Davis Cup final starts on Friday .", expected: [], absent: ["person:Davis Cup"]),
    // one word with a company ending is an organization, also before "said" or after "at"
    EntityExample(text: "Analysts at Vornabank expected the cut .", expected: ["organization:Vornabank"], absent: ["location:Vornabank"]),
    EntityExample(text: "Shares of Quorvia Bankcorp rose .", expected: ["organization:Quorvia Bankcorp"], absent: ["person:Quorvia Bankcorp"]),
    EntityExample(text: "Talvisoft said sales rose .", expected: ["organization:Talvisoft"], absent: ["person:Talvisoft"]),
    // ... but not a keyword alone or a surname
    EntityExample(text: "Kurt Hebank said sales rose .", expected: ["person:Kurt Hebank"]),
    // a descriptor opening the sentence is no part of the organization's name
    EntityExample(text: "Opposition Free Democrats leader Karl Hovel called the budget a disaster .",
      expected: ["organization:Free Democrats", "person:Karl Hovel"], absent: ["organization:Opposition Free Democrats"]),
    // the next names in a list of places are places too
    EntityExample(text: "Ships called at Odesa , Brovoransk and Zelenivka last week .",
      expected: ["location:Odesa", "location:Brovoransk", "location:Zelenivka"], absent: ["person:Brovoransk"]),
  ]

  @Test(arguments: examples)
  func readsBusinessNames(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }
}
