import Foundation
import NewsCore
import Testing

/// The acceptance article (../shared/corpus beside the repository): every person,
/// organization and place named, one entity each, and no heading, credit or adjective.
enum EntitySeedArticle {
  static let text: String? = {
    let path = Paths.sharedFile("corpus/kazakhstan-turkiye-council.txt").path
    return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }()
}

@Suite(.enabled(if: EntitySeedArticle.text != nil))
struct EntitySeedArticleTests {
  let entities = EntityTestSupport.entities(EntitySeedArticle.text ?? "")

  func entity(_ name: String) -> Entity? {
    entities.first { $0.name == name || $0.aliases.contains(name) }
  }

  static let expected: [(String, EntityType, [String])] = [
    ("Kassym-Jomart Tokayev", .person, ["Tokayev"]),
    ("Recep Tayyip Erdoğan", .person, ["Recep Tayyip Erdogan"]),
    ("Aliya Musabekova", .person, ["Musabekova"]),
    ("Organization of Turkic States", .organization, ["OTS"]),
    ("Kazakhstan Institute for Strategic Studies", .organization, ["KazISS"]),
    ("Parliamentary Assembly of Turkic States", .organization, ["TURKPA"]),
    ("Kazinform News Agency", .organization, []),
    ("United Nations", .organization, []),
    ("OSCE", .organization, []),
    ("Ministry of Trade and Integration", .organization, []),
    ("Ministry of Culture and Tourism of Türkiye", .organization, []),
    ("High-Level Strategic Cooperation Council", .organization, ["Council"]),
    ("Economic Cooperation Organization", .organization, []),
    ("Kazakhstan", .location, []), ("Türkiye", .location, []), ("Ankara", .location, []),
    ("Istanbul", .location, []), ("Budapest", .location, []), ("Baku", .location, []),
    ("Strait of Hormuz", .location, []), ("Middle East", .location, []),
  ]

  @Test func findsEveryNameAsOneEntity() {
    for (name, type, aliases) in Self.expected {
      let found = entity(name)
      #expect(found?.type == type, "\(name)")
      for alias in aliases { #expect(found.map { $0.name == alias || $0.aliases.contains(alias) } == true, "\(name) ← \(alias)") }
    }
  }

  @Test func findsNoHeadingCreditOrAdjective() {
    for text in ["Political cooperation", "Political", "Trade momentum", "Trade", "Photo credit", "Photo", "Turkish", "Kazakh", "Tourism"] {
      #expect(entity(text) == nil, "\(text)")
    }
  }
}
