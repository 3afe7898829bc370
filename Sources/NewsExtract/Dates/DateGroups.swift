/// A match's group ranges (index 0 the whole match), kept as pairs of byte offsets in one
/// buffer of a class of its own: allocating it costs one `malloc`, where any `Array` here
/// (even of `Int`) has the runtime look its storage type up first, several hundred
/// instructions at each of the thousands of matches per megabyte.
struct DateGroups {
  /// Start and end of each group (a start of -1 for a group that took no part); the header
  /// holds their number.
  final class Bounds: ManagedBuffer<Int, Int> {}

  private let bounds: Bounds
  /// The number of groups read (kept here: reading the buffer's header, a class's `var`,
  /// would cost an exclusivity check each time).
  let count: Int

  /// The groups of `count` pairs read through `pair` (`nil` for a group that took no part).
  init(count: Int, pair: (Int) -> Range<Int>?) {
    let made = Bounds.create(minimumCapacity: 2 * count) { _ in 2 * count }
    let bounds = unsafeDowncast(made, to: Bounds.self)
    bounds.withUnsafeMutablePointerToElements { p in
      for g in 0..<count {
        let r = pair(g)
        p[2 * g] = r?.lowerBound ?? -1
        p[2 * g + 1] = r?.upperBound ?? -1
      }
    }
    self.bounds = bounds
    self.count = count
  }

  /// The range of group `g` (below `count`), `nil` when it took no part.
  subscript(g: Int) -> Range<Int>? {
    precondition(g >= 0 && g < count)
    return bounds.withUnsafeMutablePointerToElements { p in p[2 * g] < 0 ? nil : p[2 * g]..<p[2 * g + 1] }
  }
}
