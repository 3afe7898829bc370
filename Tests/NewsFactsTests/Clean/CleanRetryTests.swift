import NewsClean
import NewsCore
import Testing

/// The short-text retry measures the same parsed page again with the pruned subtrees put back
/// where they were: text pruned for its class names comes back, in page order.
@Suite struct CleanRetryTests {
  static let first = "The county opened a new cycle path along the canal on Saturday, linking two villages that had been cut off."
  static let second = "Work on the bridge at the northern end took eleven months and cost less than the council had planned."
  static let third = "Residents said the path would cut their commute to the market town by half on most days of the week."
  static let kept = "Short note."

  @Test func textPrunedForItsNamesComesBackInPageOrder() throws {
    let page = """
      <html><body><div class="related-links"><p>\(Self.first)</p></div><p>\(Self.kept)</p>
      <div class="share-tools"><p>\(Self.second)</p></div><div class="related-links"><p>\(Self.third)</p></div>
      </body></html>
      """
    let raw = RawDocument(origin: "t.html", format: .html, bytes: Array(page.utf8), declaredCharset: "utf-8")
    let text = try HTMLCleaner().clean(raw).text
    let positions = [Self.first, Self.second, Self.third].compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == 3)
    #expect(positions == positions.sorted())
  }
}
