import Testing
@testable import NewsCore
@testable import NewsNormalize
@testable import NewsPipeline

@Suite struct CorpusGraphTests {
  typealias Record = CorpusEntityMerge.Record

  func record(_ type: EntityType, _ name: String, aliases: [String] = []) -> Record {
    Record(id: EntityID.make(type: type, name: name), type: type, name: name, aliases: aliases)
  }

  @Test func aSurnameInOneDocumentJoinsTheFullNameInAnother() {
    let full = record(.person, "Kassym-Jomart Tokayev", aliases: ["Tokayev"])
    let short = record(.person, "Tokayev")
    let target = CorpusEntityMerge.targets(for: [short, full])
    #expect(target[short.id] == full.id)
    #expect(target[full.id] == full.id)
  }

  @Test func anAliasJoinsOnlyWhenOneEntityClaimsIt() {
    let a = record(.person, "John Smith")
    let b = record(.person, "Anna Smith")
    let short = record(.person, "Smith")
    #expect(CorpusEntityMerge.targets(for: [a, b, short])[short.id] == short.id)
    let org = record(.organization, "Organization of Turkic States", aliases: ["OTS"])
    let acronym = record(.organization, "OTS")
    #expect(CorpusEntityMerge.targets(for: [org, acronym])[acronym.id] == org.id)
  }

  @Test func typesDoNotMix() {
    let place = record(.location, "Washington")
    let person = record(.person, "George Washington")
    #expect(CorpusEntityMerge.targets(for: [place, person])[place.id] == place.id)
  }

  @Test func theGraphListsEveryMentionUnderTheJoinedEntityWithItsDocument() {
    func doc(_ origin: String, _ entities: [Entity]) -> ExtractedDocument {
      ExtractedDocument(
        id: StableID.document(canonicalURL: nil, origin: origin),
        clean: CleanDocument(origin: origin, format: .text, text: "", blocks: [], metadata: Metadata()),
        facts: [], entities: entities)
    }
    func entity(_ name: String, aliases: [String] = [], at start: Int) -> Entity {
      let m = EntityMention(type: .person, span: Span(start: start, end: start + name.count), text: name, rule: "test")
      return Entity(id: EntityID.make(type: .person, name: name), type: .person, name: name, mentions: [m], aliases: aliases)
    }
    var graph = CorpusGraph()
    graph.add(doc("b.txt", [entity("Erdoğan", at: 4)]))
    graph.add(doc("a.txt", [entity("Recep Tayyip Erdoğan", aliases: ["Erdoğan", "Recep Tayyip Erdogan"], at: 10)]))
    let json = graph.json()
    guard case .array(let entities)? = json["entities"] else { Issue.record("no entities"); return }
    #expect(entities.count == 1)
    #expect(entities.first?["name"] == "Recep Tayyip Erdoğan")
    #expect(entities.first?["id"] == "person:recep-tayyip-erdogan")
    guard case .array(let mentions)? = entities.first?["mentions"] else { Issue.record("no mentions"); return }
    #expect(mentions.count == 2)
    #expect(Set(mentions.compactMap { $0["document"]?.stringValue }).count == 2)
  }
}
