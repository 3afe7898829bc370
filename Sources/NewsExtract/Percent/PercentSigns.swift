import NewsCore

/// The words and signs that make a number a percentage (data): `%`, "percent", "per cent",
/// "pct", and the percentage-point forms kept apart ("percentage points", "pp", "p.p.").
enum PercentSigns {
  static let pattern = Pattern(
    literal: #"""
      % | (?<![A-Za-z]) (?: per \h? cents? | percent (?: s | age \h+ points? )? | pct | pc | pp | p\.p\. ) (?![A-Za-z])
      """#,
    options: [.caseless, .extended])

  /// Whether the sign at `range` is a percentage-point sign.
  static func isPoints(_ text: String) -> Bool {
    let t = text.lowercased()
    return t.contains("point") || t == "pp" || t == "p.p."
  }

  /// Short signs trusted only in lower case and glued to the figure ("35pc", "2pp"): "35 PCs"
  /// are computers.
  static let gluedOnly: Set<String> = ["pc"]

  /// Signs that may touch the figure ("5%", "5pct", "2pp"); words need a space ("5 percent").
  static let gluable: Set<String> = ["%", "pc", "pct", "pp", "p.p."]

  /// Bytes before a number that mean it sits inside a URL or code, not prose.
  static let urlBytes: Set<UInt8> = Set("=/?&%#_\\".utf8)
}
