/// The closed vocabulary of value facts.
public enum FactKind: String, Sendable, CaseIterable, Codable {
  case money, date, percent, quantity
}

/// A value found in a document: its exact text and span, its normalized value in the
/// contract's form, and the rule that produced it (provenance).
public struct Fact: Hashable, Sendable {
  public var kind: FactKind
  public var span: Span
  /// The exact text of the span in the document's clean text.
  public var text: String
  /// The normalized value, as the streaming contract gives it (`{"amount":…,"currency":…}` …).
  public var value: JSON
  /// The id of the rule that produced the fact, e.g. `money.symbol-number-scale`.
  public var rule: String
  /// A hedge the text puts on the value: `about`, `more than`, `up to` …
  public var qualifier: String?
  /// Further facts about the value that are not part of it: `currency_source`, `per`,
  /// `relative`, `ambiguous` … Written beside `value`, never inside it.
  public var attributes: [String: JSON]

  public init(
    kind: FactKind, span: Span, text: String, value: JSON, rule: String,
    qualifier: String? = nil, attributes: [String: JSON] = [:]
  ) {
    self.kind = kind
    self.span = span
    self.text = text
    self.value = value
    self.rule = rule
    self.qualifier = qualifier
    self.attributes = attributes
  }
}
