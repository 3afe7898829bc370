/// The rules that can begin at a start, learnt from the bytes found at starts: a tree of the
/// byte strings read from starts (ASCII letters folded when the rules allow it,
/// `DateRuleIndex.foldsCase`), each node holding the rules whose probes say a match may begin
/// with its string: a subset of its parent's, worked out the first time the string is seen.
///
/// A start walks down along its bytes, at most `maxDepth` of them, and stops early where no
/// rule is left: most starts that begin no date ("the company", "5 million") are turned away
/// there without a single match being run. Each tree belongs to one scratch space, so to one
/// extraction at a time (no locks); past `maxNodes` it is dropped between two texts. Only
/// speed depends on it: a node's lists never leave out a rule that can match.
final class DateStartTree {
  static let maxDepth = 12
  static let maxNodes = 1 << 15

  /// Per node, its lists (plain pointers into `arena`, which never moves).
  private var lists: [DateRuleIndex.Candidates] = []
  private var children = DateChildTable()
  private var arena = DateListArena()

  /// Whether the tree has grown past its bound (checked between texts).
  var isFull: Bool { lists.count >= DateStartTree.maxNodes }

  /// Forgets every node; only between texts (lists handed out before point into freed memory).
  func removeAll() {
    lists.removeAll(keepingCapacity: true)
    children = DateChildTable()
    arena = DateListArena()
  }

  /// The rules that may begin at `at`: those of the deepest node along the bytes from `at`.
  @inline(__always)
  func candidates(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch) -> DateRuleIndex.Candidates {
    if lists.isEmpty { lists.append(index.root) }
    let fold = index.foldsCase
    var node = 0
    var current = lists[0]
    var i = at
    let end = min(buffer.count, at + DateStartTree.maxDepth)
    while i < end {
      let byte = buffer[i]
      let b = fold && byte &- 0x41 < 26 ? byte | 0x20 : byte
      let key = UInt64(node) << 8 | UInt64(b)
      var child = children.value(key)
      if child < 0 {
        // Twice the bound within one text: the walk stops where the tree ends.
        guard lists.count < 2 * DateStartTree.maxNodes else { break }
        child = grow(from: current, buffer, at: at, through: i, index: index, scratch: scratch)
        children.insert(key, child)
      }
      node = child
      current = lists[node]
      if current.patterns.isEmpty && current.triggers.isEmpty { break }
      i += 1
    }
    return current
  }

  /// A new node for the bytes `at...last`, its lists narrowed from `parent`'s.
  private func grow(
    from parent: DateRuleIndex.Candidates, _ buffer: UnsafeBufferPointer<UInt8>, at: Int, through last: Int,
    index: DateRuleIndex, scratch: DateScratch
  ) -> Int {
    let subject: [UInt8] = (at...last).map { i in
      let byte = buffer[i]
      return index.foldsCase && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
    let (t, p) = index.narrow(parent, to: subject, scratch: scratch)
    lists.append(DateRuleIndex.Candidates(triggers: arena.store(t), patterns: arena.store(p)))
    return lists.count - 1
  }
}

/// Rule lists kept at fixed addresses: filled chunks are never moved or freed before the arena.
struct DateListArena: ~Copyable {
  private var chunks: [UnsafeMutableBufferPointer<Int32>] = []
  private var used = 0
  static let chunkSize = 1 << 14

  init() {}

  /// `list` copied into the arena.
  mutating func store(_ list: [Int32]) -> UnsafeBufferPointer<Int32> {
    guard !list.isEmpty else { return UnsafeBufferPointer(start: nil, count: 0) }
    if chunks.isEmpty || used + list.count > chunks[chunks.count - 1].count {
      chunks.append(.allocate(capacity: max(DateListArena.chunkSize, list.count)))
      used = 0
    }
    let chunk = chunks[chunks.count - 1]
    let slice = UnsafeMutableBufferPointer(rebasing: chunk[used..<(used + list.count)])
    _ = slice.initialize(from: list)
    used += list.count
    return UnsafeBufferPointer(slice)
  }

  deinit { chunks.forEach { $0.deallocate() } }
}
