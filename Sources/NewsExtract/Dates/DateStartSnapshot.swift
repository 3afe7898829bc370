/// What the start tree (`DateStartTree`) knew at one moment, read without its lock: its edges
/// and the pattern lists worked out by then. A text takes one when its reading begins and
/// walks its starts through it; a start that goes past what it knew is walked in the tree
/// itself (under the lock), which gives the same answer, since nodes, edges and lists never
/// change once made. The lists belong to the tree and live as long as it does.
final class DateStartSnapshot: @unchecked Sendable {
  private let children: DateFrozenChildren
  /// Per node, its pattern list when it was known.
  private let patternLists: [UnsafeBufferPointer<Int32>?]

  init(children: DateFrozenChildren, patternLists: [UnsafeBufferPointer<Int32>?]) {
    self.children = children
    self.patternLists = patternLists
  }

  /// The number of nodes known.
  var nodeCount: Int { patternLists.count }

  /// `DateStartTree.walk` as far as the snapshot knows the start's bytes; `nil` where the
  /// tree must be asked.
  @inline(__always)
  func walk(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, index: DateRuleIndex) -> (node: Int, triggers: UnsafeBufferPointer<Int32>)? {
    let fold = index.foldsCase
    var node = 0
    var triggers = index.root.triggers
    var i = at
    let end = min(buffer.count, at + DateStartTree.maxDepth)
    while i < end {
      let (n, bytes) = DateStartTree.stepBytes(buffer, at: i, end: end, fold: fold)
      guard let e = children.entry(DateStartTree.edgeKey(node: node, count: n, bytes: bytes)) else { return nil }
      node = Int(e.child)
      triggers = UnsafeBufferPointer(start: e.triggers, count: Int(e.triggerCount))
      if triggers.isEmpty { break }
      i += n
    }
    return (node, triggers)
  }

  /// The pattern list of `node` when known; `nil` where the tree must be asked.
  @inline(__always) func patterns(_ node: Int) -> UnsafeBufferPointer<Int32>? {
    node < patternLists.count ? patternLists[node] : nil
  }
}

/// A read-only copy of a `DateChildTable`, safe to read from any thread.
final class DateFrozenChildren: @unchecked Sendable {
  private let entries: UnsafeMutablePointer<DateChildTable.Entry>
  private let mask: Int

  /// A copy of the `mask + 1` entries at `entries`.
  init(copying entries: UnsafePointer<DateChildTable.Entry>, mask: Int) {
    self.entries = .allocate(capacity: mask + 1)
    self.entries.initialize(from: entries, count: mask + 1)
    self.mask = mask
  }

  deinit { entries.deallocate() }

  /// The entry of the edge `key`, or `nil`.
  @inline(__always) func entry(_ key: UInt64) -> DateChildTable.Entry? { DateChildTable.entry(key, in: entries, mask: mask) }
}
