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
    // The per-token arrays live in a scratch kept between calls, given back once the
    // names' byte ranges are read.
    let scratch = EntityScratchPool.shared.take()
    let ranges: [Range<Int>], names: [FoundName]
    do {
      let tokens = text.bytes.withUnsafeBufferPointer { NameTokenizer.tokens($0, in: scratch) }
      var pass = EntityPass(text: EntityPassText(tokens: tokens, scratch: scratch, bytes: text.bytes, gazetteer: gazetteer))
      names = pass.run()
      ranges = names.map { tokens[$0.tokens.lowerBound].start..<tokens[$0.tokens.upperBound - 1].end }
    }
    EntityScratchPool.shared.give(scratch)
    let texts = text.texts(of: ranges)
    var codePoints = CodePointCursor(text: text)
    return names.indices.map { index in
      let name = names[index], range = ranges[index]
      let span = Span(start: codePoints.offset(ofByte: range.lowerBound), end: codePoints.offset(ofByte: range.upperBound))
      return EntityMention(type: name.type, span: span, text: texts[index], rule: name.rule.rawValue, confidence: name.confidence)
    }
  }
}
