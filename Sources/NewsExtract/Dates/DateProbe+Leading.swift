/// Long patterns cut to their leading items. "Could a match begin with these bytes?" is
/// answered yes as often or more by a pattern cut after any of its top-level items: a text
/// that begins a match of the whole either begins a match of the leading items or begins
/// with one. So a probe of the ranges and shifts that spell out every endpoint (7 to 18 kB)
/// can be the few hundred bytes that start them ("from", "the day before", a duration).
extension DateProbe {
  /// `s` cut, in each top-level alternative, after as many whole items (an atom with its
  /// quantifier) as fit in `limit` bytes in all; `nil` when the first item of an
  /// alternative does not fit.
  static func leading(_ s: [UInt8], limit: Int) -> [UInt8]? {
    let branches = topLevelBranches(s)
    let budget = (limit - (branches.count - 1)) / branches.count
    var out: [UInt8] = []
    for (k, branch) in branches.enumerated() {
      if k > 0 { out.append(UInt8(ascii: "|")) }
      var end = branch.lowerBound
      while end < branch.upperBound {
        let next = itemEnd(s, from: end)
        if next - branch.lowerBound > budget { break }
        end = next
      }
      if end == branch.lowerBound && branch.lowerBound < branch.upperBound { return nil }
      out += s[branch.lowerBound..<end]
    }
    return out
  }

  /// The ranges of the alternatives at the top level of `s`.
  static func topLevelBranches(_ s: [UInt8]) -> [Range<Int>] {
    var branches: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < s.count {
      if s[i] == UInt8(ascii: "|") {
        branches.append(start..<i)
        start = i + 1
      }
      i = atomEnd(s, from: i)
    }
    branches.append(start..<s.count)
    return branches
  }

  /// The end of the item at `from`: its atom and any quantifier after it.
  static func itemEnd(_ s: [UInt8], from: Int) -> Int {
    var i = atomEnd(s, from: from)
    while i < s.count {
      let c = s[i]
      if c == UInt8(ascii: "?") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+") {
        i += 1
      } else if c == UInt8(ascii: "{"), let close = quantifierEnd(s, from: i) {
        i = close
      } else {
        break
      }
    }
    return i
  }

  /// The end of the atom at `from`: an escape with the byte after it, a class, a group, or
  /// one character (all bytes of a UTF-8 sequence).
  static func atomEnd(_ s: [UInt8], from: Int) -> Int {
    switch s[from] {
    case UInt8(ascii: "\\"): return min(from + 2, s.count)
    case UInt8(ascii: "["): return classEnd(s, from: from)
    case UInt8(ascii: "("): return groupEnd(s, from: from)
    default:
      var i = from + 1
      while i < s.count, s[i] & 0xC0 == 0x80 { i += 1 }
      return i
    }
  }

  /// The end of a counted quantifier (`{2}`, `{1,3}`, `{2,}`, `{,3}`) at `from`, else `nil`
  /// (a literal brace).
  static func quantifierEnd(_ s: [UInt8], from: Int) -> Int? {
    var i = from + 1
    var digits = false
    while i < s.count, s[i] &- 0x30 < 10 || s[i] == UInt8(ascii: ",") {
      digits = digits || s[i] != UInt8(ascii: ",")
      i += 1
    }
    return digits && i < s.count && s[i] == UInt8(ascii: "}") ? i + 1 : nil
  }
}
