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
    var sameName = NearestCluster(before: mention)
    index.forEachCluster(withKey: key) { c in
      let cluster = clusters[c]
      if cluster.has(key: key, in: table) && (cluster.type == mention.type || weak || cluster.strongestConfidence < 0.5) {
        sameName.consider(c, cluster)
      }
    }
    if let found = sameName.best { return found }
    if form.wordCount == 1 {
      if mention.type == .person || weak, let found = personWithWord(form.folded[0], clusters, index, before: mention, table) {
        return found
      }
      if mention.rule == "organization.acronym-in-parentheses", let found = clusters.firstIndex(where: { cluster in
        cluster.type == .organization && cluster.mentions.contains { (1...2).contains(mention.span.start - $0.span.end) }
      }) {
        return found
      }
      if form.looksLikeAcronym, mention.type == .organization || weak,
        let found = organizationSpelled(by: number, clusters, before: mention, table: &table)
      {
        return found
      }
    }
    // "the Council" → the council named earlier; "Türkiye" → "Republic of Türkiye".
    if mention.type == .organization || mention.type == .location, let last = form.folded.last {
      return nameWithTail(form, last, clusters, index, before: mention, table)
    }
    return nil
  }

  /// The person nearest `mention` with a name of two words or more that has `word`.
  func personWithWord(
    _ word: Int32, _ clusters: [MentionCluster], _ index: ClusterIndex, before mention: EntityMention, _ table: FormTable
  ) -> Int? {
    var nearest = NearestCluster(before: mention)
    index.forEachCluster(withWord: word) { c in
      let cluster = clusters[c]
      if cluster.type == .person && cluster.forms.contains(where: { table[$0].folded.count > 1 && table[$0].folded.contains(word) }) {
        nearest.consider(c, cluster)
      }
    }
    return nearest.best
  }

  /// The organization nearest `mention` with a form whose capitalized words form `number`
  /// spells as an acronym.
  func organizationSpelled(by number: Int, _ clusters: [MentionCluster], before mention: EntityMention, table: inout FormTable) -> Int? {
    let letters = table.lettersAsAcronym(number)
    guard letters.count >= 2 else { return nil }  // spells nothing
    var nearest = NearestCluster(before: mention)
    for (c, cluster) in clusters.enumerated() where cluster.type == .organization {
      for form in cluster.forms where AcronymMatch.spells(letters, table.lettersOfCapitalizedWords(form)) {
        nearest.consider(c, cluster)
        break
      }
    }
    return nearest.best
  }

  /// The organization or place of the mention's type nearest `mention` with a form that
  /// `form` ends (a place's only when that form has "of": "Republic of Türkiye").
  func nameWithTail(
    _ form: NameForm, _ last: Int32, _ clusters: [MentionCluster], _ index: ClusterIndex, before mention: EntityMention, _ table: FormTable
  ) -> Int? {
    let of = table.ids.knownWord("of")
    var nearest = NearestCluster(before: mention)
    index.forEachCluster(withWord: last) { c in
      let cluster = clusters[c]
      guard cluster.type == mention.type else { return }
      let tail = cluster.forms.contains { other in
        form.isTail(of: table[other]) && (mention.type == .organization || of.map(table[other].folded.contains) ?? false)
      }
      if tail { nearest.consider(c, cluster) }
    }
    return nearest.best
  }
}
