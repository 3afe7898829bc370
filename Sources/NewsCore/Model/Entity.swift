/// The closed vocabulary of named-entity types.
public enum EntityType: String, Sendable, CaseIterable, Codable {
  case person, organization, location
}

/// One occurrence of a name in the text, as an extractor found it.
public struct EntityMention: Hashable, Sendable {
  public var type: EntityType
  public var span: Span
  public var text: String
  /// The rule that found it, e.g. `person.title-before-name`, `location.gazetteer`.
  public var rule: String
  /// How sure the rule is, 0...1; the resolver lets types vote with it.
  public var confidence: Double

  public init(type: EntityType, span: Span, text: String, rule: String, confidence: Double = 0.5) {
    self.type = type
    self.span = span
    self.text = text
    self.rule = rule
    self.confidence = confidence
  }
}

/// A person, organization or place, with every mention of it in a document (or a corpus).
public struct Entity: Hashable, Sendable {
  /// Stable id from the type and canonical name, diacritics folded: `person:kassym-jomart-tokayev`.
  public var id: String
  public var type: EntityType
  /// The canonical (longest, most complete) name.
  public var name: String
  public var mentions: [EntityMention]
  /// Other forms the text uses (short names, acronyms, spellings without diacritics).
  public var aliases: [String]

  public init(id: String, type: EntityType, name: String, mentions: [EntityMention], aliases: [String] = []) {
    self.id = id
    self.type = type
    self.name = name
    self.mentions = mentions
    self.aliases = aliases
  }
}
