/// Text decoded from bytes, with the charset used and how it was chosen.
public struct DecodedText: Sendable {
  public var text: String
  /// WHATWG-style label: `utf-8`, `windows-1251` …
  public var charset: String
  /// `bom`, `http`, `meta`, `valid-utf8`, `detected`, `default`.
  public var source: String
}

/// Decodes document bytes to a String (first version: UTF-8 only; see issue 6).
public enum CharsetDecoder {
  public static func decode(_ bytes: [UInt8], declared: String? = nil, html: Bool) throws -> DecodedText {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      throw CleanError("the bytes are not valid UTF-8 and no other charset is supported yet")
    }
    return DecodedText(text: text, charset: "utf-8", source: "valid-utf8")
  }
}
