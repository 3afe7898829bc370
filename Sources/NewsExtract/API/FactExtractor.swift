import NewsCore

/// Finds value facts (money, dates, percentages, quantities) in clean text.
public protocol FactExtractor: Sendable {
  /// The facts in `text`, in text order, each with its span, exact text, value and rule.
  func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact]
}

extension FactExtractor {
  /// Convenience for callers holding a plain string: `MoneyExtractor().facts(in: "…$5 billion…")`.
  public func facts(in string: String, context: ExtractionContext = ExtractionContext()) -> [Fact] {
    facts(in: TextBuffer(string), context: context)
  }
}

/// Finds mentions of persons, organizations and locations in clean text.
public protocol MentionExtractor: Sendable {
  /// The mentions in `text`, in text order.
  func mentions(in text: TextBuffer, context: ExtractionContext) -> [EntityMention]
}

extension MentionExtractor {
  public func mentions(in string: String, context: ExtractionContext = ExtractionContext()) -> [EntityMention] {
    mentions(in: TextBuffer(string), context: context)
  }
}

extension TextBuffer {
  /// A fact for the byte range `range` of this text: span and exact text filled in.
  public func fact(
    _ kind: FactKind, at range: Range<Int>, value: JSON, rule: String,
    qualifier: String? = nil, attributes: [String: JSON] = [:]
  ) -> Fact {
    Fact(
      kind: kind, span: span(of: range), text: text(of: range), value: value, rule: rule,
      qualifier: qualifier, attributes: attributes)
  }

  /// A mention for the byte range `range` of this text.
  public func mention(_ type: EntityType, at range: Range<Int>, rule: String, confidence: Double = 0.5) -> EntityMention {
    EntityMention(type: type, span: span(of: range), text: text(of: range), rule: rule, confidence: confidence)
  }
}
