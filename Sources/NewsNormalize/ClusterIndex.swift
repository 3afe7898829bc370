/// Where the resolver looks first: clusters by the folded key of each form, and by each word
/// of their names of two words or more (for surnames). Types are checked at query time, since
/// a cluster's type follows its votes.
struct ClusterIndex {
  private(set) var byKey: [String: [Int]] = [:]
  private(set) var byWord: [String: [Int]] = [:]

  mutating func note(_ form: NameForm, cluster: Int) {
    byKey[form.key, default: []].append(cluster)
    guard form.folded.count > 1 else { return }
    for word in Set(form.folded) { byWord[word, default: []].append(cluster) }
  }

  func clusters(withKey key: String) -> [Int] { byKey[key] ?? [] }
  func clusters(withWord word: String) -> [Int] { byWord[word] ?? [] }
}
