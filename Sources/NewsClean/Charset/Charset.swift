/// The charsets the cleaner decodes, named by their WHATWG labels.
enum Charset: String, CaseIterable, Sendable {
  case utf8 = "utf-8"
  case utf16le = "utf-16le"
  case utf16be = "utf-16be"
  case windows1250 = "windows-1250"
  case windows1251 = "windows-1251"
  case windows1252 = "windows-1252"
  case windows1253 = "windows-1253"
  case windows1254 = "windows-1254"
  case windows1257 = "windows-1257"
  case iso88592 = "iso-8859-2"
  case iso88595 = "iso-8859-5"
  case iso88597 = "iso-8859-7"
  case iso885915 = "iso-8859-15"
  case koi8r = "koi8-r"
  case koi8u = "koi8-u"
  case ibm866 = "ibm866"

  /// The upper-half table of a single-byte charset; nil for the Unicode encodings.
  var singleByteTable: [UInt16]? {
    switch self {
    case .utf8, .utf16le, .utf16be: return nil
    case .windows1250: return SingleByteTables.windows1250
    case .windows1251: return SingleByteTables.windows1251
    case .windows1252: return SingleByteTables.windows1252
    case .windows1253: return SingleByteTables.windows1253
    case .windows1254: return SingleByteTables.windows1254
    case .windows1257: return SingleByteTables.windows1257
    case .iso88592: return SingleByteTables.iso88592
    case .iso88595: return SingleByteTables.iso88595
    case .iso88597: return SingleByteTables.iso88597
    case .iso885915: return SingleByteTables.iso885915
    case .koi8r: return SingleByteTables.koi8r
    case .koi8u: return SingleByteTables.koi8u
    case .ibm866: return SingleByteTables.ibm866
    }
  }
}
