import NewsCore

/// Mentions the resolver has found to name one entity, with the forms seen and type votes.
struct MentionCluster {
  var mentions: [EntityMention] = []
  var forms: [NameForm] = []
  var votes: [EntityType: Double] = [:]

  init(_ mention: EntityMention, form: NameForm) { add(mention, form: form) }

  /// Adds a mention; returns whether its form is new to the cluster.
  @discardableResult
  mutating func add(_ mention: EntityMention, form: NameForm) -> Bool {
    mentions.append(mention)
    votes[mention.type, default: 0] += mention.confidence
    guard !forms.contains(where: { $0.text == form.text }) else { return false }
    forms.append(form)
    return true
  }

  /// The type with most confidence summed over mentions; ties go to the first in
  /// `EntityType.allCases` so the result never depends on dictionary order.
  var type: EntityType {
    var best = EntityType.allCases[0]
    var bestScore = -1.0
    for type in EntityType.allCases where (votes[type] ?? 0) > bestScore {
      best = type
      bestScore = votes[type] ?? 0
    }
    return best
  }

  var strongestConfidence: Double { mentions.map(\.confidence).max() ?? 0 }
  var firstStart: Int { mentions.map(\.span.start).min() ?? 0 }

  /// The most complete form: most words, then one with diacritics, then the earliest.
  var canonical: NameForm {
    var best = forms[0]
    for form in forms.dropFirst() {
      if form.words.count > best.words.count
        || form.words.count == best.words.count && form.text.unicodeScalars.count > best.text.unicodeScalars.count
        || form.words.count == best.words.count && form.key == best.key && !form.text.allSatisfy(\.isASCII) && best.text.allSatisfy(\.isASCII)
      {
        best = form
      }
    }
    return best
  }

  func has(key: String) -> Bool { forms.contains { $0.key == key } }
}
