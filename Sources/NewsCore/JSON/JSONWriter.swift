/// Serializes `JSON` to UTF-8: sorted keys, no insignificant whitespace (or two-space
/// indentation when `pretty`), non-ASCII text written as UTF-8, deterministic number forms.
public struct JSONWriter: Sendable {
  public var pretty: Bool

  public init(pretty: Bool = false) { self.pretty = pretty }

  /// The UTF-8 bytes of `value`, without a trailing newline.
  public func bytes(of value: JSON) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, into: &out, depth: 0)
    return out
  }

  /// `value` as a `String`.
  public func string(of value: JSON) -> String { String(decoding: bytes(of: value), as: UTF8.self) }

  public func write(_ value: JSON, into out: inout [UInt8], depth: Int) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d): writeNumber(d, into: &out)
    case .string(let s): JSONWriter.writeString(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(into: &out, depth: depth + 1)
        write(item, into: &out, depth: depth + 1)
      }
      if !items.isEmpty { newline(into: &out, depth: depth) }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (i, key) in members.keys.sorted().enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(into: &out, depth: depth + 1)
        JSONWriter.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        write(members[key]!, into: &out, depth: depth + 1)
      }
      if !members.isEmpty { newline(into: &out, depth: depth) }
      out.append(UInt8(ascii: "}"))
    }
  }

  private func newline(into out: inout [UInt8], depth: Int) {
    guard pretty else { return }
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
  }

  private func writeNumber(_ d: Double, into out: inout [UInt8]) {
    guard d.isFinite else { out.append(contentsOf: "null".utf8); return }
    if d == d.rounded(), abs(d) < 9_007_199_254_740_992 {
      out.append(contentsOf: String(Int(d)).utf8)
    } else {
      out.append(contentsOf: "\(d)".utf8)
    }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Writes `s` as a JSON string literal: runs of bytes that need no escape are copied whole.
  public static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { bytes in
      var runStart = 0
      for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
        if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
        runStart = i + 1
        switch byte {
        case UInt8(ascii: "\""): out.append(92); out.append(34)
        case UInt8(ascii: "\\"): out.append(92); out.append(92)
        case UInt8(ascii: "\n"): out.append(92); out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): out.append(92); out.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): out.append(92); out.append(UInt8(ascii: "t"))
        default:
          out.append(92); out.append(UInt8(ascii: "u")); out.append(48); out.append(48)
          out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 15)])
        }
      }
      if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
    out.append(UInt8(ascii: "\""))
  }
}
