/// `NameCategoryMatcher` on one raw attribute value, without building `ElementNames`: the
/// value is squashed into a stack buffer and matched against flat tables. The lists an
/// element's names hit are the union of what its `class` and its `id` hit, so values are
/// classified one at a time (and cached that way, `NameCategoryCache`).
extension NameCategoryMatcher {
  /// The categories the names in `value` hit: what `categories(of: ElementNames(value))` says.
  func categories(ofValue value: UnsafePointer<UInt8>) -> NameCategories {
    var length = 0
    while value[length] != 0 { length += 1 }
    if length == 0 { return [] }
    return categories(ofToken: UnsafeBufferPointer(start: value, count: length))
  }

  /// The categories the names in `bytes` hit (a value or one token of it, no 0 inside).
  func categories(ofToken bytes: UnsafeBufferPointer<UInt8>) -> NameCategories {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { name in
      flat.categories(of: bytes, scratch: name)
    }
  }
}

/// The parts and words of `NameCategoryMatcher` laid out flat (no nested arrays to retain).
struct FlatParts: Sendable {
  /// All parts' bytes, one after the other.
  private var bytes: [UInt8] = []
  /// Per part (sorted by first byte): start in `bytes`, length, category.
  private var start: [Int32] = []
  private var length: [Int32] = []
  private var category: [UInt8] = []
  /// Parts starting with byte `b` are `first[b]..<first[b + 1]`.
  private var first = [Int32](repeating: 0, count: 257)
  private var words: [(bytes: [UInt8], category: NameCategories)]
  /// The longest word: longer pieces are not compared.
  private var longestWord = 0
  /// Which three-letter starts (letters and digits, 36 each) some part has: positions whose
  /// next three bytes start no part are skipped at once.
  private var trigrams = [UInt64](repeating: 0, count: (36 * 36 * 36 + 63) / 64)
  /// False when a part is shorter than three bytes (then no position is skipped).
  private var filters = true

  @inline(__always)
  private static func code(_ b: UInt8) -> Int { b &- 0x30 < 10 ? Int(b &- 0x30) : Int(b &- 0x61) + 10 }

  @inline(__always)
  private static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int { (code(a) * 36 + code(b)) * 36 + code(c) }

  init(
    parts: [(bytes: [UInt8], category: NameCategories)], byFirstByte: [[Int]],
    words: [(bytes: [UInt8], category: NameCategories)]
  ) {
    self.words = words
    longestWord = words.map(\.bytes.count).max() ?? 0
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
    for part in parts {
      guard part.bytes.count >= 3, part.bytes.allSatisfy({ $0 &- 0x30 < 10 || $0 &- 0x61 < 26 }) else {
        filters = false
        continue
      }
      let t = Self.trigram(part.bytes[0], part.bytes[1], part.bytes[2])
      trigrams[t >> 6] |= 1 << UInt64(t & 63)
    }
  }

  /// Reads `value` as `ElementNames` does: each whitespace-separated name lowercased and
  /// squashed to letters and digits (matched against parts), and each piece between other
  /// bytes (matched against words).
  func categories(of value: UnsafeBufferPointer<UInt8>, scratch name: UnsafeMutableBufferPointer<UInt8>)
    -> NameCategories
  {
    bytes.withUnsafeBufferPointer { bytes in
      start.withUnsafeBufferPointer { start in
        length.withUnsafeBufferPointer { length in
          category.withUnsafeBufferPointer { category in
            first.withUnsafeBufferPointer { first in
              trigrams.withUnsafeBufferPointer { trigrams in
                let tables = Tables(
                  bytes: bytes, start: start, length: length, category: category, first: first, trigrams: trigrams)
                return categories(of: value, scratch: name, tables: tables)
              }
            }
          }
        }
      }
    }
  }

  /// The flat tables, borrowed for one value.
  private struct Tables {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: UnsafeBufferPointer<Int32>
    let length: UnsafeBufferPointer<Int32>
    let category: UnsafeBufferPointer<UInt8>
    let first: UnsafeBufferPointer<Int32>
    let trigrams: UnsafeBufferPointer<UInt64>
  }

  private func categories(
    of value: UnsafeBufferPointer<UInt8>, scratch name: UnsafeMutableBufferPointer<UInt8>, tables: Tables
  ) -> NameCategories {
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
        found = partCategories(UnsafeBufferPointer(rebasing: name[0..<n]), known: found, tables: tables)
        n = 0
      }
    }
    return found
  }

  private func wordCategories(_ w: UnsafeBufferPointer<UInt8>) -> NameCategories {
    guard w.count <= longestWord else { return [] }
    var found: NameCategories = []
    for word in words where word.bytes.count == w.count && word.bytes.elementsEqual(w) { found.insert(word.category) }
    return found
  }

  /// `known` plus the categories of the parts found in the squashed name.
  private func partCategories(_ name: UnsafeBufferPointer<UInt8>, known: NameCategories, tables t: Tables)
    -> NameCategories
  {
    var found = known
    let n = name.count
    for i in 0..<n {
      if filters {
        guard i + 3 <= n else { break }
        let g = Self.trigram(name[i], name[i + 1], name[i + 2])
        if t.trigrams[g >> 6] & (1 << UInt64(g & 63)) == 0 { continue }
      }
      let b = Int(name[i])
      for p in Int(t.first[b])..<Int(t.first[b + 1]) {
        let c = NameCategories(rawValue: t.category[p])
        let count = Int(t.length[p])
        if found.contains(c) || i + count > n { continue }
        let s = Int(t.start[p])
        var j = 1
        while j < count && name[i + j] == t.bytes[s + j] { j += 1 }
        if j == count { found.insert(c) }
      }
    }
    return found
  }
}

/// The categories of raw `class` and `id` values met on one page, by value and, below that, by
/// whitespace-separated token: values differ more than their tokens do (`btn btn-primary`,
/// `btn btn-link`), and a value hits the union of what its tokens hit (names end at white
/// space, word pieces at any other byte too).
final class NameCategoryCache {
  private var values = HashCache<NameCategories>(capacity: 256)
  private var tokens = HashCache<NameCategories>(capacity: 256)

  /// What the names in `value` hit (nothing for no value).
  func categories(of value: UnsafePointer<UInt8>?) -> NameCategories {
    guard let value else { return [] }
    let key = ElementNames.hash(value)
    if let categories = values[key] { return categories }
    var found: NameCategories = []
    var p = value
    while true {
      while Self.separates(p.pointee) { p += 1 }
      if p.pointee == 0 { break }
      let start = p
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      while p.pointee != 0 && !Self.separates(p.pointee) {
        h = (h ^ UInt64(p.pointee)) &* 0x100_0000_01b3
        p += 1
      }
      if let known = tokens[h] {
        found.formUnion(known)
      } else {
        let token = UnsafeBufferPointer(start: start, count: p - start)
        let categories = NameCategoryMatcher.shared.categories(ofToken: token)
        tokens.set(categories, for: h)
        found.formUnion(categories)
      }
    }
    values.set(found, for: key)
    return found
  }

  /// The bytes that end a squashed name (`ElementNames`), the 0 terminator aside.
  @inline(__always)
  private static func separates(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
