import Dispatch
import NewsCore
import NewsExtract
import NewsPipeline

/// What a process pays once before its first page: the entity gazetteers and word lists (the
/// first entity pass loads them), then the rest of the pipeline's warm-up (compiled patterns).
/// Each is a one-time cost, so it is measured once per process; `Scripts/bench` runs this
/// mode several times and keeps the best.
enum StartupBench {
  static func run() {
    let context = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28))
    let text = TextBuffer("President Tokayev met officials in Ankara.")
    var start = DispatchTime.now().uptimeNanoseconds
    let mentions = EntityExtractor().mentions(in: text, context: context).count
    let gazetteer = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    start = DispatchTime.now().uptimeNanoseconds
    Pipeline().warmUp()
    let rest = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    row("gazetteer load (first entity pass)", String(format: "%8.1f ms  (%d mentions)", gazetteer, mentions))
    row("rest of the warm-up", String(format: "%8.1f ms", rest))
  }
}
