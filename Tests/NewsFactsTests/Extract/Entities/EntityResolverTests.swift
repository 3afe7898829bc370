import NewsCore
import NewsNormalize
import Testing

@Suite struct EntityResolverTests {
  func mention(_ type: EntityType, _ text: String, at start: Int, confidence: Double = 0.8, rule: String = "test") -> EntityMention {
    EntityMention(type: type, span: Span(start: start, end: start + text.unicodeScalars.count), text: text, rule: rule, confidence: confidence)
  }

  @Test func surnameJoinsTheFullName() {
    let entities = EntityResolver().entities(from: [
      mention(.person, "Kassym-Jomart Tokayev", at: 10), mention(.person, "Tokayev", at: 100),
    ])
    #expect(entities.count == 1)
    #expect(entities[0].name == "Kassym-Jomart Tokayev")
    #expect(entities[0].aliases == ["Tokayev"])
    #expect(entities[0].id == "person:kassym-jomart-tokayev")
  }

  @Test func surnameBeforeTheFullNameJoinsToo() {
    let entities = EntityResolver().entities(from: [mention(.person, "ZHU", at: 0), mention(.person, "Zhu Rongji", at: 50)])
    #expect(entities.count == 1)
    #expect(entities[0].name == "Zhu Rongji")
  }

  @Test func spellingWithoutDiacriticsIsTheSamePerson() {
    let entities = EntityResolver().entities(from: [
      mention(.person, "Recep Tayyip Erdoğan", at: 0), mention(.person, "Recep Tayyip Erdogan", at: 80),
    ])
    #expect(entities.count == 1)
    #expect(entities[0].name == "Recep Tayyip Erdoğan")
    #expect(entities[0].id == "person:recep-tayyip-erdogan")
  }

  @Test func acronymJoinsItsLongFormByLetters() {
    let entities = EntityResolver().entities(from: [
      mention(.organization, "Kazakhstan Institute for Strategic Studies", at: 0), mention(.organization, "KazISS", at: 200),
      mention(.organization, "OTS", at: 300), mention(.organization, "Organization of Turkic States", at: 400),
    ])
    #expect(entities.count == 2)
    #expect(entities.map(\.name) == ["Kazakhstan Institute for Strategic Studies", "Organization of Turkic States"])
  }

  @Test func acronymInParenthesesJoinsTheNameBeforeIt() {
    // "Parliamentary Assembly of Turkic States (TURKPA)": letters alone would not tell.
    let entities = EntityResolver().entities(from: [
      mention(.organization, "Parliamentary Assembly of Turkic States", at: 0),
      mention(.organization, "TURKPA", at: 41, rule: "organization.acronym-in-parentheses"),
    ])
    #expect(entities.count == 1)
  }

  @Test func theCouncilIsTheCouncilNamedEarlier() {
    let entities = EntityResolver().entities(from: [
      mention(.organization, "High-Level Strategic Cooperation Council", at: 0),
      mention(.organization, "Strategic Council", at: 100), mention(.organization, "Council", at: 200, confidence: 0.5),
    ])
    #expect(entities.count == 1)
    #expect(entities[0].mentions.count == 3)
  }

  @Test func typesVoteWeightedByConfidence() {
    let entities = EntityResolver().entities(from: [
      mention(.organization, "Kelvar", at: 0, confidence: 0.4), mention(.person, "Kelvar", at: 50, confidence: 0.3),
      mention(.organization, "Kelvar", at: 90, confidence: 0.4),
    ])
    #expect(entities.count == 1)
    #expect(entities[0].type == .organization)
  }

  @Test func differentPeopleWithDifferentNamesStayApart() {
    let entities = EntityResolver().entities(from: [
      mention(.person, "Anna Berg", at: 0), mention(.person, "Karl Lind", at: 20), mention(.person, "Lind", at: 60),
    ])
    #expect(entities.map(\.name) == ["Anna Berg", "Karl Lind"])
  }

  @Test func sameInputGivesTheSameOutput() {
    let mentions = [mention(.location, "Ankara", at: 5), mention(.person, "Tokayev", at: 20), mention(.location, "Baku", at: 40)]
    #expect(EntityResolver().entities(from: mentions) == EntityResolver().entities(from: mentions.reversed()))
  }
}
