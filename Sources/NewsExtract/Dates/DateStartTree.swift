/// The rules that can begin at a start, learnt from the bytes found at starts: a tree of the
/// byte strings read from starts (ASCII letters folded when the rules allow it,
/// `DateRuleIndex.foldsCase`), each node holding the rules whose probes say a match may begin
/// with its string: a subset of its parent's, worked out the first time the string is seen.
///
/// A start walks down along its bytes, `step` at a time and at most `maxDepth` of them, and stops early where no
/// trigger is left (pattern lists, needed only where a trigger matched, are worked out when
/// first asked for): most starts that begin no date ("the company", "5 million") are turned away
/// there without a single match being run. Each tree belongs to one scratch space, so to one
/// extraction at a time (no locks); past `maxNodes` it is dropped between two texts. Only
/// speed depends on it: a node's lists never leave out a rule that can match.
final class DateStartTree {
  static let maxDepth = 12
  /// The bytes read per step of a walk (at most four).
  static let step = 4
  static let maxNodes = 1 << 15

  /// A string of bytes met at starts.
  private struct Node {
    /// Rules (`.anywhere`) whose trigger may match text beginning with the string.
    var triggers: UnsafeBufferPointer<Int32>
    /// Rules whose pattern may, once asked for (`hasPatterns`).
    var patterns: UnsafeBufferPointer<Int32>
    var hasPatterns: Bool
    var parent: Int32
    /// The string's length.
    var depth: Int32
  }

  private var nodes: [Node] = []
  private var children = DateChildTable()
  private var arena = DateListArena()

  /// Whether the tree has grown past its bound (checked between texts).
  var isFull: Bool { nodes.count >= DateStartTree.maxNodes }

  /// Forgets every node; only between texts (lists handed out before point into freed memory).
  func removeAll() {
    nodes.removeAll(keepingCapacity: true)
    children = DateChildTable()
    arena = DateListArena()
  }

  /// The deepest node along the bytes from `at` (read `step` at a time) whose string may
  /// begin a triggered rule, or the first node that shows none can, with its trigger list.
  @inline(__always)
  func walk(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch)
    -> (node: Int, triggers: UnsafeBufferPointer<Int32>)
  {
    if nodes.isEmpty {
      nodes.append(Node(triggers: index.root.triggers, patterns: index.root.patterns, hasPatterns: true, parent: -1, depth: 0))
    }
    let fold = index.foldsCase
    var node = 0
    var triggers = index.root.triggers
    var i = at
    let end = min(buffer.count, at + DateStartTree.maxDepth)
    while i < end {
      let n = min(DateStartTree.step, end - i)
      var bytes = DateChunk.load(buffer, at: i) & ((1 << UInt64(8 * n)) &- 1)
      if fold { bytes = DateChunk.foldUpper(bytes) }
      // Node, byte count, bytes: never all ones.
      let key = UInt64(node) << 35 | UInt64(n) << 32 | bytes
      if let e = children.entry(key) {
        node = Int(e.child)
        triggers = UnsafeBufferPointer(start: e.triggers, count: Int(e.triggerCount))
      } else {
        // Twice the bound within one text: the walk stops where the tree ends.
        guard nodes.count < 2 * DateStartTree.maxNodes else { break }
        let subject = self.subject(buffer, at: at, count: i + n - at, fold: fold)
        triggers = arena.store(index.narrowTriggers(triggers, to: subject, scratch: scratch))
        nodes.append(Node(triggers: triggers, patterns: UnsafeBufferPointer(start: nil, count: 0), hasPatterns: false, parent: Int32(node), depth: Int32(i + n - at)))
        node = nodes.count - 1
        children.insert(.init(key: key, child: Int32(node), triggerCount: Int32(triggers.count), triggers: triggers.baseAddress))
      }
      if triggers.isEmpty { break }
      i += n
    }
    return (node, triggers)
  }

  /// The rules whose trigger may match at a start that walked to `node`.
  @inline(__always) func triggers(_ node: Int) -> UnsafeBufferPointer<Int32> { nodes[node].triggers }

  /// The rules whose pattern may match at `at`, a start that walked to `node`.
  func patterns(_ node: Int, _ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch) -> UnsafeBufferPointer<Int32> {
    if nodes[node].hasPatterns { return nodes[node].patterns }
    let parent = patterns(Int(nodes[node].parent), buffer, at: at, index: index, scratch: scratch)
    let subject = self.subject(buffer, at: at, count: Int(nodes[node].depth), fold: index.foldsCase)
    let list = arena.store(index.narrowPatterns(parent, to: subject, scratch: scratch))
    nodes[node].patterns = list
    nodes[node].hasPatterns = true
    return list
  }

  /// The `count` bytes from `at` as the tree reads them.
  private func subject(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, count: Int, fold: Bool) -> [UInt8] {
    (at..<(at + count)).map { i in
      let byte = buffer[i]
      return fold && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
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
