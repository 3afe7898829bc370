import Foundation
import NewsCore

/// Stable entity ids: the type and the canonical name, diacritics folded, lower-cased,
/// non-alphanumerics as `-`. `person:kassym-jomart-tokayev`.
public enum EntityID {
  public static func make(type: EntityType, name: String) -> String {
    "\(type.rawValue):\(slug(name))"
  }

  /// `Recep Tayyip Erdoğan` → `recep-tayyip-erdogan`.
  public static func slug(_ name: String) -> String {
    var out = String.UnicodeScalarView()
    var dash = false
    for scalar in fold(name).unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if dash && !out.isEmpty { out.append("-") }
        dash = false
        out.append(scalar)
      } else {
        dash = true
      }
    }
    return String(out)
  }

  /// Lower-cased, diacritics removed (canonical decomposition, combining marks dropped),
  /// dotless ı as i.
  public static func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      out.append(scalar == "ı" ? "i" : scalar)
    }
    return String(out)
  }
}
