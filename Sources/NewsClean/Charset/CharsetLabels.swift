/// Charset labels as pages and servers write them → `Charset` (after the WHATWG Encoding
/// standard: ISO-8859-1 and ASCII mean windows-1252, ISO-8859-9 means windows-1254). Data only.
enum CharsetLabels {
  static let table: [String: Charset] = {
    var t: [String: Charset] = [:]
    let groups: [(Charset, [String])] = [
      (.utf8, ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]),
      (.utf16le, ["utf-16", "utf-16le", "unicode", "ucs-2"]),
      (.utf16be, ["utf-16be", "unicodefffe"]),
      (.windows1250, ["windows-1250", "cp1250", "x-cp1250"]),
      (.windows1251, ["windows-1251", "cp1251", "x-cp1251"]),
      (
        .windows1252,
        [
          "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1",
          "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "csisolatin1",
        ]
      ),
      (.windows1253, ["windows-1253", "cp1253", "x-cp1253"]),
      (
        .windows1254,
        [
          "windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "iso8859-9", "iso_8859-9", "iso88599", "latin5",
          "l5", "csisolatin5", "iso-ir-148",
        ]
      ),
      (.windows1257, ["windows-1257", "cp1257", "x-cp1257"]),
      (.iso88592, ["iso-8859-2", "iso8859-2", "iso_8859-2", "iso88592", "latin2", "l2", "csisolatin2"]),
      (.iso88595, ["iso-8859-5", "iso8859-5", "iso_8859-5", "iso88595", "cyrillic", "csisolatincyrillic"]),
      (.iso88597, ["iso-8859-7", "iso8859-7", "iso_8859-7", "iso88597", "greek", "greek8"]),
      (.iso885915, ["iso-8859-15", "iso8859-15", "iso_8859-15", "iso885915", "latin9", "l9", "csisolatin9"]),
      (.koi8r, ["koi8-r", "koi8r", "koi8", "koi", "cskoi8r", "koi8_r"]),
      (.koi8u, ["koi8-u", "koi8-ru"]),
      (.ibm866, ["ibm866", "866", "cp866", "csibm866"]),
    ]
    for (charset, labels) in groups { for label in labels { t[label] = charset } }
    return t
  }()

  /// The charset a label names (case and surrounding spaces and quotes ignored), or nil.
  static func charset(named label: String) -> Charset? {
    let key = label.lowercased().filter { $0 != "\"" && $0 != "'" }.trimmingSpaces
    return table[key]
  }
}
