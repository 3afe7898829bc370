/// Substring search on UTF-8 bytes, for the byte paths that stand in for `String` searches
/// (`contains`, `firstRange(of:)`) where `SingleScalarText` says they agree.
enum ByteSearch {
  /// The first index at or after `from` where `needle` starts in `haystack`, or nil. An empty
  /// needle is found at `from`, as `String.firstRange(of: "")` finds it at the start.
  static func firstIndex<H: RandomAccessCollection<UInt8>>(of needle: [UInt8], in haystack: H, from: H.Index)
    -> H.Index? where H.Index == Int
  {
    guard let first = needle.first else { return from }
    let n = needle.count
    var i = from
    let last = haystack.endIndex - n
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < n && haystack[i + j] == needle[j] { j += 1 }
        if j == n { return i }
      }
      i += 1
    }
    return nil
  }

  /// ASCII letters lowered, every other byte as it is.
  @inline(__always)
  static func lowered(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

  /// Whether both strings are ASCII without a carriage return (the one ASCII cluster,
  /// `"\r\n"`): then `a.contains(b)` is a byte search.
  static func contains(_ haystack: String, _ needle: String) -> Bool {
    let plain: (UInt8) -> Bool = { $0 < 0x80 && $0 != 0x0D }
    guard haystack.utf8.allSatisfy(plain), needle.utf8.allSatisfy(plain) else { return haystack.contains(needle) }
    let h = Array(haystack.utf8)
    return firstIndex(of: Array(needle.utf8), in: h, from: 0) != nil
  }
}
