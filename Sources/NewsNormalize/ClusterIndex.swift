/// Where the resolver looks first: clusters by the folded name of each form, and by each
/// word of their names of two words or more (for surnames). Types are checked at query time,
/// since a cluster's type follows its votes. Names and words are the ids of `WordIDs`.
struct ClusterIndex {
  private var byKey: [[Int]]
  private var byWord: [[Int]]

  /// An index for names and words numbered below the counts given.
  init(names: Int, words: Int) {
    byKey = Array(repeating: [], count: names)
    byWord = Array(repeating: [], count: words)
  }

  mutating func note(_ form: NameForm, cluster: Int) {
    byKey[Int(form.key)].append(cluster)
    guard form.folded.count > 1 else { return }
    for (i, word) in form.folded.enumerated() where !form.folded[..<i].contains(word) {
      byWord[Int(word)].append(cluster)
    }
  }

  func clusters(withKey key: Int32) -> [Int] { byKey[Int(key)] }
  func clusters(withWord word: Int32) -> [Int] { byWord[Int(word)] }
}
