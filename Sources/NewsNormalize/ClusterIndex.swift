/// Where the resolver looks first: clusters by the folded name of each form, and by each
/// word of their names of two words or more (for surnames). Types are checked at query time,
/// since a cluster's type follows its votes. Names and words are the ids of `WordIDs`; each
/// list is chained through one shared array, newest entry first (the resolver's choice among
/// candidates does not depend on their order).
struct ClusterIndex {
  private var keyHeads: [Int32]
  private var wordHeads: [Int32]
  /// Entries: the cluster and the next entry of the same list (-1 ends it).
  private var clusters: [Int32] = []
  private var next: [Int32] = []

  /// An index for names and words numbered below the counts given.
  init(names: Int, words: Int) {
    keyHeads = Array(repeating: -1, count: names)
    wordHeads = Array(repeating: -1, count: words)
  }

  mutating func note(_ form: NameForm, cluster: Int) {
    keyHeads[Int(form.key)] = push(cluster, before: keyHeads[Int(form.key)])
    guard form.folded.count > 1 else { return }
    for (i, word) in form.folded.enumerated() where !form.folded[..<i].contains(word) {
      wordHeads[Int(word)] = push(cluster, before: wordHeads[Int(word)])
    }
  }

  /// Adds an entry for `cluster` before entry `head`; returns the new entry.
  private mutating func push(_ cluster: Int, before head: Int32) -> Int32 {
    clusters.append(Int32(cluster))
    next.append(head)
    return Int32(clusters.count - 1)
  }

  /// Calls `body` with each cluster noted under name `key` (a cluster may come twice).
  func forEachCluster(withKey key: Int32, _ body: (Int) -> Void) { walk(keyHeads[Int(key)], body) }

  /// Calls `body` with each cluster noted under word `word`.
  func forEachCluster(withWord word: Int32, _ body: (Int) -> Void) { walk(wordHeads[Int(word)], body) }

  private func walk(_ head: Int32, _ body: (Int) -> Void) {
    var entry = head
    while entry >= 0 {
      body(Int(clusters[Int(entry)]))
      entry = next[Int(entry)]
    }
  }
}
