import Testing

@Suite struct EntityPersonPatternTests {
  static let examples: [EntityExample] = [
    // titles and roles before a name stay outside the span
    EntityExample(text: "The talks were chaired by President Arnav Kelberg on Tuesday.", expected: ["person:Arnav Kelberg"], absent: ["person:President Arnav Kelberg"]),
    EntityExample(text: "Prime Minister Olwen Traskova resigned.", expected: ["person:Olwen Traskova"]),
    EntityExample(text: "Senator Maribel Quintanar voted against the bill.", expected: ["person:Maribel Quintanar"]),
    EntityExample(text: "The company's CEO Dario Feltrinelli will step down.", expected: ["person:Dario Feltrinelli"]),
    EntityExample(text: "A statement from Dr. Hanne Valstad followed.", expected: ["person:Hanne Valstad"]),
    EntityExample(text: "The ministry spokesperson Tomasz Wrzeciono declined to comment.", expected: ["person:Tomasz Wrzeciono"]),
    // reporting verbs around a name
    EntityExample(text: "Voskresenko said the deal was close.", expected: ["person:Voskresenko"]),
    EntityExample(text: "Prices will rise, according to Ilse Brandtner, an economist.", expected: ["person:Ilse Brandtner"]),
    // hyphenated, accented names and initials
    EntityExample(text: "President Kassym-Jomart Tokayev arrived in the capital.", expected: ["person:Kassym-Jomart Tokayev"]),
    EntityExample(text: "He met Turkish President Recep Tayyip Erdoğan in the afternoon.", expected: ["person:Recep Tayyip Erdoğan"], absent: ["location:Turkish"]),
    EntityExample(text: "The report was written by J. R. Hallworth for the board.", expected: ["person:J. R. Hallworth"]),
    // a later surname is the person named in full
    EntityExample(text: "Minister Aurelio Benvenuti spoke first. Later Benvenuti left the hall.", expected: ["person:Aurelio Benvenuti", "person:Benvenuti"]),
    // a one-word company's name after a given name is a surname
    EntityExample(text: "Party leader Heinrich Merck and his deputy left early .", expected: ["person:Heinrich Merck"],
      absent: ["organization:Merck", "person:Heinrich"]),
    // a country's name after a given name is a surname; the lone surname later is the person
    EntityExample(text: "Michael Jordan scored 41 points . Jordan hit 16 of 27 shots .", expected: ["person:Michael Jordan", "person:Jordan"],
      absent: ["location:Jordan"]),
    // a given name that is also a month's abbreviation opens a name; before a number it is the month
    EntityExample(text: "Jan Verhoeckx ( Netherlands ) beat Tomas Kral ( Czech Republic ) 6-4 6-3", expected: ["person:Jan Verhoeckx", "person:Tomas Kral"]),
    EntityExample(text: "Military spokesman Brigadier Sarath Perera said 40 rebels were killed .", expected: ["person:Sarath Perera"],
      absent: ["person:Brigadier Sarath Perera"]),
    // a possessive stays outside
    EntityExample(text: "It was Gerhard Kolbinger 's idea .", expected: ["person:Gerhard Kolbinger"], absent: ["person:Gerhard Kolbinger 's"]),
  ]

  @Test(arguments: examples)
  func findsPersons(_ example: EntityExample) {
    EntityTestSupport.expect(example)
  }

  static let negatives: [String] = [
    "Political cooperation",
    "Dealers said the market was calm.",
    "On Monday the talks resumed in earnest.",
    "Photo credit: staff",
    "Trade momentum slowed in May.",
    "Output rose in Jan 1996 and fell in June.",
  ]

  @Test(arguments: negatives)
  func findsNoPerson(_ text: String) {
    #expect(!EntityTestSupport.mentions(text).contains { $0.type == .person }, "\(EntityTestSupport.labels(text))")
  }
}
