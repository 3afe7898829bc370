import Foundation

/// Reads the tab-separated and one-word-a-line files of the gazetteer folder as bytes: no
/// `String` per line or field, so the tables load in a few milliseconds. `#` starts a comment
/// line; empty lines are skipped; a `\r` before a line break is dropped.
struct GazetteerFiles {
  let directory: URL?

  /// The bytes of a file of the folder (empty when it is missing).
  func contents(_ name: String) -> [UInt8] {
    guard let directory, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
      return []
    }
    return [UInt8](data)
  }

  /// Calls `body` with each row of a tab-separated file that has at least `minimumFields` fields.
  func forEachRow(_ name: String, minimumFields: Int = 1, _ body: (GazetteerRow) -> Void) {
    GazetteerFiles.forEachRow(of: contents(name), minimumFields: minimumFields, body)
  }

  /// Calls `body` with each row of `bytes` (a whole file) that has at least `minimumFields` fields.
  static func forEachRow(of bytes: [UInt8], minimumFields: Int = 1, _ body: (GazetteerRow) -> Void) {
    bytes.withUnsafeBufferPointer { file in
      var row = GazetteerRow(file: file)
      forEachLine(file) { line in
        row.split(line)
        if row.fieldCount >= minimumFields { body(row) }
      }
    }
  }

  /// The word keys (`PhraseKey.word`) of the lines of a one-word-a-line file, in file order.
  func keyList(_ name: String) -> [UInt64] {
    let bytes = contents(name)
    var keys: [UInt64] = []
    bytes.withUnsafeBufferPointer { file in
      GazetteerFiles.forEachLine(file) { keys.append(PhraseKey.word(file, $0)) }
    }
    return keys
  }

  /// Calls `body` with the byte range of each line of `file` that is neither empty nor a comment.
  static func forEachLine(_ file: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    var start = 0
    let end = file.count
    while start < end {
      var stop = start
      while stop < end && file[stop] != 0x0A { stop += 1 }
      var last = stop
      if last > start && file[last - 1] == 0x0D { last -= 1 }
      if last > start && file[start] != 0x23 { body(start..<last) }
      start = stop + 1
    }
  }

  /// The key and word count of a phrase, tokenized as text is; nil when the phrase holds
  /// punctuation other than `&`.
  static func phraseKey(_ phrase: String) -> (UInt64, Int)? {
    phraseKeys(phrase).map { ($0.last!, $0.count) }
  }

  /// The keys of every prefix of a phrase (the last is the phrase's key); nil when the phrase
  /// holds punctuation other than `&`.
  static func phraseKeys(_ phrase: String) -> [UInt64]? {
    let bytes = Array(phrase.utf8)
    var keys: [UInt64] = []
    let ok = bytes.withUnsafeBufferPointer { phraseKeys($0, into: &keys) }
    return ok ? keys : nil
  }

  /// Replaces `keys` with the keys of every prefix of the phrase `bytes`; false (and `keys`
  /// unspecified) when the phrase has no token or holds punctuation other than `&`.
  static func phraseKeys(_ bytes: UnsafeBufferPointer<UInt8>, into keys: inout [UInt64]) -> Bool {
    keys.removeAll(keepingCapacity: true)
    let tokens = NameTokenizer.tokens(bytes)
    guard !tokens.isEmpty else { return false }
    var key = PhraseKey.seed
    for token in tokens {
      if token.shape.contains(.punct) && token.mark != 0x26 { return false }
      key = PhraseKey.combine(key, token.key)
      keys.append(key)
    }
    return true
  }
}

/// One row of a tab-separated gazetteer file: byte ranges of its fields in the file.
struct GazetteerRow {
  let file: UnsafeBufferPointer<UInt8>
  private var fields: [Range<Int>] = []

  init(file: UnsafeBufferPointer<UInt8>) { self.file = file }

  var fieldCount: Int { fields.count }

