import NewsCore

/// One input line of the streaming contract, checked.
struct NDJSONLine {
  var id: JSON
  var raw: RawDocument
  var warnings: [String]

  /// Reads a line; throws a message for the error line when it cannot be processed.
  static func parse(_ bytes: [UInt8], lineNumber: Int) throws(NDJSONLineError) -> NDJSONLine {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber) is empty; expected a JSON object")
    }
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber) is not valid UTF-8")
    }
    let json: JSON
    do { json = try JSON(parsing: bytes) } catch {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber): \(error)")
    }
    guard case .object(let members) = json else {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber) is not a JSON object")
    }
    let id = members["id"] ?? .null
    var warnings: [String] = []
    var published: String?
    if let p = members["published"], p != .null {
      if let s = p.stringValue, CalendarDay(iso: s) != nil {
        published = s
      } else {
        warnings.append("\"published\" is not an ISO date such as 2025-07-28; it was ignored")
      }
    }
    let url = members["url"]?.stringValue
    let origin = id.stringValue ?? (id == .null ? "line \(lineNumber)" : JSONWriter().string(of: id))
    if let html = members["html"]?.stringValue {
      let raw = RawDocument(
        origin: origin, format: .html, bytes: Array(html.utf8), published: published, url: url,
        declaredCharset: "utf-8")
      return NDJSONLine(id: id, raw: raw, warnings: warnings)
    }
    if let text = members["text"]?.stringValue {
      let raw = RawDocument(
        origin: origin, format: .text, bytes: Array(text.utf8), published: published, url: url,
        declaredCharset: "utf-8")
      return NDJSONLine(id: id, raw: raw, warnings: warnings)
    }
    throw NDJSONLineError(id: id, message: "the object has neither a \"text\" nor an \"html\" string field")
  }
}

/// Why a line yields an error line.
struct NDJSONLineError: Error {
  var id: JSON
  var message: String
}
