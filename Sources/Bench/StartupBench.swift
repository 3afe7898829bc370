import Dispatch
import Foundation
import NewsCore
import NewsExtract
import NewsPipeline

/// What a process pays once before its first page: the entity gazetteers and word lists (the
/// first entity pass loads them), then the rest of the pipeline's warm-up (compiled patterns).
/// Each is a one-time cost, so it is measured once per process (wall time, and this thread's
/// CPU time, which a busy machine inflates less); `Scripts/bench` runs this mode several times
/// and keeps the best.
enum StartupBench {
  static func run() {
    let context = ExtractionContext(reference: CalendarDay(year: 2025, month: 7, day: 28))
    let text = TextBuffer("President Tokayev met officials in Ankara.")
    var mentions = 0
    let gazetteer = timed { mentions = EntityExtractor().mentions(in: text, context: context).count }
    let rest = timed { Pipeline().warmUp() }
    row("gazetteer load (first entity pass)", String(format: "%8.1f ms wall %8.1f ms cpu  (%d mentions)", gazetteer.wall, gazetteer.cpu, mentions))
    row("rest of the warm-up", String(format: "%8.1f ms wall %8.1f ms cpu", rest.wall, rest.cpu))
  }

  /// Wall and thread CPU milliseconds of `body`.
  static func timed(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    let wall = DispatchTime.now().uptimeNanoseconds
    let cpu = threadCPUNanoseconds()
    body()
    return (Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e6, Double(threadCPUNanoseconds() - cpu) / 1e6)
  }

  static func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }
}
