import Testing

/// Companies read from the business pages' phrasing, with invented names no list knows:
/// held ("shares of X"), moving in price ("X fell 1/4"), with a chairman or shares, employing
/// people ("X analyst Jane Doe"), introduced by a noun ("rival X") or an apposition, speaking
/// of itself as "it", joined by "&", listed with a company — and kept a company throughout.
@Suite struct EntityCompanyContextTests {
  static let companies: [EntityExample] = [
    EntityExample(text: "Shares of Corvandel rose sharply on Tuesday .", expected: ["organization:Corvandel"]),
    EntityExample(text: "Traders bought a stake in Velmoral Tessick last week .", expected: ["organization:Velmoral Tessick"],
      absent: ["person:Velmoral Tessick"]),
    EntityExample(text: "Analysts at Brandt Oskery expected a cut .", expected: ["organization:Brandt Oskery"], absent: ["person:Brandt Oskery"]),
    EntityExample(text: "Quilmara fell 1/4 to 48 in early trade .", expected: ["organization:Quilmara"], absent: ["person:Quilmara"]),
    EntityExample(text: "Dorrance Vake was up 1-1/2 at 31 .", expected: ["organization:Dorrance Vake"]),
    EntityExample(text: "Tavistel rose 12 cents to $ 9.50 .", expected: ["organization:Tavistel"]),
    // pence written against the number; a nationality before the name is part of it
    EntityExample(text: "Among the losers , Harrowby slipped 2p .", expected: ["organization:Harrowby"], absent: ["person:Harrowby"]),
    EntityExample(text: "British Telvane fell 4p to 362p .", expected: ["organization:British Telvane"], absent: ["organization:Telvane"]),
    // a town's name that moves in price or is listed with companies is the company
    EntityExample(text: "Among the losers , Granada eased 5p .", expected: ["organization:Granada"], absent: ["location:Granada"]),
    EntityExample(text: "Hitachi , Fujitsu and NEC were mixed .", expected: ["organization:Hitachi", "organization:Fujitsu"], absent: ["location:Hitachi"]),
    // written without spaces, an ampersand joins only the words on its sides
    EntityExample(text: "RATINGS - S&P AFFIRMS VELTRIA .\n\nThe agency kept its rating .", expected: ["organization:S&P"],
      absent: ["organization:S&P AFFIRMS VELTRIA"]),
    // in a market report, two unknown words that read as no one's name are a firm's; a person's still a person's
    EntityExample(text: "LONDON SHARES END HIGHER .\n\nBrindle rose 21p to 581p , Oskar fell 4p and Varrow gained 14p .\n\nShares rose after Tavell Quorvane raised its forecast .",
      expected: ["organization:Tavell Quorvane"], absent: ["person:Tavell Quorvane"]),
    EntityExample(text: "LONDON SHARES END HIGHER .\n\nBrindle rose 21p to 581p , Oskar fell 4p and Varrow gained 14p .\n\nShares rose after Peter Quorvane spoke .",
      expected: ["person:Peter Quorvane"]),
    // the company keeps its market evidence when a person of the same name is in the story
    EntityExample(text: "Chairman Henry Ostrander spoke . Ostrander shares rose 3/8 to 34 .", expected: ["person:Henry Ostrander", "organization:Ostrander"]),
    EntityExample(text: "Morvane 's chairman told shareholders the outlook was good .", expected: ["organization:Morvane"]),
    EntityExample(text: "Kelso Raddick analyst Pia Nordin said the shares were cheap .",
      expected: ["organization:Kelso Raddick", "person:Pia Nordin"], absent: ["person:Kelso Raddick"]),
    EntityExample(text: "Ulvenor said on Monday it would close two plants .", expected: ["organization:Ulvenor"], absent: ["person:Ulvenor"]),
    EntityExample(text: "Peter Halvane said in a statement its sales had doubled .", expected: ["organization:Peter Halvane"],
      absent: ["person:Peter Halvane"]),
    EntityExample(text: "Dutch retailer Vonkers reported higher sales .", expected: ["organization:Vonkers"]),
    EntityExample(text: "Brisco , the smallest of the big tobacco firms , settled the case .", expected: ["organization:Brisco"]),
    EntityExample(text: "Profits rose at Hallam & Threlkeld in the first half .", expected: ["organization:Hallam & Threlkeld"],
      absent: ["person:Threlkeld"]),
    EntityExample(text: "Shares of Korvel Avarra and Tessin Burr fell .", expected: ["organization:Korvel Avarra", "organization:Tessin Burr"]),
    // once a company, the name is a company in the rest of the story
    EntityExample(text: "Shares of Harlan Marsh rose .\n\nHarlan Marsh said sales were strong .", expected: ["organization:Harlan Marsh"],
      absent: ["person:Harlan Marsh", "person:Marsh"]),
    // a listed name takes on the unknown words after it, not a title or a given name
    EntityExample(text: "Analysts expect Siemens Nixdorf to cut jobs .", expected: ["organization:Siemens Nixdorf"]),
    EntityExample(text: "Siemens Chairman Heinrich Brandl said orders rose .", expected: ["organization:Siemens"],
      absent: ["organization:Siemens Chairman"]),
    // names listed by the stock indices
    EntityExample(text: "Boeing and Tesco reported results on Monday .", expected: ["organization:Boeing", "organization:Tesco"]),
  ]

  /// People in the same positions.
  static let people: [EntityExample] = [
    EntityExample(text: "Corven Aldy said he would resign .", expected: ["person:Corven Aldy"], absent: ["organization:Corven Aldy"]),
    EntityExample(text: "Analyst Pia Nordin of Kelso Raddick said the shares were cheap .", expected: ["person:Pia Nordin"],
      absent: ["organization:Pia Nordin"]),
    EntityExample(text: "Jon Brisco , the bank 's chairman , said profits rose .", expected: ["person:Jon Brisco"],
      absent: ["organization:Jon Brisco"]),
    EntityExample(text: "Mara Velt lost 6-4 6-3 to the top seed .", expected: [], absent: ["organization:Mara Velt"]),
    // a rise in percent is no share price: sales, traffic and prices of all kinds move so
    EntityExample(text: "Throughput rose 12 percent last year , Karl Brenner told reporters .", expected: ["person:Karl Brenner"],
      absent: ["organization:Throughput"]),
  ]

  @Test(arguments: companies)
  func readsCompanies(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }

  @Test(arguments: people)
  func leavesPeople(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }
}
