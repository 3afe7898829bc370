/// A word next to a value, lower-cased (dots kept inside abbreviations: "u.s.").
struct NearbyWord: Sendable, Equatable {
  var range: Range<Int>
  var text: String
}

/// Reading the words around a value in the matching view, within one line.
enum NearbyWords {
  /// Position after skipping up to `limit` horizontal spaces forward from `i`.
  @inline(__always)
  static func skipSpaces(_ b: [UInt8], from i: Int, limit: Int = 2) -> Int {
    var k = i
    while k < b.count, k - i < limit, b[k].isHorizontalSpace { k += 1 }
    return k
  }

  /// Position after skipping up to `limit` horizontal spaces backward from `i`.
  @inline(__always)
  static func skipSpacesBack(_ b: [UInt8], from i: Int, limit: Int = 2) -> Int {
    var k = i
    while k > 0, i - k < limit, b[k - 1].isHorizontalSpace { k -= 1 }
    return k
  }

  static func lowercase(_ b: [UInt8], _ r: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: r.count) { out in
      for (k, i) in r.enumerated() { out[k] = b[i].isUpper ? b[i] | 0x20 : b[i] }
      return r.count
    }
  }

  /// The bytes of the word starting exactly at `i` (letters; inner dots as in "u.s."), if any.
  @inline(__always)
  static func range(at i: Int, in b: [UInt8]) -> Range<Int>? {
    guard i < b.count, b[i].isLetter, i == 0 || !b[i - 1].isAlphanumeric else { return nil }
    var k = i
    var dotted = false
    while k < b.count {
      if b[k].isLetter {
        k += 1
        continue
      }
      if b[k] == UInt8(ascii: "."), k + 1 < b.count, b[k + 1].isLetter, k - i <= 2 {
        dotted = true
        k += 1
        continue
      }
      break
    }
    if dotted, k < b.count, b[k] == UInt8(ascii: ".") { k += 1 }
    if k < b.count, b[k].isDigit { return nil }
    return i..<k
  }

  /// The word starting exactly at `i`, lower-cased.
  static func word(at i: Int, in b: [UInt8]) -> NearbyWord? {
    range(at: i, in: b).map { NearbyWord(range: $0, text: lowercase(b, $0)) }
  }

  /// Up to `count` words following position `i`, each after at most two spaces.
  static func words(after i: Int, in b: [UInt8], count: Int) -> [NearbyWord] {
    var found: [NearbyWord] = []
    var k = i
    while found.count < count {
      let s = skipSpaces(b, from: k)
      guard s > k || found.isEmpty, let w = word(at: s, in: b) else { break }
      found.append(w)
      k = w.range.upperBound
    }
    return found
  }

  /// The bytes of the word ending just before position `i` (after at most two spaces).
  @inline(__always)
  static func range(before i: Int, in b: [UInt8]) -> Range<Int>? {
    var e = skipSpacesBack(b, from: i)
    guard e > 0 else { return nil }
    if b[e - 1] == UInt8(ascii: "."), e >= 2, b[e - 2].isLetter { e -= 1 }  // "Rs. 500", "u.s. $"
    var s = e
    while s > 0, b[s - 1].isLetter || (b[s - 1] == UInt8(ascii: ".") && s >= 2 && b[s - 2].isLetter && e - s < 4) {
      s -= 1
    }
    guard s < e, b[s].isLetter, s == 0 || !b[s - 1].isAlphanumeric else { return nil }
    return s..<e
  }

  /// The word ending just before position `i` (after at most two spaces), lower-cased.
  static func word(before i: Int, in b: [UInt8]) -> NearbyWord? {
    range(before: i, in: b).map { NearbyWord(range: $0, text: lowercase(b, $0)) }
  }

  /// Up to `count` words before position `i`, nearest last.
  static func words(before i: Int, in b: [UInt8], count: Int) -> [NearbyWord] {
    var found: [NearbyWord] = []
    var k = i
    while found.count < count, let w = word(before: k, in: b) {
      found.insert(w, at: 0)
      k = w.range.lowerBound
    }
    return found
  }

  /// The original-case text of a byte range (for codes that count only in capitals).
  static func text(_ b: [UInt8], _ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
}
