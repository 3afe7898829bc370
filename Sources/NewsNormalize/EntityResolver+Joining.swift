import NewsCore
import NewsExtract

extension EntityResolver {
  /// The cluster a mention joins (a single word joins a person whose name has that word:
  /// "Tokayev", or "Zhu" of Zhu Rongji), if any: the candidates are tried from the strongest
  /// evidence (the same name) to the weakest (an organization's keyword).
  func clusterIndex(for mention: EntityMention, form: NameForm, in clusters: [MentionCluster], index: ClusterIndex) -> Int? {
    let key = form.key
    let weak = mention.confidence < 0.5
    // The same name: same type, or either side only guessed its type.
    if let index = nearest(clusters, index.clusters(withKey: key), before: mention, where: {
      $0.has(key: key) && ($0.type == mention.type || weak || $0.strongestConfidence < 0.5)
    }) {
      return index
    }
    if form.words.count == 1 {
      if mention.type == .person || weak, let index = nearest(clusters, index.clusters(withWord: key), before: mention, where: { cluster in
        cluster.type == .person && cluster.forms.contains { $0.folded.count > 1 && $0.folded.contains(key) }
      }) {
        return index
      }
      if mention.rule == "organization.acronym-in-parentheses", let index = clusters.firstIndex(where: { cluster in
        cluster.type == .organization && cluster.mentions.contains { (1...2).contains(mention.span.start - $0.span.end) }
      }) {
        return index
      }
      if form.looksLikeAcronym, mention.type == .organization || weak, let index = nearest(clusters, Array(clusters.indices), before: mention, where: { cluster in
        cluster.type == .organization && cluster.forms.contains { AcronymMatch.spells(form.text, $0.capitalizedWords) }
      }) {
        return index
      }
    }
    // "the Council" → the council named earlier; "Türkiye" → "Republic of Türkiye".
    if mention.type == .organization || mention.type == .location, let last = form.folded.last,
      let index = nearest(clusters, index.clusters(withWord: last), before: mention, where: { cluster in
      cluster.type == mention.type
        && cluster.forms.contains { form.isTail(of: $0) && (mention.type == .organization || $0.folded.contains("of")) }
    }) {
      return index
    }
    return nil
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
