/// The charset a page declares in its first bytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` (a simplified version of
/// the WHATWG prescan: comments skipped, attributes read with or without quotes).
enum MetaCharsetPrescan {
  /// How many bytes are read.
  static let window = 4096

  static func declared(in bytes: ArraySlice<UInt8>) -> String? {
    let end = min(bytes.endIndex, bytes.startIndex + window)
    var i = bytes.startIndex
    while i < end {
      guard bytes[i] == 0x3C else { i += 1; continue }  // '<'
      if matches(bytes, at: i, "<!--") {
        i = find(bytes, "-->", from: i + 4, end: end) ?? end
        continue
      }
      if matches(bytes, at: i, "<meta"), i + 5 < end, isSpace(bytes[i + 5]) || bytes[i + 5] == 0x2F {
        let close = find(bytes, ">", from: i, end: end) ?? end
        let tag = String(decoding: bytes[i..<close], as: UTF8.self).lowercased()
        if let label = charset(inMeta: tag) { return label }
        i = close
        continue
      }
      i += 1
    }
    return nil
  }

  /// The label from one `<meta …` tag's text (lowercased).
  static func charset(inMeta tag: String) -> String? {
    if let value = attribute("charset", in: tag) { return value }
    guard let equiv = attribute("http-equiv", in: tag), equiv == "content-type",
      let content = attribute("content", in: tag), let r = content.firstRange(of: "charset=")
    else { return nil }
    let rest = content[r.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
    let label = rest.prefix { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" }
    return label.isEmpty ? nil : String(label)
  }

  static func attribute(_ name: String, in tag: String) -> String? {
    var search = tag[...]
    while let r = search.firstRange(of: name) {
      let before = tag[..<r.lowerBound].last
      var rest = tag[r.upperBound...].drop { $0 == " " }
      search = tag[r.upperBound...]
      guard before == " " || before == "\t" || before == "\n" || before == "/", rest.first == "=" else { continue }
      rest = rest.dropFirst().drop { $0 == " " }
      if let q = rest.first, q == "\"" || q == "'" {
        return String(rest.dropFirst().prefix { $0 != q }).trimmingSpaces
      }
      return String(rest.prefix { $0 != " " && $0 != ">" && $0 != "/" })
    }
    return nil
  }

  static func matches(_ bytes: ArraySlice<UInt8>, at i: Int, _ literal: String) -> Bool {
    var j = i
    for c in literal.utf8 {
      guard j < bytes.endIndex else { return false }
      let b = bytes[j]
      if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { return false }
      j += 1
    }
    return true
  }

  static func find(_ bytes: ArraySlice<UInt8>, _ literal: String, from: Int, end: Int) -> Int? {
    var i = from
    while i < end {
      if matches(bytes, at: i, literal) { return i + literal.utf8.count }
      i += 1
    }
    return nil
  }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
