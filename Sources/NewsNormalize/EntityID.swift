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
    if let ascii = LatinFold.asciiSlug(name) { return ascii }
    var out = String.UnicodeScalarView()
    var dash = false
    for scalar in fold(name).unicodeScalars {
      if scalar.isASCII ? LatinFold.isASCIIAlphanumeric(scalar.value) : scalar.properties.isAlphabetic {
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
  /// dotless ı as i. Names in Latin letters are folded by table (`LatinFold`), others by
  /// `referenceFold(_:)`; both give the same strings.
  public static func fold(_ text: String) -> String {
    LatinFold.fold(text) ?? referenceFold(text)
  }

  /// The fold by definition: Foundation's canonical decomposition of the lower-cased text,
  /// nonspacing marks dropped, dotless ı as i.
  public static func referenceFold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      out.append(scalar == "ı" ? "i" : scalar)
    }
    return String(out)
  }
}
