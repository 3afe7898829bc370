import NewsCore

/// Persons, organizations and locations, found without a statistical model: gazetteer
/// phrases, patterns around names (titles, reporting verbs, organization and place keywords),
/// line style (prose, title case, all caps, results tables) and what the document itself says
/// (surnames, acronyms and keywords of names it gave in full).
public struct EntityExtractor: MentionExtractor {
  let gazetteer: Gazetteer

  /// An extractor over the bundled gazetteers.
  public init() {
    gazetteer = Gazetteer.shared
  }

  /// The mentions in `text`, in text order; each names its rule and a confidence.
  public func mentions(in text: TextBuffer, context: ExtractionContext) -> [EntityMention] {
    let tokens = text.bytes.withUnsafeBufferPointer { NameTokenizer.tokens($0) }
    var pass = EntityPass(tokens: tokens, gazetteer: gazetteer)
    pass.bytesView = text.bytes
    var codePoints = CodePointCursor(text: text)
    return pass.run().map { name in
      let range = tokens[name.tokens.lowerBound].start..<tokens[name.tokens.upperBound - 1].end
      let span = Span(start: codePoints.offset(ofByte: range.lowerBound), end: codePoints.offset(ofByte: range.upperBound))
      return EntityMention(type: name.type, span: span, text: text.text(of: range), rule: name.rule.rawValue, confidence: name.confidence)
    }
  }
}
