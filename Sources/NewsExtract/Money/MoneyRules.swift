/// Rule ids of money facts: every fact says which reading produced it.
enum MoneyRule {
  static let markerBefore = "money.marker-number"
  static let markerAfter = "money.number-marker"
  static let markerBoth = "money.marker-number-name"
  static let minorUnits = "money.minor-units"
  static let majorMinor = "money.major-minor"
  static let range = "money.range"
}