  /// The bytes of field `index`.
  subscript(index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: file[fields[index]]) }

  /// Field `index` as a string.
  func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }

  /// Field `index` read as `Int(String)` reads it (an optional sign, then decimal digits); nil
  /// when it is no such number or overflows.
  func integer(_ index: Int) -> Int? {
    let b = self[index]
    var i = 0
    var negative = false
    if b.count > 0 && (b[0] == 0x2B || b[0] == 0x2D) { negative = b[0] == 0x2D; i = 1 }
    guard i < b.count else { return nil }
    var value = 0
    while i < b.count {
      let digit = Int(b[i]) - 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !o1 && !o2 else { return nil }
      value = sum
      i += 1
    }
    return value
  }

  /// Splits the line `range` of the file at tabs (empty fields kept).
  mutating func split(_ range: Range<Int>) {
    fields.removeAll(keepingCapacity: true)
    var start = range.lowerBound
    var i = start
    while i < range.upperBound {
      if file[i] == 0x09 {
        fields.append(start..<i)
        start = i + 1
      }
      i += 1
    }
    fields.append(start..<range.upperBound)
  }
}

/// An insertion-ordered map from `PhraseKey` hashes to small integers, used only while the
/// gazetteer loads: open addressing over the key bits (already hashes), no `Hasher` round and
/// no sorting afterwards, so the tables come out in file order.
struct GazetteerLoadMap {
  private var slots: [UInt64]
  private var values: [Int32]
  private var mask: Int
  /// The keys in the order they were first inserted.
  private(set) var keys: [UInt64] = []

  /// A map sized for about `expected` keys (it grows past that).
  init(expected: Int) {
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    values = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    keys.reserveCapacity(expected)
  }

  var count: Int { keys.count }

  @inline(__always)
  private func slot(of stored: UInt64) -> Int {
    var i = Int(truncatingIfNeeded: stored ^ (stored >> 32)) & mask
    while slots[i] != 0 && slots[i] != stored { i = (i + 1) & mask }
    return i
  }

  /// The value of `key`, if present.
  subscript(key: UInt64) -> Int32? {
    let i = slot(of: key == 0 ? 1 : key)
    return slots[i] == 0 ? nil : values[i]
  }

  /// Inserts `key` with `value` unless present; returns the value now stored and whether it is new.
  @discardableResult
  mutating func insert(_ key: UInt64, _ value: Int32) -> (value: Int32, inserted: Bool) {
    if (keys.count + 1) * 2 > slots.count { grow() }
    let stored = key == 0 ? 1 : key
    let i = slot(of: stored)
    if slots[i] != 0 { return (values[i], false) }
    slots[i] = stored
    values[i] = value
    keys.append(key)
    return (value, true)
  }

  /// Sets the value of a present key.
  mutating func update(_ key: UInt64, _ value: Int32) {
    let i = slot(of: key == 0 ? 1 : key)
    if slots[i] != 0 { values[i] = value }
  }

  private mutating func grow() {
    let old = keys.map { ($0, self[$0]!) }
    slots = Array(repeating: 0, count: slots.count * 2)
    values = Array(repeating: 0, count: slots.count)
    mask = slots.count - 1
    keys.removeAll(keepingCapacity: true)
    for (key, value) in old { insert(key, value) }
  }
}

/// The distinct canonical names met while loading, kept as bytes (one arena) until the end:
/// a name is found again by a hash of its exact bytes, checked byte for byte.
struct GazetteerNameList {
  private var arena: [UInt8] = []
  private var ends: [Int] = []
  private var index = GazetteerLoadMap(expected: 1 << 16)

  /// The index of `name`, adding it when new.
  mutating func index(of name: UnsafeBufferPointer<UInt8>) -> Int32 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in name { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
    while true {
      let (at, inserted) = index.insert(hash, Int32(ends.count))
      if inserted {
        arena.append(contentsOf: name)
        ends.append(arena.count)
        return at
      }
      let start = at == 0 ? 0 : ends[Int(at) - 1]
      if arena[start..<ends[Int(at)]].elementsEqual(name) { return at }
      hash = PhraseKey.combine(hash, 1)  // another name with the same hash: probe a new key
    }
  }

  /// The names as strings, in order of first appearance.
  func strings() -> [String] {
    arena.withUnsafeBufferPointer { bytes in
      var start = 0
      return ends.map { end in
        defer { start = end }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
    }
  }
}
