import NewsClean
import NewsCore
import NewsExtract
import NewsNormalize

/// The stages chained: clean → extract → normalize. One value serves every thread; each
/// call works on its own document only.
public struct Pipeline: Sendable {
  public var cleanerOptions: CleanerOptions
  let html: HTMLCleaner
  let plain: PlainTextCleaner
  let factExtractors: [any FactExtractor]
  let mentionExtractor: any MentionExtractor
  let resolver: EntityResolver

  public init(cleanerOptions: CleanerOptions = CleanerOptions()) {
    self.cleanerOptions = cleanerOptions
    html = HTMLCleaner(options: cleanerOptions)
    plain = PlainTextCleaner(options: cleanerOptions)
    factExtractors = [MoneyExtractor(), PercentExtractor(), DateExtractor(), QuantityExtractor()]
    mentionExtractor = EntityExtractor()
    resolver = EntityResolver()
  }

  /// Loads what the extractors load lazily (gazetteers, compiled patterns) by running them once
  /// on a small text. The stream calls it on a background queue at start, so the first pages are
  /// cleaned while the data loads.
  public func warmUp() {
    _ = extract(from: plain.clean(text: "President Tokayev said on Monday that trade rose 4.5% to $5 billion.", origin: "warm-up"))
  }

  /// Cleans one raw document; failures carry the `clean` stage.
  public func clean(_ raw: RawDocument) throws(DocumentFailure) -> CleanDocument {
    do {
      var doc = try raw.format == .html ? html.clean(raw) : plain.clean(raw)
      if let given = raw.published, !given.trimmingSpaces.isEmpty {
        doc.metadata.published = given
        doc.metadata.publishedSource = "input"
      }
      if doc.metadata.canonicalURL == nil, let url = raw.url { doc.metadata.canonicalURL = url }
      return doc
    } catch {
      throw DocumentFailure(origin: raw.origin, stage: .clean, message: "\(error)")
    }
  }

  /// Runs every stage on one document.
  public func process(_ raw: RawDocument) throws(DocumentFailure) -> ExtractedDocument {
    let clean = try clean(raw)
    return extract(from: clean)
  }

  /// Extraction and normalization of an already clean document.
  public func extract(from clean: CleanDocument) -> ExtractedDocument {
    let text = TextBuffer(clean.text)
    let context = ExtractionContext(
      reference: clean.metadata.published.flatMap(CalendarDay.init(iso:)),
      language: clean.metadata.language)
    var facts: [Fact] = []
    for extractor in factExtractors { facts += extractor.facts(in: text, context: context) }
    facts = FactOverlap.resolve(facts)
    let mentions = mentionExtractor.mentions(in: text, context: context)
    let entities = resolver.entities(from: mentions)
    let id = StableID.document(canonicalURL: clean.metadata.canonicalURL, origin: clean.origin)
    return ExtractedDocument(id: id, clean: clean, facts: facts, entities: entities)
  }
}
