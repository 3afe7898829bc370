import Testing

@Suite struct EntityLocationPatternTests {
  static let examples: [EntityExample] = [
    EntityExample(text: "He returned to the Republic of Moldova last week.", expected: ["location:Republic of Moldova"]),
    EntityExample(text: "Tankers crossed the Strait of Hormuz and the Gulf of Oman.", expected: ["location:Strait of Hormuz", "location:Gulf of Oman"]),
    EntityExample(text: "Ships waited in the Sea of Azov.", expected: ["location:Sea of Azov"]),
    EntityExample(text: "Floods hit Sichuan Province and the Kurgan Region.", expected: ["location:Sichuan Province", "location:Kurgan Region"]),
    EntityExample(text: "Consulates operate in Istanbul, Antalya and Almaty.", expected: ["location:Istanbul", "location:Antalya", "location:Almaty"]),
    EntityExample(text: "Tension rose in the Middle East.", expected: ["location:Middle East"]),
    EntityExample(text: "Germany 's exports to the U.S. , Brazil and Japan rose .", expected: ["location:Germany", "location:U.S.", "location:Brazil", "location:Japan"]),
    // datelines
    EntityExample(text: "ANKARA — The talks began on Monday.", expected: ["location:ANKARA"]),
    EntityExample(text: "ASTANA, July 28 (Reuters) - Officials said trade grew.", expected: ["location:ASTANA", "organization:Reuters"]),
    EntityExample(text: "LONDON 1996-08-30\n\nShares rose.", expected: ["location:LONDON"]),
    // all-caps headlines
    EntityExample(text: "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", expected: ["location:JAPAN", "location:CHINA"]),
    // a small town needs a sign that a place is meant
    EntityExample(text: "Talks were held near Bitlis on Friday.", expected: ["location:Bitlis"]),
    // a place noun after an unknown name, or before "of" and one
    EntityExample(text: "Rebels shelled the Tavruk district and the nearby town of Oskerin .",
      expected: ["location:Tavruk", "location:Oskerin"], absent: ["person:Tavruk", "person:Oskerin"]),
    EntityExample(text: "Jets bombed camps in the Vardeli mountains .", expected: ["location:Vardeli"]),
    EntityExample(text: "Settlers expanded the settlement of Kiryat Velon .", expected: ["location:Kiryat Velon"], absent: ["person:Kiryat Velon"]),
    // a comma closing an opening "In X" starts no list of places
    EntityExample(text: "In Mexico City , Tavrex and Ulmex rose on the exchange .", expected: ["location:Mexico City"],
      absent: ["location:Tavrex", "location:Ulmex"]),
    // the noun heads the name after "of", not the word before it
    EntityExample(text: "Police patrolled the Varnish city of Olberg .", expected: ["location:Olberg"], absent: ["location:Varnish"]),
  ]

  @Test(arguments: examples)
  func findsLocations(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }

  static let negatives: [String] = [
    "Turkish exporters and Kazakh buyers signed.",
    "In March and May sales rose.",
    "Mobile phone sales rose.",
    "Reading the report took a while.",
    "Nice weather helped.",
    // an event's name holds a place's without naming it
    "Varga , the U.S. Open champion , withdrew .",
    "He won the ninth stage of the Tour of Spain on Sunday .",
    "Belgian Grand Prix hopes faded after the crash .",
  ]

  @Test(arguments: negatives)
  func findsNoLocation(_ text: String) {
    #expect(!EntityTestSupport.mentions(text).contains { $0.type == .location }, "\(EntityTestSupport.labels(text))")
  }
}
