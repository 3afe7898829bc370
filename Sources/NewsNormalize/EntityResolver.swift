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
    var table = FormTable()
    let forms = mentions.map { table.form(of: $0.text) }
    let wordCounts = forms.map { table[$0].wordCount }
    // Longer names first, so that short forms find the full name whatever the text order.
    let order = mentions.indices.sorted {
      let a = wordCounts[$0], b = wordCounts[$1]
      if a != b { return a > b }
      if mentions[$0].span != mentions[$1].span { return mentions[$0].span < mentions[$1].span }
      return $0 < $1
    }
    var clusters: [MentionCluster] = []
    var index = ClusterIndex(names: table.ids.nameCount, words: table.ids.wordCount)
    for i in order {
      let mention = mentions[i]
      if let c = clusterIndex(for: mention, form: forms[i], in: clusters, index: index, table: &table) {
        if clusters[c].add(mention, form: forms[i], in: table) { index.note(table[forms[i]], cluster: c) }
      } else {
        clusters.append(MentionCluster(mention, form: forms[i], in: table))
        index.note(table[forms[i]], cluster: clusters.count - 1)
      }
    }
    let named = clusters.map { (cluster: $0, canonical: $0.canonical(in: table)) }
    return named.sorted {
      $0.cluster.firstStart != $1.cluster.firstStart
        ? $0.cluster.firstStart < $1.cluster.firstStart : table[$0.canonical].text < table[$1.canonical].text
    }.map { entity($0.cluster, canonical: $0.canonical, table: table) }
  }

  func entity(_ cluster: MentionCluster, canonical: Int, table: FormTable) -> Entity {
    let type = cluster.type
    let name = table[canonical].text
    let aliases = cluster.forms.filter { $0 != canonical }.map { table[$0].text }
    let mentions = cluster.mentions.sorted { $0.span < $1.span }
    return Entity(id: EntityID.make(type: type, name: name), type: type, name: name, mentions: mentions, aliases: aliases)
  }
}
