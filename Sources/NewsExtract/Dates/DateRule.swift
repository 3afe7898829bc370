import NewsCore

/// One date rule: an id (recorded on every fact it yields), a pattern, and the builder
/// that turns a match into a reading or rejects it.
struct DateRule: Sendable {
  /// Where a rule may fire.
  enum Scope: Sendable {
    /// Anywhere in the text, and as a range endpoint.
    case anywhere
    /// Only as an endpoint of a range or the anchor of a shift ("4" in "from 4 to 22 May").
    case endpoint
  }

  let id: String
  let pattern: String
  let scope: Scope
  /// A short pattern the scan looks for at a start instead of the full one (ranges): reading
  /// begins at the first rule whose trigger, or pattern, matches there.
  var trigger: String?
  let build: @Sendable (DateMatch) -> DateReading?

  init(_ id: String, _ pattern: String, scope: Scope = .anywhere, trigger: String? = nil, _ build: @escaping @Sendable (DateMatch) -> DateReading?) {
    self.id = id
    self.pattern = pattern
    self.scope = scope
    self.trigger = trigger
    self.build = build
  }
}
