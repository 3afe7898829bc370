/// Text decoded from bytes, with the charset used and how it was chosen.
public struct DecodedText: Sendable {
  public var text: String
  /// WHATWG-style label: `utf-8`, `windows-1251` …
  public var charset: String
  /// `bom`, `http`, `meta`, `valid-utf8`, `detected`, `default`.
  public var source: String

  public init(text: String, charset: String, source: String) {
    self.text = text
    self.charset = charset
    self.source = source
  }
}

/// Decodes document bytes to a String, choosing the charset in this order: a byte-order
/// mark; the charset declared from outside (an HTTP `Content-Type`); for HTML, a
/// `<meta charset>` or http-equiv declaration in the first bytes; UTF-8 when the bytes are
/// valid UTF-8; else the legacy charset `LegacyCharsetDetector` finds.
public enum CharsetDecoder {
  /// - Parameters:
  ///   - bytes: the document as received.
  ///   - declared: a charset label known from outside the document (HTTP), if any.
  ///   - html: whether to look for a `<meta>` declaration.
  /// - Returns: the text and where its charset came from. Undecodable bytes become U+FFFD.
  public static func decode(_ bytes: [UInt8], declared: String? = nil, html: Bool) throws -> DecodedText {
    let (charset, source, body) = choose(bytes, declared: declared, html: html)
    return DecodedText(text: decode(body, as: charset), charset: charset.rawValue, source: source)
  }

  /// The charset, how it was chosen, and the bytes after any byte-order mark.
  static func choose(_ bytes: [UInt8], declared: String?, html: Bool) -> (Charset, String, ArraySlice<UInt8>) {
    let all = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, "bom", all.dropFirst(3)) }
    if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16le, "bom", all.dropFirst(2)) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16be, "bom", all.dropFirst(2)) }
    if let declared, let charset = CharsetLabels.charset(named: declared) { return (charset, "http", all) }
    if html, let label = MetaCharsetPrescan.declared(in: all), var charset = CharsetLabels.charset(named: label) {
      // A page read as bytes cannot be UTF-16 if its <meta> was readable as ASCII.
      if charset == .utf16le || charset == .utf16be { charset = .utf8 }
      return (charset, "meta", all)
    }
    if UTF8Check.isValid(all) { return (.utf8, "valid-utf8", all) }
    return (LegacyCharsetDetector.detect(all), "detected", all)
  }

  static func decode(_ bytes: ArraySlice<UInt8>, as charset: Charset) -> String {
    switch charset {
    case .utf8: return String(decoding: bytes, as: UTF8.self)
    case .utf16le: return SingleByteDecoder.decodeUTF16(bytes, bigEndian: false)
    case .utf16be: return SingleByteDecoder.decodeUTF16(bytes, bigEndian: true)
    default: return SingleByteDecoder.decode(bytes, table: charset.singleByteTable ?? SingleByteTables.windows1252)
    }
  }
}
