import NewsCore
import NewsExtract

extension EntityResolver {
  /// The cluster a mention joins (a single word joins a person whose name has that word:
  /// "Tokayev", or "Zhu" of Zhu Rongji), if any: the candidates are tried from the strongest
  /// evidence (the same name) to the weakest (an organization's keyword).
  func clusterIndex(
    for mention: EntityMention, form number: Int, in clusters: [MentionCluster], index: ClusterIndex, table: inout FormTable
  ) -> Int? {
    let form = table[number]
    let key = form.key
    let weak = mention.confidence < 0.5
    // The same name: same type, or either side only guessed its type.
    if let found = nearest(clusters, index.clusters(withKey: key), before: mention, where: {
      $0.has(key: key, in: table) && ($0.type == mention.type || weak || $0.strongestConfidence < 0.5)
    }) {
      return found
    }
    if form.wordCount == 1 {
      let word = form.folded[0]
      if mention.type == .person || weak, let found = nearest(clusters, index.clusters(withWord: word), before: mention, where: { cluster in
        cluster.type == .person && cluster.forms.contains { table[$0].folded.count > 1 && table[$0].folded.contains(word) }
      }) {
        return found
      }
      if mention.rule == "organization.acronym-in-parentheses", let found = clusters.firstIndex(where: { cluster in
        cluster.type == .organization && cluster.mentions.contains { (1...2).contains(mention.span.start - $0.span.end) }
      }) {
        return found
      }
      if form.looksLikeAcronym, mention.type == .organization || weak,
        let found = nearestSpelledOrganization(number, clusters, before: mention, table: &table)
      {
        return found
      }
    }
    // "the Council" → the council named earlier; "Türkiye" → "Republic of Türkiye".
    if mention.type == .organization || mention.type == .location, let last = form.folded.last {
      let of = table.ids.knownWord("of")
      if let found = nearest(clusters, index.clusters(withWord: last), before: mention, where: { cluster in
        cluster.type == mention.type
          && cluster.forms.contains {
            form.isTail(of: table[$0]) && (mention.type == .organization || of.map(table[$0].folded.contains) ?? false)
          }
      }) {
        return found
      }
    }
    return nil
  }

  /// The organization nearest `mention` (as `nearest`) with a form whose capitalized words
  /// form `number` spells as an acronym.
  func nearestSpelledOrganization(_ number: Int, _ clusters: [MentionCluster], before mention: EntityMention, table: inout FormTable) -> Int? {
    let letters = table.lettersAsAcronym(number)
    var spelling: [Int] = []
    for (c, cluster) in clusters.enumerated() where cluster.type == .organization {
      for form in cluster.forms where AcronymMatch.spells(letters, table.lettersOfCapitalizedWords(form)) {
        spelling.append(c)
        break
      }
    }
    return nearest(clusters, spelling, before: mention, where: { _ in true })
  }

  /// Among clusters that pass `test`, the one with the mention closest before `mention`
  /// (else the first after it), so a repeated surname joins the person named last.
  func nearest(
    _ clusters: [MentionCluster], _ candidates: [Int], before mention: EntityMention, where test: (MentionCluster) -> Bool
  ) -> Int? {
    var best: Int?
    var bestDistance = Int.max
    for index in candidates where test(clusters[index]) {
      let cluster = clusters[index]
      for other in cluster.mentions {
        let distance = other.span.start <= mention.span.start
          ? mention.span.start - other.span.start : Int.max / 2 + other.span.start - mention.span.start
        if distance < bestDistance || distance == bestDistance && index < (best ?? Int.max) {
          best = index
          bestDistance = distance
        }
      }
    }
    return best
  }
}
