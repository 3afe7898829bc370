/// `AuthorNames.split` on ASCII text, step for step on bytes: one lowercasing per piece and
/// byte searches instead of `String` searches. Gives what `splitByCharacter` gives.
extension AuthorNames {
  private static let openerBytes = openers.map { Array($0.utf8) }
  private static let stopBytes = stops.map { Array($0.utf8) }
  private static let separatorBytes = separators.map { Array($0.utf8) }
  private static let http = Array("http".utf8)

  /// The names in collapsed ASCII text (no carriage return).
  static func splitASCII(_ collapsed: [UInt8]) -> [String] {
    if collapsed.starts(with: http) || (collapsed.contains(0x40) && !collapsed.contains(0x20)) { return [] }
    var text = withoutOpener(collapsed[...])
    if let digit = text.firstIndex(where: { $0 &- 0x30 < 10 }) { text = text[..<digit] }
    let lower = text.map(ByteSearch.lowered)
    var cut = lower.count
    for stop in stopBytes {
      if let at = ByteSearch.firstIndex(of: stop, in: lower, from: 0), at < cut { cut = at }
    }
    var names = [text.prefix(cut)]
    for separator in separatorBytes {
      names = names.flatMap { splitCaseless($0, on: separator) }
    }
    return names.map { String(decoding: trimmed(withoutOpener(trimmed($0))), as: UTF8.self) }.filter(isName)
  }

  /// Without an opening "By " or "By:" (any case), trimmed.
  static func withoutOpener(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    for opener in openerBytes where text.count > opener.count {
      let next = text[text.startIndex + opener.count]
      guard next == 0x20 || next == 0x3A else { continue }
      if zip(text, opener).allSatisfy({ ByteSearch.lowered($0) == $1 }) {
        return trimmed(text.dropFirst(opener.count + 1))
      }
    }
    return text
  }

  /// The pieces between occurrences of `separator`, any case.
  static func splitCaseless(_ text: ArraySlice<UInt8>, on separator: [UInt8]) -> [ArraySlice<UInt8>] {
    let lower = text.map(ByteSearch.lowered)
    guard var at = ByteSearch.firstIndex(of: separator, in: lower, from: 0) else { return [text] }
    var out: [ArraySlice<UInt8>] = []
    var start = 0
    while true {
      out.append(text[(text.startIndex + start)..<(text.startIndex + at)])
      start = at + separator.count
      guard let next = ByteSearch.firstIndex(of: separator, in: lower, from: start) else { break }
      at = next
    }
    out.append(text[(text.startIndex + start)...])
    return out
  }

  /// Without ASCII white space at either end.
  static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
    else { return text[text.startIndex..<text.startIndex] }
    return text[first...last]
  }
}
