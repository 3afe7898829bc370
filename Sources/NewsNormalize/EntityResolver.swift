import NewsCore
import NewsExtract

/// Merges a document's mentions into entities. A later or shorter form joins the full one:
/// the same name folded (Erdogan ↔ Erdoğan), a surname (Tokayev → Kassym-Jomart Tokayev), an
/// acronym by its letters or in parentheses after the long form (OTS ↔ Organization of Turkic
/// States), a keyword or tail of an organization named earlier ("the Council"). Types vote
/// across the mentions of an entity, weighted by confidence.
public struct EntityResolver: Sendable {
  public init() {}

  /// The entities of one document, in order of first mention; each with its canonical
  /// (most complete) name, the other forms as aliases, and a stable id.
  public func entities(from mentions: [EntityMention]) -> [Entity] {
    // Longer names first, so that short forms find the full name whatever the text order.
    let forms = mentions.map { NameForm($0.text) }
    let order = mentions.indices.sorted {
      let a = forms[$0].words.count, b = forms[$1].words.count
      if a != b { return a > b }
      if mentions[$0].span != mentions[$1].span { return mentions[$0].span < mentions[$1].span }
      return $0 < $1
    }
    var clusters: [MentionCluster] = []
    var index = ClusterIndex()
    for i in order {
      let mention = mentions[i]
      if let c = clusterIndex(for: mention, form: forms[i], in: clusters, index: index) {
        if clusters[c].add(mention, form: forms[i]) { index.note(forms[i], cluster: c) }
      } else {
        clusters.append(MentionCluster(mention, form: forms[i]))
        index.note(forms[i], cluster: clusters.count - 1)
      }
    }
    return clusters.sorted {
      $0.firstStart != $1.firstStart ? $0.firstStart < $1.firstStart : $0.canonical.text < $1.canonical.text
    }.map(entity)
  }

  func entity(_ cluster: MentionCluster) -> Entity {
    let type = cluster.type
    let name = cluster.canonical.text
    let aliases = cluster.forms.map(\.text).filter { $0 != name }
    let mentions = cluster.mentions.sorted { $0.span < $1.span }
    return Entity(id: EntityID.make(type: type, name: name), type: type, name: name, mentions: mentions, aliases: aliases)
  }
}
