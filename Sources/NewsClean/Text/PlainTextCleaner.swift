import NewsCore

/// Plain text: decoded and kept verbatim, so that offsets index the caller's own text;
/// blocks are the runs of lines between blank lines.
///
/// The first block is taken as the title when it is one short line followed by more text.
public struct PlainTextCleaner: Sendable {
  public var options: CleanerOptions

  public init(options: CleanerOptions = CleanerOptions()) { self.options = options }

  public func clean(_ raw: RawDocument) throws -> CleanDocument {
    guard raw.bytes.count <= options.maxBytes else {
      throw CleanError(
        "the document is \(raw.bytes.count) bytes, over the limit of \(options.maxBytes) (raise it with --max-bytes)")
    }
    let decoded = try CharsetDecoder.decode(raw.bytes, declared: raw.declaredCharset, html: false)
    return clean(text: decoded.text, origin: raw.origin, charset: decoded)
  }

  /// Cleans already decoded text; the text itself is not changed.
  public func clean(text: String, origin: String, charset: DecodedText? = nil) -> CleanDocument {
    var blocks: [Block] = []
    var current: [Substring] = []
    func flush() {
      let joined = current.joined(separator: "\n").trimmingSpaces
      if !joined.isEmpty { blocks.append(Block(kind: .paragraph, text: joined)) }
      current.removeAll()
    }
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      if line.allSatisfy({ $0.isWhitespace }) { flush() } else { current.append(line) }
    }
    flush()
    var metadata = Metadata()
    if let first = blocks.first, first.text.count < 200, !first.text.contains("\n"), blocks.count > 1,
      !first.text.hasSuffix(".")
    {
      metadata.title = first.text
      blocks[0].kind = .heading
    }
    metadata.charset = charset?.charset
    metadata.charsetSource = charset?.source
    return CleanDocument(origin: origin, format: .text, text: text, blocks: blocks, metadata: metadata)
  }
}
