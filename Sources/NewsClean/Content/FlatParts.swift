/// The parts and words of `NameCategoryMatcher` laid out flat in buffers allocated once for
/// the life of the process (the matcher is a static), so that matching retains nothing.
struct FlatParts: @unchecked Sendable {
  /// All parts' bytes, one after the other.
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Per part (sorted by first byte): start in `bytes`, length, category.
  private let start: UnsafeMutableBufferPointer<Int32>
  private let length: UnsafeMutableBufferPointer<Int32>
  private let category: UnsafeMutableBufferPointer<UInt8>
  /// Parts starting with byte `b` are `first[b]..<first[b + 1]`.
  private let first: UnsafeMutableBufferPointer<Int32>
  /// Which three-letter starts some part has (six bits a letter or digit, `code`): positions
  /// whose next three bytes start no part are skipped at once.
  private let trigrams: UnsafeMutableBufferPointer<UInt64>
  /// False when a part is shorter than three bytes or has other bytes (then no position is
  /// skipped).
  private let filters: Bool
  /// Words of up to eight bytes packed little-end first, with their categories.
  private let packedWords: [(word: UInt64, length: Int, category: NameCategories)]
  /// Longer words, compared byte by byte.
  private let longWords: [(bytes: [UInt8], category: NameCategories)]

  /// The longest packed word: longer pieces skip the packed comparison.
  private let longestPacked: Int

  /// Six bits per lowered letter or digit (the only bytes of squashed names).
  @inline(__always)
  private static func code(_ b: UInt8) -> Int { Int(b & 0x3F) }

  @inline(__always)
  private static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int { code(a) << 12 | code(b) << 6 | code(c) }

  private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
    _ = buffer.initialize(from: array)
    return buffer
  }

  init(
    parts: [(bytes: [UInt8], category: NameCategories)], byFirstByte: [[Int]],
    words: [(bytes: [UInt8], category: NameCategories)]
  ) {
    var bytes: [UInt8] = []
    var start: [Int32] = []
    var length: [Int32] = []
    var category: [UInt8] = []
    var first = [Int32](repeating: 0, count: 257)
    for b in 0..<256 {
      first[b] = Int32(start.count)
      for p in byFirstByte[b] {
        start.append(Int32(bytes.count))
        length.append(Int32(parts[p].bytes.count))
        category.append(parts[p].category.rawValue)
        bytes.append(contentsOf: parts[p].bytes)
      }
    }
    first[256] = Int32(start.count)
    var trigrams = [UInt64](repeating: 0, count: (1 << 18) / 64)
    var filters = true
    for part in parts {
      guard part.bytes.count >= 3, part.bytes.allSatisfy({ $0 &- 0x30 < 10 || $0 &- 0x61 < 26 }) else {
        filters = false
        continue
      }
      let t = Self.trigram(part.bytes[0], part.bytes[1], part.bytes[2])
      trigrams[t >> 6] |= 1 << UInt64(t & 63)
    }
    self.bytes = Self.copy(bytes)
    self.start = Self.copy(start)
    self.length = Self.copy(length)
    self.category = Self.copy(category)
    self.first = Self.copy(first)
    self.trigrams = Self.copy(trigrams)
    self.filters = filters
    packedWords = words.filter { $0.bytes.count <= 8 }.map { (Self.pack($0.bytes[...]), $0.bytes.count, $0.category) }
    longWords = words.filter { $0.bytes.count > 8 }
    longestPacked = packedWords.map(\.length).max() ?? 0
  }

  @inline(__always)
  private static func pack<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
    var packed: UInt64 = 0
    for (k, b) in bytes.enumerated() { packed |= UInt64(b) << UInt64(8 * k) }
    return packed
  }

  /// Reads `value` as `ElementNames` does: each whitespace-separated name lowercased and
  /// squashed to letters and digits (matched against parts), and each piece between other
  /// bytes (matched against words).
  func categories(of value: UnsafeBufferPointer<UInt8>, scratch name: UnsafeMutableBufferPointer<UInt8>)
    -> NameCategories
  {
    var found: NameCategories = []
    var n = 0
    var wordStart = -1
    for i in 0...value.count {
      let raw = i < value.count ? value[i] : 0
      let b = raw &- 0x41 < 26 ? raw | 0x20 : raw
      if b &- 0x61 < 26 || b &- 0x30 < 10 {
        name[n] = b
        n += 1
        if wordStart < 0 { wordStart = n - 1 }
        continue
      }
      if wordStart >= 0 {
        found.formUnion(wordCategories(UnsafeBufferPointer(rebasing: name[wordStart..<n])))
        wordStart = -1
      }
      if (b == 0 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) && n > 0 {
        found = partCategories(UnsafeBufferPointer(rebasing: name[0..<n]), known: found)
        n = 0
      }
    }
    return found
  }

  private func wordCategories(_ w: UnsafeBufferPointer<UInt8>) -> NameCategories {
    var found: NameCategories = []
    if w.count <= longestPacked {
      let packed = Self.pack(w)
      for word in packedWords where word.word == packed && word.length == w.count { found.insert(word.category) }
    } else if w.count > 8 {
      for word in longWords where word.bytes.count == w.count && word.bytes.elementsEqual(w) {
        found.insert(word.category)
      }
    }
    return found
  }

  /// `known` plus the categories of the parts found in the squashed name.
  private func partCategories(_ name: UnsafeBufferPointer<UInt8>, known: NameCategories) -> NameCategories {
    var found = known
    let n = name.count
    // The trigram starting at i, rolled along: six bits per byte.
    var g = n >= 2 ? Self.code(name[0]) << 6 | Self.code(name[1]) : 0
    for i in 0..<n {
      if filters {
        guard i + 3 <= n else { break }
        g = (g << 6 | Self.code(name[i + 2])) & 0x3FFFF
        if trigrams[g >> 6] & (1 << UInt64(g & 63)) == 0 { continue }
      }
      let b = Int(name[i])
      for p in Int(first[b])..<Int(first[b + 1]) {
        let c = NameCategories(rawValue: category[p])
        let count = Int(length[p])
        if found.contains(c) || i + count > n { continue }
        let s = Int(start[p])
        var j = 1
        while j < count && name[i + j] == bytes[s + j] { j += 1 }
        if j == count { found.insert(c) }
      }
    }
    return found
  }
}
