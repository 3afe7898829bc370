/// Capture-group numbers by name for patterns that repeat a name in alternatives (compiled
/// with `(?J)`): the match reads whichever of them took part.
enum DateGroupNames {
  static func numbers(in source: String) -> [String: [Int]] {
    let chars = Array(source.utf8)
    var names: [String: [Int]] = [:]
    var number = 0
    var i = 0
    var inClass = false
    while i < chars.count {
      let c = chars[i]
      if c == UInt8(ascii: "\\") { i += 2; continue }
      if inClass {
        if c == UInt8(ascii: "]") { inClass = false }
        i += 1
        continue
      }
      if c == UInt8(ascii: "[") {
        inClass = true
        i += 1
        if i < chars.count, chars[i] == UInt8(ascii: "^") { i += 1 }
        if i < chars.count, chars[i] == UInt8(ascii: "]") { i += 1 }
        continue
      }
      if c == UInt8(ascii: "(") {
        let next = i + 1 < chars.count ? chars[i + 1] : 0
        if next != UInt8(ascii: "?") {
          number += 1
        } else if i + 3 < chars.count, chars[i + 2] == UInt8(ascii: "<"), chars[i + 3] != UInt8(ascii: "="),
          chars[i + 3] != UInt8(ascii: "!")
        {
          number += 1
          var j = i + 3
          while j < chars.count, chars[j] != UInt8(ascii: ">") { j += 1 }
          names[String(decoding: chars[(i + 3)..<j], as: UTF8.self), default: []].append(number)
        }
      }
      i += 1
    }
    return names
  }
}

/// A rule's group numbers by name, looked up by comparing the few names in turn (cheaper
/// than hashing the name at every lookup).
struct DateGroupTable: Sendable {
  private let names: [String]
  private let numbers: [[Int]]

  init(_ byName: [String: [Int]]) {
    let sorted = byName.sorted { $0.key < $1.key }
    names = sorted.map(\.key)
    numbers = sorted.map(\.value)
  }

  /// The numbers of the groups called `name`, `nil` when the pattern has none.
  @inline(__always) func numbers(of name: String) -> [Int]? {
    // Names are ASCII: a name of another length is another name, told without comparing.
    let length = name.utf8.count
    for i in names.indices where names[i].utf8.count == length && names[i] == name { return numbers[i] }
    return nil
  }
}
