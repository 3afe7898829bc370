import NewsCore

/// Dates: absolute ("December 16, 1991", "28.07.2025"), partial ("May 2025", "in 2009"),
/// periods and ranges ("Q1 2025", "from January to May 2025"), relative ("last year",
/// "on Monday", "two weeks ago") and anaphoric ("October of the same year").
///
/// Values follow the contract: ISO 8601 at the precision the text gives, periods as
/// inclusive `start`/`end`. Relative phrases resolve against `context.reference`; without
/// one they are reported with unknown fields (`"XXXX-05-21"`, `"XXXX"`) and
/// `"unresolved": true`, never against the machine's clock. Every fact carries
/// `"relative"`, and numeric dates readable both ways carry `"ambiguous": true`.
public struct DateExtractor: FactExtractor {
  public init() {}

  public func facts(in text: TextBuffer, context: ExtractionContext) -> [Fact] {
    let environment = DateEnvironment(reference: context.reference, dayFirst: context.dayFirst, lastYear: nil)
    // Dates come in text order: the cursor counts code points in one pass.
    var offsets = CodePointCursor(text: text)
    return DateGrammar.shared.dates(in: text, environment: environment).map { found in
      Fact(
        kind: .date, span: Span(start: offsets.offset(ofByte: found.range.lowerBound), end: offsets.offset(ofByte: found.range.upperBound)), text: text.text(of: found.range), value: found.reading.json,
        rule: found.rule, attributes: found.reading.attributes)
    }
  }
}
