import Testing

@testable import NewsClean

/// Table-driven: bytes (and a declared charset) in, text, charset and source out.
@Suite struct CharsetDecoderTests {
  struct Case: CustomStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var declared: String?
    var text: String
    var charset: String
    var source: String
    var description: String { name }
  }

  static func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

  static let cases: [Case] = [
    Case(name: "utf-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + ascii("caf") + [0xC3, 0xA9], text: "café", charset: "utf-8", source: "bom"),
    Case(name: "utf-16le BOM", bytes: [0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00], text: "hi", charset: "utf-16le", source: "bom"),
    Case(name: "utf-16be BOM", bytes: [0xFE, 0xFF, 0x00, 0x68, 0x00, 0x69], text: "hi", charset: "utf-16be", source: "bom"),
    Case(name: "BOM beats HTTP", bytes: [0xEF, 0xBB, 0xBF, 0x41], declared: "windows-1251", text: "A", charset: "utf-8", source: "bom"),
    Case(name: "HTTP label, any case", bytes: [0xEF, 0xF0, 0xE8], declared: " Windows-1251 ", text: "при", charset: "windows-1251", source: "http"),
    Case(name: "ISO-8859-1 means windows-1252", bytes: [0x93, 0x61, 0x94], declared: "ISO-8859-1", text: "\u{201C}a\u{201D}", charset: "windows-1252", source: "http"),
    Case(name: "ISO-8859-9 means windows-1254", bytes: [0xFD, 0xFE], declared: "iso-8859-9", text: "ış", charset: "windows-1254", source: "http"),
    Case(name: "unknown HTTP label is ignored", bytes: ascii("ok"), declared: "x-unknown", text: "ok", charset: "utf-8", source: "valid-utf8"),
    Case(name: "meta charset", bytes: ascii("<meta charset=koi8-r><p>") + [0xD2, 0xC1, 0xDA], text: "<meta charset=koi8-r><p>раз", charset: "koi8-r", source: "meta"),
    Case(name: "meta http-equiv", bytes: ascii("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1250'>") + [0xE8], text: "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1250'>č", charset: "windows-1250", source: "meta"),
    Case(name: "meta inside a comment is not read", bytes: ascii("<!-- <meta charset=koi8-r> -->é"), text: "<!-- <meta charset=koi8-r> -->é", charset: "utf-8", source: "valid-utf8"),
    Case(name: "meta utf-16 read as utf-8", bytes: ascii("<meta charset=utf-16>ok"), text: "<meta charset=utf-16>ok", charset: "utf-8", source: "meta"),
    Case(name: "valid UTF-8 undeclared", bytes: Array("Türkiye’s".utf8), text: "Türkiye’s", charset: "utf-8", source: "valid-utf8"),
    Case(name: "empty", bytes: [], text: "", charset: "utf-8", source: "valid-utf8"),
  ]

  @Test(arguments: cases)
  func decodes(_ c: Case) throws {
    let decoded = try CharsetDecoder.decode(c.bytes, declared: c.declared, html: true)
    #expect(decoded.text == c.text)
    #expect(decoded.charset == c.charset)
    #expect(decoded.source == c.source)
  }

  @Test func metaIsNotReadForPlainText() throws {
    let decoded = try CharsetDecoder.decode(Self.ascii("<meta charset=koi8-r>"), html: false)
    #expect(decoded.source == "valid-utf8")
  }

  /// Detection on sentences (not pages): the charset whose letters read as words wins.
  static let detected: [(String, String, Charset)] = [
    ("ru", "Правительство объявило о новых мерах поддержки малого бизнеса в регионах.", .windows1251),
    ("ru", "Правительство объявило о новых мерах поддержки малого бизнеса в регионах.", .koi8r),
    ("tr", "Çiftçiler bu yıl buğday hasadının geçen yıldan daha iyi olacağını düşünüyor.", .windows1254),
    ("cs", "Řidiči musí počítat s uzavírkou mostu až do konce příštího měsíce.", .windows1250),
    ("pl", "Mieszkańcy złożyli petycję w sprawie budowy ścieżki rowerowej wzdłuż rzeki.", .windows1250),
    ("de", "Die Bürger können ab Mittwoch ihre Anträge für den Zuschuss im Rathaus abgeben.", .windows1252),
    ("pt", "A população pôde votar na eleição municipal sem filas, segundo a comissão.", .windows1252),
    ("es", "El ayuntamiento aprobó la ampliación del horario de la piscina municipal en julio.", .windows1252),
  ]

  @Test(arguments: detected.indices)
  func detectsLegacyCharset(_ i: Int) throws {
    let (_, sentence, charset) = Self.detected[i]
    let bytes = try #require(Self.encode(sentence, charset))
    let decoded = try CharsetDecoder.decode(bytes, html: false)
    #expect(decoded.charset == charset.rawValue)
    #expect(decoded.text == sentence)
    #expect(decoded.source == "detected")
  }

  /// Encodes with the decoder's own table, inverted.
  static func encode(_ text: String, _ charset: Charset) -> [UInt8]? {
    guard let table = charset.singleByteTable else { return nil }
    var out: [UInt8] = []
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
      guard let i = table.firstIndex(of: UInt16(scalar.value)) else { return nil }
      out.append(UInt8(0x80 + i))
    }
    return out
  }

  @Test func singleByteTablesAreComplete() {
    for charset in Charset.allCases {
      guard let table = charset.singleByteTable else { continue }
      #expect(table.count == 128, "\(charset)")
    }
  }

  @Test func labelsResolve() {
    #expect(CharsetLabels.charset(named: "\"UTF8\"") == .utf8)
    #expect(CharsetLabels.charset(named: "latin1") == .windows1252)
    #expect(CharsetLabels.charset(named: "cp1251") == .windows1251)
    #expect(CharsetLabels.charset(named: "klingon") == nil)
  }
}

/// The UTF-8 check that lets valid pages skip decoding.
@Suite struct CharsetUTF8CheckTests {
  static let cases: [([UInt8], Bool)] = [
    (Array("plain ASCII, longer than eight bytes".utf8), true),
    (Array("Türkiye’s 🚢 ферри".utf8), true),
    ([0xC3], false),  // cut short
    ([0xC0, 0xAF], false),  // overlong
    ([0xED, 0xA0, 0x80], false),  // surrogate
    ([0xF4, 0x90, 0x80, 0x80], false),  // past U+10FFFF
    (Array("abcdefgh".utf8) + [0xE9] + Array("abcdefgh".utf8), false),  // Latin-1 é inside ASCII
  ]

  @Test(arguments: cases.indices)
  func agreesWithTheStandardLibrary(_ i: Int) {
    let (bytes, valid) = Self.cases[i]
    #expect(UTF8Check.isValid(bytes[...]) == valid)
    #expect((String(validating: bytes, as: UTF8.self) != nil) == valid)
  }

  @Test func invalidUndeclaredBytesAreDetected() throws {
    let latin1 = Array("caf".utf8) + [0xE9] + Array(" au lait, tr".utf8) + [0xE8] + Array("s chaud".utf8)
    let decoded = try CharsetDecoder.decode(latin1, html: true)
    #expect(decoded.source == "detected")
    #expect(decoded.charset == "windows-1252")
    #expect(decoded.text == "café au lait, très chaud")
  }
}
