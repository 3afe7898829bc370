/// Lower-case byte strings to find at a position ignoring ASCII case (the future markers of
/// `DateContext.speaksOfFuture`), kept in one buffer and found by their first byte: a look
/// compares bytes and copies no array.
struct DateMarkerTable: Sendable {
  /// The markers' bytes, one after another, in the order of their first bytes.
  private let bytes: [UInt8]
  /// Where each marker starts in `bytes`, and where the last ends.
  private let starts: [Int]
  /// Per byte value and one more: the markers that begin with byte `b` are
  /// `byFirst[b]..<byFirst[b + 1]`.
  private let byFirst: [Int]
  /// Whether some marker is empty (it stands everywhere).
  let hasEmpty: Bool

  init(_ markers: [String]) {
    let sorted = markers.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
    hasEmpty = markers.contains { $0.isEmpty }
    bytes = sorted.flatMap { $0 }
    starts = sorted.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    byFirst = (0...256).map { b in sorted.firstIndex { Int($0[0]) >= b } ?? sorted.count }
  }

  /// Whether a marker stands at `i` (ASCII letters of the text in either case) and ends by `to`.
  @inline(__always) func matches(_ text: UnsafeBufferPointer<UInt8>, at i: Int, to: Int) -> Bool {
    let first = DateMarkerTable.lower(text[i])
    for m in byFirst[Int(first)]..<byFirst[Int(first) + 1] {
      let start = starts[m], count = starts[m + 1] - start
      guard i + count <= to else { continue }
      var k = 1
      while k < count, DateMarkerTable.lower(text[i + k]) == bytes[start + k] { k += 1 }
      if k == count { return true }
    }
    return false
  }

  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
}
