/// An error reading JSON input, with the byte position where it went wrong.
public struct JSONReadError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var offset: Int
  public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

extension JSON {
  /// Parses one JSON document from UTF-8 bytes (RFC 8259; surrounding whitespace allowed).
  public init(parsing bytes: [UInt8]) throws {
    var reader = JSONReader(bytes: bytes)
    self = try reader.document()
  }

  /// Parses one JSON document from any collection of UTF-8 bytes.
  public init<Bytes: Collection>(parsing bytes: Bytes) throws where Bytes.Element == UInt8 {
    var reader = JSONReader(bytes: Array(bytes))
    self = try reader.document()
  }
}

/// A small recursive-descent JSON parser over UTF-8 bytes.
struct JSONReader {
  let bytes: [UInt8]
  var i = 0
  var depth = 0
  static let maxDepth = 512

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func document() throws -> JSON {
    let value = try parseValue()
    skipSpace()
    guard i == bytes.count else { throw fail("unexpected data after the value") }
    return value
  }

  func fail(_ message: String) -> JSONReadError { JSONReadError(message: message, offset: i) }

  mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x0A, 0x0D, 0x09: i += 1
      default: return
      }
    }
  }

  mutating func parseValue() throws -> JSON {
    skipSpace()
    guard i < bytes.count else { throw fail("unexpected end of input") }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[i])))'")
    }
  }

  mutating func literal(_ word: String) throws {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw fail("expected \(word)") }
    i += w.count
  }

  mutating func nest() throws {
    depth += 1
    if depth > JSONReader.maxDepth { throw fail("nested deeper than \(JSONReader.maxDepth) levels") }
  }

  mutating func parseObject() throws -> JSON {
    var members: [String: JSON] = [:]
    try readMembers { reader, key in members[key] = try reader.parseValue() }
    return .object(members)
  }

  /// Reads an object's members (the reader at its `{`): checks keys, colons, commas and the
  /// closing brace, and calls `member` with each key and the reader at that member's value,
  /// which `member` reads.
  mutating func readMembers(_ member: (inout JSONReader, String) throws -> Void) throws {
    try nest(); defer { depth -= 1 }
    i += 1
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
      let key = try parseString()
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
      i += 1
      try member(&self, key)
      skipSpace()
      guard i < bytes.count else { throw fail("unterminated object") }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "}") { i += 1; return }
      throw fail("expected ',' or '}'")
    }
  }

  mutating func parseArray() throws -> JSON {
    try nest(); defer { depth -= 1 }
    i += 1
    var items: [JSON] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
    while true {
      items.append(try parseValue())
      skipSpace()
      guard i < bytes.count else { throw fail("unterminated array") }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
      throw fail("expected ',' or ']'")
    }
  }

  mutating func parseNumber() throws -> JSON {
    let start = i
    var isInteger = true
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    while i < bytes.count {
      let b = bytes[i]
      if b >= 48 && b <= 57 { i += 1; continue }
      if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+")
        || (b == UInt8(ascii: "-") && i > start)
      {
        isInteger = false; i += 1; continue
      }
      break
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    if isInteger, let n = Int(text) { return .int(n) }
    guard let d = Double(text) else { throw fail("malformed number '\(text)'") }
    return .double(d)
  }

  mutating func parseString() throws -> String {
    switch try parseStringContent() {
    case .plain(let range): return String(decoding: bytes[range], as: UTF8.self)
    case .unescaped(let out): return String(decoding: out, as: UTF8.self)
    }
  }

  /// A string value as UTF-8 bytes, escapes resolved, without building a `String`.
  mutating func parseStringBytes() throws -> [UInt8] {
    switch try parseStringContent() {
    case .plain(let range): return Array(bytes[range])
    case .unescaped(let out): return out
    }
  }

  /// What a string literal holds: a range of the input when it has no escape, else its bytes.
  enum StringContent {
    case plain(Range<Int>)
    case unescaped([UInt8])
  }

  /// The index of the first `"` or `\` at or after `from`, or the input's end.
  func quoteOrEscape(from: Int) -> Int {
    bytes.withUnsafeBufferPointer { JSONReader.quoteOrEscape(in: $0, from: from) }
  }

  /// Whether a byte of `word` equals `byte` (the classic zero-byte test on `word ^ byte…`).
  @inline(__always)
  static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
  }

  mutating func parseStringContent() throws -> StringContent {
    i += 1
    let start = i
    i = quoteOrEscape(from: i)
    guard i < bytes.count else { throw fail("unterminated string") }
    if bytes[i] == UInt8(ascii: "\"") {
      i += 1
      return .plain(start..<i - 1)
    }
    // Escapes: decoded into one buffer the size of the rest of the input (a string never
    // grows when its escapes are resolved), runs between escapes copied whole.
    var j = i
    var failure: (message: String, at: Int)?
    let out = [UInt8](unsafeUninitializedCapacity: bytes.count - start) { buffer, count in
      bytes.withUnsafeBufferPointer { b in
        let base = buffer.baseAddress!
        var n = j - start
        base.update(from: b.baseAddress! + start, count: n)
        while j < b.count {
          let c = b[j]
          if c == 0x22 { j += 1; count = n; return }
          if c != 0x5C {
            let runEnd = JSONReader.quoteOrEscape(in: b, from: j)
            (base + n).update(from: b.baseAddress! + j, count: runEnd - j)
            n += runEnd - j
            j = runEnd
            continue
          }
          j += 1
          guard j < b.count else { break }
          let e = b[j]
          j += 1
          switch e {
          case 0x22, 0x5C, 0x2F: base[n] = e
          case UInt8(ascii: "b"): base[n] = 8
          case UInt8(ascii: "f"): base[n] = 12
          case UInt8(ascii: "n"): base[n] = 10
          case UInt8(ascii: "r"): base[n] = 13
          case UInt8(ascii: "t"): base[n] = 9
          case UInt8(ascii: "u"):
            guard var scalar = JSONReader.hex4(in: b, at: j) else {
              failure = j + 4 <= b.count ? ("bad hex digit in \\u escape", JSONReader.firstNonHex(in: b, at: j)) : ("truncated \\u escape", j)
              count = n
              return
            }
            j += 4
            if (0xD800..<0xDC00).contains(scalar), j + 6 <= b.count, b[j] == 92, b[j + 1] == UInt8(ascii: "u") {
              guard let low = JSONReader.hex4(in: b, at: j + 2) else {
                failure = ("bad hex digit in \\u escape", JSONReader.firstNonHex(in: b, at: j + 2))
                count = n
                return
              }
              j += 6
              scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
            }
            n += JSONReader.writeUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: base + n)
            continue
          default:
            failure = ("bad escape '\\\(Character(Unicode.Scalar(e)))'", j)
            count = n
            return
          }
          n += 1
        }
        failure = ("unterminated string", j)
        count = n
      }
    }
    i = j
    if let failure {
      i = failure.at
      throw fail(failure.message)
    }
    return .unescaped(out)
  }

  /// The index of the first `"` or `\` at or after `from` in `b`, or its end.
  @inline(__always)
  static func quoteOrEscape(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var j = from
    while j + 8 <= b.count {
      let word = UnsafeRawPointer(b.baseAddress! + j).loadUnaligned(as: UInt64.self)
      if hasByte(word, 0x22) || hasByte(word, 0x5C) { break }
      j += 8
    }
    while j < b.count, b[j] != 0x22, b[j] != 0x5C { j += 1 }
    return j
  }

  /// The four hex digits at `at`, or nil when there are fewer or one is no hex digit.
  static func hex4(in b: UnsafeBufferPointer<UInt8>, at: Int) -> UInt32? {
    guard at + 4 <= b.count else { return nil }
    var v: UInt32 = 0
    for k in at..<at + 4 {
      let c = b[k]
      let d: UInt32
      switch c {
      case 48...57: d = UInt32(c - 48)
      case 65...70: d = UInt32(c - 55)
      case 97...102: d = UInt32(c - 87)
      default: return nil
      }
      v = v * 16 + d
    }
    return v
  }

  /// Where the first of four would-be hex digits at `at` is no hex digit.
  static func firstNonHex(in b: UnsafeBufferPointer<UInt8>, at: Int) -> Int {
    var k = at
    while k < b.count, (48...57).contains(b[k]) || (65...70).contains(b[k]) || (97...102).contains(b[k]) { k += 1 }
    return k
  }

  /// Writes the UTF-8 form of `scalar` at `to`; returns its length.
  static func writeUTF8(_ scalar: Unicode.Scalar, to p: UnsafeMutablePointer<UInt8>) -> Int {
    let v = scalar.value
    switch v {
    case 0..<0x80: p[0] = UInt8(v); return 1
    case 0x80..<0x800: p[0] = UInt8(0xC0 | v >> 6); p[1] = UInt8(0x80 | v & 0x3F); return 2
    case 0x800..<0x10000:
      p[0] = UInt8(0xE0 | v >> 12); p[1] = UInt8(0x80 | (v >> 6) & 0x3F); p[2] = UInt8(0x80 | v & 0x3F); return 3
    default:
      p[0] = UInt8(0xF0 | v >> 18); p[1] = UInt8(0x80 | (v >> 12) & 0x3F); p[2] = UInt8(0x80 | (v >> 6) & 0x3F)
      p[3] = UInt8(0x80 | v & 0x3F); return 4
    }
  }

  /// Appends the UTF-8 form of `scalar`.
  static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    let v = scalar.value
    switch v {
    case 0..<0x80: out.append(UInt8(v))
    case 0x80..<0x800: out.append(contentsOf: [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)])
    case 0x800..<0x10000:
      out.append(contentsOf: [UInt8(0xE0 | v >> 12), UInt8(0x80 | (v >> 6) & 0x3F), UInt8(0x80 | v & 0x3F)])
    default:
      out.append(contentsOf: [
        UInt8(0xF0 | v >> 18), UInt8(0x80 | (v >> 12) & 0x3F), UInt8(0x80 | (v >> 6) & 0x3F), UInt8(0x80 | v & 0x3F),
      ])
    }
  }
}
