import Foundation
import Testing
@testable import NewsCore
@testable import NewsExtract

@Test func dateGrammarDebug() {
  let t0 = Date()
  let g = DateGrammar.shared
  print("compile", Date().timeIntervalSince(t0), g.rules.count, g.scanners.count)
  let t1 = Date()
  let text = TextBuffer("On December 16, 1991, it became.")
  let found = g.dates(in: text, environment: DateEnvironment(reference: nil, dayFirst: nil, lastYear: nil))
  print("scan", Date().timeIntervalSince(t1), found.map { ($0.rule, $0.reading.json) })
}
