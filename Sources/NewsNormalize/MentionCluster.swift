import NewsCore

/// Mentions the resolver has found to name one entity, with the forms seen and type votes.
struct MentionCluster {
  var mentions: [EntityMention] = []
  /// Numbers of the forms seen (`FormTable`), in order of first sight.
  var forms: [Int] = []
  /// Confidence summed per type, in the order of `EntityType.allCases`.
  private var votes = [Double](repeating: 0, count: EntityType.allCases.count)
  /// The type with most confidence summed over mentions; ties go to the first in
  /// `EntityType.allCases`.
  private(set) var type: EntityType
  /// The highest confidence of a mention.
  private(set) var strongestConfidence: Double
  /// The start of the earliest mention.
  private(set) var firstStart: Int

  init(_ mention: EntityMention, form: Int) {
    type = mention.type
    strongestConfidence = mention.confidence
    firstStart = mention.span.start
    add(mention, form: form)
  }

  /// Adds a mention; returns whether its form is new to the cluster.
  @discardableResult
  mutating func add(_ mention: EntityMention, form: Int) -> Bool {
    mentions.append(mention)
    if strongestConfidence < mention.confidence { strongestConfidence = mention.confidence }
    if mention.span.start < firstStart { firstStart = mention.span.start }
    let vote = EntityType.allCases.firstIndex(of: mention.type)!
    votes[vote] += mention.confidence
    var best = 0
    var bestScore = -1.0
    for i in votes.indices where votes[i] > bestScore {
      best = i
      bestScore = votes[i]
    }
    type = EntityType.allCases[best]
    guard !forms.contains(form) else { return false }
    forms.append(form)
    return true
  }

  /// The most complete form: most words, then one with diacritics, then the earliest.
  func canonical(in table: FormTable) -> Int {
    var best = forms[0]
    for number in forms.dropFirst() {
      let form = table[number], chosen = table[best]
      if form.wordCount > chosen.wordCount
        || form.wordCount == chosen.wordCount && form.scalarCount > chosen.scalarCount
        || form.wordCount == chosen.wordCount && form.key == chosen.key && !form.isASCII && chosen.isASCII
      {
        best = number
      }
    }
    return best
  }

  func has(key: Int32, in table: FormTable) -> Bool { forms.contains { table[$0].key == key } }
}
