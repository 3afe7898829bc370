import Foundation

/// Numbers for the folded words and folded names of one resolution: the same folded text,
/// the same number, given in order of first sight. Folded words are compared by their bytes:
/// they are canonically decomposed with the marks dropped, so equal words have equal bytes.
struct WordIDs {
  private var wordSlots = IDSlots()
  /// The bytes of the words, one after the other; word `i` ends at `ends[i]`.
  private var arena: [UInt8] = []
  private var ends: [Int] = []
  private var nameSlots = IDSlots()
  private var names: [[Int32]] = []

  var wordCount: Int { ends.count }
  var nameCount: Int { names.count }

  /// The id of the folded word `bytes`, new or known.
  mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = SlotHash.bytes(bytes)
    if let id = find(hash, bytes) { return id }
    let id = Int32(ends.count)
    arena.append(contentsOf: bytes)
    ends.append(arena.count)
    wordSlots.insert(hash, id)
    return id
  }

  /// The id of a folded word given as a string, new or known.
  mutating func word(_ folded: String) -> Int32 {
    var folded = folded
    return folded.withUTF8 { word($0) }
  }

  /// The id of a folded word if it was seen, else nil.
  func knownWord(_ folded: String) -> Int32? {
    var folded = folded
    return folded.withUTF8 { find(SlotHash.bytes($0), $0) }
  }

  private func find(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    wordSlots.find(hash) { id in
      let end = ends[Int(id)], start = id == 0 ? 0 : ends[Int(id) - 1]
      guard end - start == bytes.count else { return false }
      return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 }
    }
  }

  /// The id of a whole name from its word ids. Folded words hold no space, so two names
  /// joined by spaces are equal exactly when their word lists are.
  mutating func name(_ folded: [Int32]) -> Int32 {
    let hash = SlotHash.ids(folded)
    if let id = nameSlots.find(hash, { names[Int($0)] == folded }) { return id }
    let id = Int32(names.count)
    names.append(folded)
    nameSlots.insert(hash, id)
    return id
  }
}
