import NewsCore
import Testing

@testable import NewsExtract

/// A snapshot of the start tree answers as the tree does wherever it knows the start, and
/// leaves the rest to the tree.
@Suite struct DateStartSnapshotTests {
  static let learnt = "From 4 to 22 May 2019, on Monday, Dec. 16, 1991, in Q1 2025 and two years ago; Tuesday 21."
  static let unseen = "Zebras graze; in the 1990s the twenties came back, and next Friday the 13th too."

  static func starts(_ bytes: [UInt8]) -> [Int] {
    bytes.indices.filter { $0 == 0 || bytes[$0 - 1] == 0x20 || bytes[$0 - 1] == UInt8(ascii: ",") }
  }

  @Test func answersAsTheTreeWhereItKnows() {
    let grammar = DateGrammar.shared
    let scratch = DateScratch()
    let tree = DateStartTree()
    #expect(tree.snapshot() == nil)
    let learnt = TextBuffer(Self.learnt).bytes
    learnt.withUnsafeBufferPointer { bytes in
      for start in Self.starts(learnt) {
        let node = tree.walk(bytes, at: start, index: grammar.index, scratch: scratch).node
        _ = tree.patterns(node, bytes, at: start, index: grammar.index, scratch: scratch)
      }
    }
    guard let snapshot = tree.snapshot() else {
      Issue.record("no snapshot after learning")
      return
    }
    var known = 0
    for text in [Self.learnt, Self.unseen] {
      let bytes = TextBuffer(text).bytes
      bytes.withUnsafeBufferPointer { buffer in
        for start in Self.starts(bytes) {
          let fromSnapshot = snapshot.walk(buffer, at: start, index: grammar.index)
          let fromTree = tree.walk(buffer, at: start, index: grammar.index, scratch: scratch)
          if let fromSnapshot {
            known += 1
            #expect(fromSnapshot.node == fromTree.node)
            #expect(Array(fromSnapshot.triggers) == Array(fromTree.triggers))
            if let list = snapshot.patterns(fromSnapshot.node) {
              #expect(Array(list) == Array(tree.patterns(fromTree.node, buffer, at: start, index: grammar.index, scratch: scratch)))
            }
          }
        }
      }
    }
    // Every start of the learnt text is known; the snapshot does not grow with the tree.
    #expect(known >= Self.starts(learnt).count)
    #expect(snapshot.nodeCount < tree.count)
  }
}
