import NewsCore

/// Among the clusters it is shown, the one with the mention closest before a given mention
/// (else the first after it), ties to the lower cluster index; so a repeated surname joins
/// the person named last. The answer does not depend on the order clusters are shown in.
struct NearestCluster {
  let start: Int
  private(set) var best: Int?
  private var bestDistance = Int.max

  init(before mention: EntityMention) { start = mention.span.start }

  mutating func consider(_ index: Int, _ cluster: MentionCluster) {
    for other in cluster.mentions {
      let distance = other.span.start <= start ? start - other.span.start : Int.max / 2 + other.span.start - start
      if distance < bestDistance || distance == bestDistance && index < (best ?? Int.max) {
        best = index
        bestDistance = distance
      }
    }
  }
}
