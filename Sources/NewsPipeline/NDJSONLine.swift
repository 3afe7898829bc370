import NewsCore

/// One input line of the streaming contract, checked.
struct NDJSONLine {
  /// The members whose string values are documents, read as bytes.
  static let documentKeys: Set<String> = ["html", "text"]

  var id: JSON
  var raw: RawDocument
  var warnings: [String]

  /// Reads a line; throws a message for the error line when it cannot be processed.
  static func parse(_ bytes: [UInt8], lineNumber: Int) throws(NDJSONLineError) -> NDJSONLine {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber) is empty; expected a JSON object")
    }
    guard UTF8Validity.isValid(bytes) else {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber) is not valid UTF-8")
    }
    let object: JSONObjectBytes
    do {
      guard let parsed = try JSON.object(parsing: bytes, rawKeys: NDJSONLine.documentKeys) else {
        throw NDJSONLineError(id: .null, message: "line \(lineNumber) is not a JSON object")
      }
      object = parsed
    } catch let error as NDJSONLineError {
      throw error
    } catch {
      throw NDJSONLineError(id: .null, message: "line \(lineNumber): \(error)")
    }
    let members = object.members
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
    // The document's own bytes go on as parsed: no String, no copy.
    if let html = object.strings["html"] {
      let raw = RawDocument(
        origin: origin, format: .html, bytes: html, published: published, url: url,
        declaredCharset: "utf-8")
      return NDJSONLine(id: id, raw: raw, warnings: warnings)
    }
    if let text = object.strings["text"] {
      let raw = RawDocument(
        origin: origin, format: .text, bytes: text, published: published, url: url,
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
