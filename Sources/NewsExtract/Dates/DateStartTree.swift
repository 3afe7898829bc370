import Synchronization

/// The rules that can begin at a start, learnt from the bytes found at starts: a tree of the
/// byte strings read from starts (ASCII letters folded when the rules allow it,
/// `DateRuleIndex.foldsCase`), each node holding the rules whose probes say a match may begin
/// with its string: a subset of its parent's, worked out the first time the string is seen.
///
/// A start walks down along its bytes, `step` at a time and at most `maxDepth` of them, and
/// stops early where no trigger is left (pattern lists, needed only where a trigger matched,
/// are worked out when first asked for): most starts that begin no date ("the company",
/// "5 million") are turned away there without a single match being run.
///
/// One tree serves every thread (a lock around each walk, or none for a text that walks a
/// `DateStartSnapshot` of it, renewed as the tree grows); it stops growing at `maxNodes`,
/// after which walks end where it ends. Lists are never freed before the tree, so those handed
/// out stay valid. Only speed depends on the tree: a node's lists never leave out a rule that
/// can match.
final class DateStartTree: Sendable {
  static let maxDepth = 16
  /// The bytes read per step of a walk (at most four).
  static let step = 4
  static let maxNodes = 1 << 16

  private let state = Mutex(State())

  /// The deepest node along the bytes from `at` (read `step` at a time) whose string may
  /// begin a triggered rule, or the first node that shows none can, with its trigger list.
  func walk(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch)
    -> (node: Int, triggers: UnsafeBufferPointer<Int32>)
  {
    let found = state.withLock { Handed($0.walk(buffer, at: at, index: index, scratch: scratch)) }
    return (found.node, found.list)
  }

  /// The rules whose pattern may match at `at`, a start that walked to `node`.
  func patterns(_ node: Int, _ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch) -> UnsafeBufferPointer<Int32> {
    state.withLock { Handed((node, $0.patterns(node, buffer, at: at, index: index, scratch: scratch))) }.list
  }

  /// A snapshot to walk a text's starts through without the lock: the last one taken, or a
  /// new one when the tree has grown by an eighth (at least 64 nodes and lists) since;
  /// `nil` while the tree is empty.
  func snapshot() -> DateStartSnapshot? {
    state.withLock { Snapshot(reference: $0.currentSnapshot()) }.reference
  }

  /// A snapshot handed out of the lock.
  private struct Snapshot: @unchecked Sendable { let reference: DateStartSnapshot? }

  /// The key of the edge from `node` along the next `count` bytes: never all ones.
  /// The next step of a walk at `i`: how many bytes it reads (up to `step`, not past `end`)
  /// and those bytes, upper-cased when the rules fold case.
  @inline(__always) static func stepBytes(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, fold: Bool) -> (Int, UInt64) {
    let n = min(step, end - i)
    let bytes = WordBytes.load(buffer, at: i) & ((1 << UInt64(8 * n)) &- 1)
    return (n, fold ? WordBytes.foldUpper(bytes) : bytes)
  }

  @inline(__always) static func edgeKey(node: Int, count: Int, bytes: UInt64) -> UInt64 {
    UInt64(node) << 35 | UInt64(count) << 32 | bytes
  }

  /// A node and a list of it, handed out of the lock (the list lives as long as the tree).
  private struct Handed: @unchecked Sendable {
    let node: Int
    let list: UnsafeBufferPointer<Int32>
    init(_ found: (Int, UnsafeBufferPointer<Int32>)) { (node, list) = found }
  }

  /// The number of nodes so far.
  var count: Int { state.withLock { $0.nodes.count } }

  /// A string of bytes met at starts.
  struct Node {
    /// Rules (`.anywhere`) whose trigger may match text beginning with the string.
    var triggers: UnsafeBufferPointer<Int32>
    /// Rules whose pattern may, once asked for (`hasPatterns`).
    var patterns: UnsafeBufferPointer<Int32>
    var hasPatterns: Bool
    var parent: Int32
    /// The string's length.
    var depth: Int32
  }

  struct State: ~Copyable, @unchecked Sendable {
    var nodes: [Node] = []
    var children = DateChildTable()
    var arena = DateListArena()
    var snapshot: DateStartSnapshot?
    /// Nodes and pattern lists made since `snapshot` was taken.
    var changes = 0

    mutating func currentSnapshot() -> DateStartSnapshot? {
      guard changes > 0, changes >= max(64, (snapshot?.nodeCount ?? 0) / 8) else { return snapshot }
      snapshot = DateStartSnapshot(children: children.frozen(), patternLists: nodes.map { $0.hasPatterns ? $0.patterns : nil })
      changes = 0
      return snapshot
    }

    mutating func walk(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch)
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
        let (n, bytes) = DateStartTree.stepBytes(buffer, at: i, end: end, fold: fold)
        let key = DateStartTree.edgeKey(node: node, count: n, bytes: bytes)
        if let e = children.entry(key) {
          node = Int(e.child)
          triggers = UnsafeBufferPointer(start: e.triggers, count: Int(e.triggerCount))
        } else {
          // A full tree: the walk stops where the tree ends.
          guard nodes.count < DateStartTree.maxNodes else { break }
          let subject = DateStartTree.subject(buffer, at: at, count: i + n - at, fold: fold)
          // A first step narrows from the lists of the start's first byte.
          let parent = node == 0 ? index.seed(buffer[at]).triggers : triggers
          triggers = arena.store(index.narrowTriggers(parent, to: subject, scratch: scratch))
          nodes.append(Node(
            triggers: triggers, patterns: UnsafeBufferPointer(start: nil, count: 0), hasPatterns: false, parent: Int32(node),
            depth: Int32(i + n - at)))
          node = nodes.count - 1
          changes += 1
          children.insert(.init(key: key, child: Int32(node), triggerCount: Int32(triggers.count), triggers: triggers.baseAddress))
        }
        if triggers.isEmpty { break }
        i += n
      }
      return (node, triggers)
    }

    mutating func patterns(_ node: Int, _ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex, scratch: DateScratch)
      -> UnsafeBufferPointer<Int32>
    {
      if nodes[node].hasPatterns { return nodes[node].patterns }
      let up = Int(nodes[node].parent)
      let parent = up == 0 ? index.seed(buffer[at]).patterns : patterns(up, buffer, at: at, index: index, scratch: scratch)
      let subject = DateStartTree.subject(buffer, at: at, count: Int(nodes[node].depth), fold: index.foldsCase)
      let list = arena.store(index.narrowPatterns(parent, to: subject, scratch: scratch))
      nodes[node].patterns = list
      nodes[node].hasPatterns = true
      changes += 1
      return list
    }
  }

  /// The `count` bytes from `at` as the tree reads them.
  static func subject(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, count: Int, fold: Bool) -> [UInt8] {
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
