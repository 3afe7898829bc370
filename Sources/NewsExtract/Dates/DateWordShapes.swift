/// A quick "surely not one of the words" by a word's shape: its first two bytes (as
/// `DateWordKey` codes) and its length. Built from a word list; a text word whose shape is
/// not marked is none of the words, so most words are turned away before a key is packed.
final class DateWordShapes: @unchecked Sendable {
  /// Per shape: whether some word has it. Alive as long as this object.
  let table: UnsafePointer<Bool>
  private let storage: UnsafeMutablePointer<Bool>

  static let count = 38 * 38 * 16

  init(_ words: Set<String>) {
    storage = .allocate(capacity: DateWordShapes.count)
    storage.initialize(repeating: false, count: DateWordShapes.count)
    for word in words {
      let b = Array(word.utf8)
      guard !b.isEmpty, let s = DateWordShapes.shape(b[0], b.count >= 2 ? b[1] : 0, b.count) else { continue }
      storage[s] = true
    }
    table = UnsafePointer(storage)
  }

  deinit { storage.deallocate() }

  /// The shape of a word of `count` (1 to 8) ASCII letters as `WordBytes.letters` reads
  /// them (folded to lower case, first byte lowest): `shape(first, second, count)` without
  /// the code look-ups, since every letter has one.
  @inline(__always) static func shape(letters folded: UInt64, count: Int) -> Int {
    let a = Int(truncatingIfNeeded: folded & 0xFF) &- 0x60
    let b = count >= 2 ? Int(truncatingIfNeeded: (folded >> 8) & 0xFF) &- 0x60 : 0
    return (a &* 38 &+ b) &* 16 &+ count
  }

  /// The shape of a word of `length` bytes starting `first`, `second` (0 for a one-byte
  /// word); `nil` when either byte has no key code (the word is then checked in full).
  @inline(__always) static func shape(_ first: UInt8, _ second: UInt8, _ length: Int) -> Int? {
    let a = DateWordKey.code(first)
    let b = second == 0 ? 0 : DateWordKey.code(second)
    guard a != 0, second == 0 || b != 0 else { return nil }
    return (Int(a) * 38 + Int(b)) * 16 + min(length, 15)
  }
}
