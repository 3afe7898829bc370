/// The starts of one anchor, earliest first, kept inline (no array to clear, grow or
/// reverse per anchor): up to six lead words, put in front nearest first as the scan walks
/// back, then a symbol and the anchor appended.
struct DateStartList {
  /// Room in front for the lead words; the symbol and the anchor follow them.
  static let leadRoom = 6
  private var slots: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
  /// The slots in use: `first..<end`.
  private(set) var first = DateStartList.leadRoom
  private(set) var end = DateStartList.leadRoom

  /// No starts, room for `leadRoom` in front.
  mutating func removeAll() {
    first = DateStartList.leadRoom
    end = DateStartList.leadRoom
  }

  /// Puts `start` before the others (at most `leadRoom` times after `removeAll`).
  @inline(__always) mutating func prepend(_ start: Int) {
    precondition(first > 0)
    first -= 1
    let slot = first
    withUnsafeMutableBytes(of: &slots) { $0.storeBytes(of: start, toByteOffset: slot * MemoryLayout<Int>.stride, as: Int.self) }
  }

  /// Puts `start` after the others (at most twice after `removeAll`).
  @inline(__always) mutating func append(_ start: Int) {
    precondition(end < 8)
    let slot = end
    end += 1
    withUnsafeMutableBytes(of: &slots) { $0.storeBytes(of: start, toByteOffset: slot * MemoryLayout<Int>.stride, as: Int.self) }
  }

  /// The start in slot `slot` (`first..<end`).
  @inline(__always) subscript(slot: Int) -> Int {
    withUnsafeBytes(of: slots) { $0.load(fromByteOffset: slot * MemoryLayout<Int>.stride, as: Int.self) }
  }

  /// The starts, earliest first.
  var all: [Int] { (first..<end).map { self[$0] } }
}
