import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  /// The word keys (`PhraseKey.word`) of the lines of a one-word-a-line file, in file order.
  func keyList(_ name: String) -> [UInt64] {
    let bytes = contents(name)
    return bytes.withUnsafeBufferPointer { file in
      var keys: [UInt64] = []
      keys.reserveCapacity(file.count / 6)
      var lines = GazetteerLines(file)
      while let line = lines.next() { keys.append(PhraseKey.word(file, line)) }
      return keys
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
    return bytes.withUnsafeBufferPointer { buffer -> [UInt64]? in
      let tokens = NameTokenizer.tokens(buffer)
      guard isPhrase(tokens) else { return nil }
      var key = PhraseKey.seed
      return tokens.map { token in
        key = PhraseKey.combine(key, token.key)
        return key
      }
    }
  }

  /// Whether tokens make a gazetteer phrase: at least one, and no punctuation but `&`.
  static func isPhrase(_ tokens: [NameToken]) -> Bool {
    guard !tokens.isEmpty else { return false }
    for token in tokens where token.shape.contains(.punct) && token.mark != 0x26 { return false }
    return true
  }
}

/// The byte ranges of the lines of a file that are neither empty nor comments, found with
/// `memchr`.
struct GazetteerLines {
  let file: UnsafeBufferPointer<UInt8>
  private var start = 0

  init(_ file: UnsafeBufferPointer<UInt8>) { self.file = file }

  mutating func next() -> Range<Int>? {
    guard let base = file.baseAddress else { return nil }
    while start < file.count {
      let lineStart = start
      var stop = file.count
      if let found = memchr(base + lineStart, 0x0A, file.count - lineStart) {
        stop = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      }
      start = stop + 1
      var last = stop
      if last > lineStart && base[last - 1] == 0x0D { last -= 1 }
      if last > lineStart && base[lineStart] != 0x23 { return lineStart..<last }
    }
    return nil
  }
}

/// One row of a tab-separated gazetteer file: the byte ranges of its first four fields and
/// the number of its fields.
struct GazetteerRow {
  let file: UnsafeBufferPointer<UInt8>
  private(set) var fieldCount = 0
  private var bounds: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)

  /// The row of the line `line` of `file`, split at tabs (empty fields kept).
  init(file: UnsafeBufferPointer<UInt8>, line: Range<Int>) {
    self.file = file
    let base = file.baseAddress!
    var starts = (line.lowerBound, 0, 0, 0, 0)
    var count = 1
    var i = line.lowerBound
    while i < line.upperBound {
      if base[i] == 0x09 {
        switch count {
        case 1: starts.1 = i + 1
        case 2: starts.2 = i + 1
        case 3: starts.3 = i + 1
        case 4: starts.4 = i + 1
        default: break
        }
        count += 1
      }
      i += 1
    }
    fieldCount = count
    bounds = starts
    ends = line.upperBound
  }

  private var ends = 0

  /// The byte range in the file of field `index` (0 to 3).
  func range(_ index: Int) -> Range<Int> {
    let (s0, s1, s2, s3, s4) = bounds
    switch index {
    case 0: return s0..<(fieldCount > 1 ? s1 - 1 : ends)
    case 1: return s1..<(fieldCount > 2 ? s2 - 1 : ends)
    case 2: return s2..<(fieldCount > 3 ? s3 - 1 : ends)
    default: return s3..<(fieldCount > 4 ? s4 - 1 : ends)
    }
  }

  /// The bytes of field `index` (0 to 3).
  subscript(index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: file[range(index)]) }

  /// Field `index` read as `Int(String)` reads it (an optional sign, then decimal digits); nil
  /// when it is no such number or overflows.
  func integer(_ index: Int) -> Int? {
    let b = self[index]
    guard let first = b.first else { return nil }
    let negative = first == 0x2D
    let signed = first == 0x2B || first == 0x2D
    guard b.count > (signed ? 1 : 0) else { return nil }
    if b.count <= 18 {  // no overflow possible
      var value = 0
      for c in b[(signed ? 1 : 0)...] {
        let digit = c &- 0x30
        guard digit < 10 else { return nil }
        value = value &* 10 &+ Int(digit)
      }
      return negative ? -value : value
    }
    return Int(String(decoding: b, as: UTF8.self))
  }

}
