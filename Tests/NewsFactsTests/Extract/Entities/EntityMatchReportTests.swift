import Testing

/// Wire sports pages: single names acting as teams, scoreboard dismissals, venues heading a
/// list of scores, datelines and headline acronyms; and names of people with particles or a
/// surname that is also a small place.
@Suite struct EntityMatchReportTests {
  static let examples: [EntityExample] = [
    // a team takes a plural verb; a player does not
    EntityExample(text: "SOCCER - LEADERS SLIP .\n\nChampions Vastora were held 1-1 by Marseille on Sunday .\n\nCoach Ian Pell said Vastora had tired .",
      expected: ["organization:Vastora"], absent: ["person:Vastora"]),
    EntityExample(text: "SOCCER - ROUND-UP .\n\nOstrava beat Plzen 2-1 and Verdane drew 0-0 with Nantes .", expected: ["organization:Verdane"]),
    EntityExample(text: "SOCCER - ROUND-UP .\n\nStriker Tomas Verdane scored twice in a 2-1 win .", expected: ["person:Tomas Verdane"],
      absent: ["organization:Verdane"]),
    // "c X b Y": caught and bowled
    EntityExample(text: "CRICKET - SCOREBOARD .\n\nFirst innings\n\nA. Morle c Tandy b Cork 45\n\nB. Hesk lbw b Lyle 12",
      expected: ["person:Tandy", "person:Cork", "person:Lyle"], absent: ["location:Cork", "organization:Cork"]),
    // a town heading a fixture is where it is played; the counties are the clubs
    EntityExample(text: "CRICKET - COUNTY SCORES .\n\nClose of play scores on Friday :\n\nAt Leicester : Kent 210 and 95-3 , Essex 180 .",
      expected: ["location:Leicester", "organization:Kent"], absent: ["organization:Leicester"]),
    // a dateline stays a place even when the town is a team in the table below
    EntityExample(text: "BASEBALL - RESULTS .\n\nNEW YORK 1996-09-04\n\nNEW YORK 5 Boston 3\n\nCleveland 7 Detroit 2",
      expected: ["location:NEW YORK", "organization:Boston"]),
    // a company's name opening a headline is no dateline
    EntityExample(text: "GENERAL MOTORS , UNION REACH PACT .\n\nDETROIT 1996-10-02\n\nThe carmaker agreed a deal .",
      expected: ["organization:GENERAL MOTORS", "location:DETROIT"], absent: ["location:GENERAL MOTORS"]),
    EntityExample(text: "UNITED NATIONS 1996-09-27\n\nThe Security Council met on Friday .", expected: ["location:UNITED NATIONS"],
      absent: ["organization:UNITED NATIONS"]),
    // a dateline's town and state are places even when no list knows them
    EntityExample(text: "CHIP MAKER CUTS JOBS .\n\nHALVERSTOCK , Vt. 1996-10-02\n\nThe company said it would cut 300 jobs .",
      expected: ["location:HALVERSTOCK", "location:Vt."]),
    EntityExample(text: "OIL FIRM CUTS JOBS .\n\nDALLAS , Tex. 1996-10-02\n\nThe company said it would cut 300 jobs .",
      expected: ["location:DALLAS", "location:Tex."]),
    EntityExample(text: "MARKETS CLOSE HIGHER .\n\nNew Yorkers bought shares on 1996-10-02", expected: [], absent: ["location:MARKETS CLOSE HIGHER"]),
    // an unknown short word of an all-caps headline is an acronym
    EntityExample(text: "STEEL FIRMS , KMW REACH DEAL .\n\nBONN 1996-10-02\n\nThe union agreed .", expected: ["organization:KMW"]),
    EntityExample(text: "RAIN HALTS PLAY .\n\nBONN 1996-10-02\n\nPlay was stopped .", expected: [], absent: ["organization:RAIN", "organization:PLAY"]),
    // a team noun before a name, or its coach in apposition, makes it a team everywhere
    EntityExample(text: "SOCCER - ROUND-UP .\n\nGoals from Pell gave holders Varnetta a win .\n\nVarnetta stay second .",
      expected: ["organization:Varnetta"], absent: ["person:Varnetta"]),
    EntityExample(text: "SOCCER - ROUND-UP .\n\nOstrovia , managed by Ian Pell , lost at home .\n\nOstrovia now trail by three points .",
      expected: ["organization:Ostrovia", "person:Ian Pell"], absent: ["person:Ostrovia", "location:Ostrovia"]),
    EntityExample(text: "SOCCER - ROUND-UP .\n\nStriker Halvo Tessmer joined from Sweden .\n\nTessmer , watched by his coach , scored twice .",
      expected: ["person:Tessmer"], absent: ["organization:Tessmer"]),
    // the side beaten in a line with a score is a team; a sponsor's name and a large town is a club
    EntityExample(text: "BASKETBALL - ROUND-UP .\n\nKorvex Tel Aviv beat Dravonia 81-78 in Athens on Thursday .",
      expected: ["organization:Korvex Tel Aviv", "organization:Dravonia", "location:Athens"], absent: ["person:Dravonia"]),
    EntityExample(text: "BASKETBALL - RESULTS .\n\nReal Madrid ( Spain ) 85 Alba Berlin ( Germany ) 79", expected: ["organization:Alba Berlin"],
      absent: ["organization:Berlin"]),
    // in a classification, the name after a rider's country is the team
    EntityExample(text: "CYCLING - STAGE RESULTS .\n\n1. Tomas Pellan ( France ) Varvetto 4 hours 52 minutes\n\n2. Ugo Brenn ( Italy ) Saeco same time",
      expected: ["person:Tomas Pellan", "organization:Varvetto", "organization:Saeco", "location:France"], absent: ["person:Varvetto"]),
    // a results line's name opening with a large town is a club's, even when the town is also a given name
    EntityExample(text: "SOCCER - RESULTS , FLORENCE VARANO GO TOP .\n\nFlorence Varano 2 Bastia 0\n\nAuxerre 1 Metz 1",
      expected: ["organization:Florence Varano", "organization:FLORENCE VARANO"], absent: ["person:Florence Varano", "person:FLORENCE VARANO"]),
    // scorers after their team and a dash; the team heads its part of the line
    EntityExample(text: "SOCCER - DUTCH RESULTS .\n\nVarnhem 2 Oskarveen 1\n\nScorers :\n\nVarnhem - Pellinger 35 , Van Dorst 70 ; Oskarveen - Kruiting 52",
      expected: ["organization:Varnhem", "person:Pellinger", "person:Van Dorst", "person:Kruiting", "organization:Oskarveen"],
      absent: ["organization:Pellinger", "organization:Kruiting"]),
    // a bowler's figures follow a person's name
    EntityExample(text: "CRICKET - SCOREBOARD .\n\nBowling : Tariq Mahmood 22-4-61-2 , Omar Latif 19-3-70-2",
      expected: ["person:Tariq Mahmood", "person:Omar Latif"], absent: ["organization:Tariq Mahmood"]),
    // in a sport of individuals, a name before a country in parentheses is the athlete's
    EntityExample(text: "TENNIS - RESULTS .\n\n3 - Chanda Rubin ( U.S. ) beat Sandra Dopfer ( Austria ) 6-0 6-3",
      expected: ["person:Chanda Rubin", "person:Sandra Dopfer", "location:U.S."], absent: ["location:Chanda"]),
    // both sides of a fixture, even without a score; England's counties are the county clubs
    EntityExample(text: "CRICKET - COUNTY SCORES .\n\nAt Leeds : Yorkshire v Gloucestershire , match abandoned .",
      expected: ["organization:Yorkshire", "organization:Gloucestershire", "location:Leeds"], absent: ["person:Yorkshire"]),
    // a name before "of" and a country in a results line ends there
    EntityExample(text: "TENNIS - RESULTS .\n\nTomas Varga beat Paul Haarnik of the Netherlands 6-2 6-3",
      expected: ["person:Paul Haarnik", "location:Netherlands"], absent: ["person:Paul Haarnik of the Netherlands"]),
    // a large town and a word that is no one's name is a club, even when the town is a given name
    EntityExample(text: "RUGBY LEAGUE - ROUND-UP .\n\nThe Sydney Bulldogs beat the Canberra Raiders 22-18 on Sunday .",
      expected: ["organization:Sydney Bulldogs", "organization:Canberra Raiders"], absent: ["person:Sydney Bulldogs"]),
    // the last word of a club named after its town stands for the club, in the headline too
    EntityExample(text: "BASEBALL - MARAUDERS BEAT COMETS .\n\nThe Denver Marauders beat the Dallas Comets 5-3 .\n\nThe Marauders lead by four games .",
      expected: ["organization:Denver Marauders", "organization:Marauders", "organization:MARAUDERS", "organization:COMETS"]),
    // an unknown word and a family name that is also a small town's name are a player's name
    EntityExample(text: "SOCCER - ROUND-UP .\n\nMarseille won through a header from Fabrizo Dumont in front of 40,000 fans .",
      expected: ["person:Fabrizo Dumont"], absent: ["organization:Fabrizo Dumont"]),
    // a word after an article or before a colon is no player
    EntityExample(text: "SOCCER - ROUND-UP .\n\nHalf-backs : Tom Ellery , Ian Pell .\n\nFans filled the Velodrome on Sunday .",
      expected: ["person:Tom Ellery"], absent: ["person:Half-backs", "person:Velodrome"]),
    // a weekday inside a club's name in a table; a given name and a mid-sized town's name are a player's
    EntityExample(text: "SOCCER - STANDINGS .\n\nChelsea 3 2 1 0 6 2 7\n\nSheffield Wednesday 3 2 1 0 5 2 7",
      expected: ["organization:Sheffield Wednesday"], absent: ["organization:Sheffield"]),
    EntityExample(text: "SOCCER - TEAMS .\n\nJuventus - Angelo Peruzzi ; Moreno Torricelli , Ciro Ferrara , Paolo Montero",
      expected: ["person:Ciro Ferrara"], absent: ["organization:Ciro Ferrara"]),
    // a team noun opening the sentence stays out of the name
    EntityExample(text: "SOCCER - ROUND-UP .\n\nChampions Ajax were held 1-1 at home .", expected: ["organization:Ajax"],
      absent: ["organization:Champions Ajax"]),
    // a country's name among clubs is a club; among countries it is the national side, a place
    EntityExample(text: "SOCCER - FRENCH RESULTS .\n\nAuxerre 1 Monaco 1\n\nNantes 3 Guingamp 1\n\nMetz 2 Bastia 0",
      expected: ["organization:Monaco", "organization:Auxerre"], absent: ["location:Monaco"]),
    EntityExample(text: "SOCCER - QUALIFIERS .\n\nRepublic of Ireland 0 Iceland 0\n\nWales 1 Netherlands 3",
      expected: ["location:Republic of Ireland", "location:Iceland"], absent: ["organization:Republic of Ireland"]),
    // a sentence opening with a club or a town and a comma is no dateline; a dateline's comma comes before its date
    EntityExample(text: "SOCCER - ROUND-UP .\n\nPARIS 1996-09-21\n\nLeeds , back in the top flight , won again .",
      expected: ["location:PARIS"], absent: ["location:Leeds"]),
    EntityExample(text: "CLINTON , DOLE TRADE BARBS .\n\nWASHINGTON 1996-09-21\n\nPresident Bill Clinton spoke .",
      expected: ["location:WASHINGTON"], absent: ["location:CLINTON"]),
    // a ground is a place, not the club of a town in its name
    EntityExample(text: "SOCCER - ROUND-UP .\n\nLeeds United won 3-1 at Elland Road on Sunday .", expected: ["location:Elland Road"],
      absent: ["organization:Elland Road"]),
    // a particle opens the last part of a name
    EntityExample(text: "Foreign Minister Amr al-Hadidi said talks would resume .", expected: ["person:Amr al-Hadidi"], absent: ["person:Amr"]),
    // a given name and a small place's name: the person's surname
    EntityExample(text: "Daniel Komen of Kenya won the race .", expected: ["person:Daniel Komen", "location:Kenya"]),
    EntityExample(text: "Farmers in Nandi reported rain .", expected: ["location:Nandi"]),
    EntityExample(text: "NATO Secretary-General Javier Solana arrived .", expected: ["person:Javier Solana"],
      absent: ["person:Secretary-General Javier Solana"]),
  ]

  @Test(arguments: examples)
  func readsMatchReports(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }
}
