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

/// The categories of raw `class` and `id` values met on one page, by value and, below that, by
/// whitespace-separated token: values differ more than their tokens do (`btn btn-primary`,
/// `btn btn-link`), and a value hits the union of what its tokens hit (names end at white
/// space, word pieces at any other byte too).
final class NameCategoryCache {
  @exclusivity(unchecked) private var values = HashCache<NameCategories>(capacity: 256)
  @exclusivity(unchecked) private var tokens = HashCache<NameCategories>(capacity: 256)

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
