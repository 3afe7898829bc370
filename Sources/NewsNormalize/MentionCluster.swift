import NewsCore

/// Mentions the resolver has found to name one entity, with the forms seen and type votes.
struct MentionCluster {
  var mentions: [EntityMention] = []
  /// Numbers of the forms seen (`FormTable`), one per distinct text, in order of first sight.
  var forms: [Int] = []
  /// Confidence summed per type, in the order of `EntityType.allCases`.
  private var votes: (Double, Double, Double) = (0, 0, 0)
  /// The type with most confidence summed over mentions; ties go to the first in
  /// `EntityType.allCases`.
  private(set) var type: EntityType
  /// The highest confidence of a mention.
  private(set) var strongestConfidence: Double
  /// The start of the earliest mention.
  private(set) var firstStart: Int

  init(_ mention: EntityMention, form: Int, in table: FormTable) {
    type = mention.type
    strongestConfidence = mention.confidence
    firstStart = mention.span.start
    add(mention, form: form, in: table)
  }

  /// Adds a mention; returns whether its text is new to the cluster.
  @discardableResult
  mutating func add(_ mention: EntityMention, form: Int, in table: FormTable) -> Bool {
    mentions.append(mention)
    if strongestConfidence < mention.confidence { strongestConfidence = mention.confidence }
    if mention.span.start < firstStart { firstStart = mention.span.start }
    vote(mention.type, mention.confidence)
    let textClass = table[form].textClass
    guard !forms.contains(where: { table[$0].textClass == textClass }) else { return false }
    forms.append(form)
    return true
  }

  private mutating func vote(_ type: EntityType, _ confidence: Double) {
    switch type {
    case .person: votes.0 += confidence
    case .organization: votes.1 += confidence
    case .location: votes.2 += confidence
    }
    // As a loop over `EntityType.allCases` from a score of -1: the first with the highest sum.
    self.type = .person
    var best = -1.0
    if votes.0 > best { best = votes.0 }
    if votes.1 > best { self.type = .organization; best = votes.1 }
    if votes.2 > best { self.type = .location }
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
