extension TextBuffer {
  /// The original texts of byte ranges of `bytes`, as `text(of:)` gives them one by one.
  /// Ranges that come in text order (by lower bound) cost one forward walk over the folded
  /// characters instead of a binary search per offset; any order gives the same answers.
  public func texts(of ranges: [Range<Int>]) -> [String] {
    var cursor = FoldCursor(folds: folds)
    return originalBytes.withUnsafeBufferPointer { original in
      ranges.map { range in
        let start = cursor.originalOffset(range.lowerBound) ?? originalOffset(range.lowerBound)
        let end = cursor.originalOffset(range.upperBound) ?? originalOffset(range.upperBound)
        return String(decoding: UnsafeBufferPointer(rebasing: original[start..<end]), as: UTF8.self)
      }
    }
  }
}

/// Converts byte offsets of the matching view to offsets of the original bytes for offsets
/// that mostly grow: it moves forward over the folds from the last answer.
struct FoldCursor {
  let folds: [(at: Int, extra: Int)]
  /// The number of folds at or before the last offset asked.
  private var passed = 0

  init(folds: [(at: Int, extra: Int)]) { self.folds = folds }

  /// The original offset of `byte`, or nil when `byte` lies behind the cursor (ask
  /// `TextBuffer.originalOffset` then).
  mutating func originalOffset(_ byte: Int) -> Int? {
    if passed > 0 && folds[passed - 1].at > byte { return nil }
    while passed < folds.count && folds[passed].at <= byte { passed += 1 }
    return passed == 0 ? byte : byte + folds[passed - 1].extra
  }
}
