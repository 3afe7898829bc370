import Dispatch
import Foundation

/// Seconds taken by `body`, best of `repeats`.
func bestSeconds(repeats: Int = 3, _ body: () -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return best
}

/// Peak resident memory of this process so far, in MB.
func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_maxrss) / 1024
}

func row(_ name: String, _ value: String) {
  print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + value)
}
