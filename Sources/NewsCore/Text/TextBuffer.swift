/// A document's text prepared for matching.
///
/// `bytes` is a *matching view* of `string`: the same code points, one for one, but with
/// typographic variants folded to ASCII (no-break and thin spaces to a space, curly quotes to
/// straight ones, hyphens and en dashes to `-`), so "$990 million" written with `&nbsp;` is one
/// amount. Patterns run on `bytes`; offsets convert to code points of `string`, and
/// `text(of:)` gives back the original characters.
public final class TextBuffer: @unchecked Sendable {
  /// The original text; fact and mention texts are cut from it.
  public let string: String
  /// The matching view, valid UTF-8.
  public let bytes: [UInt8]
  /// Original UTF-8 bytes (differ from `bytes` only where a character was folded).
  let originalBytes: [UInt8]
  /// Byte positions in `bytes` after which the original was longer, with the cumulative extra length.
  let folds: [(at: Int, extra: Int)]
  /// Code-point count before every `stride`-th byte of `bytes`.
  let checkpoints: [Int]
  static let stride = 1024
  public let isASCII: Bool

  public init(_ string: String) {
    self.string = string
    let original = Array(string.utf8)
    originalBytes = original
    var view: [UInt8] = []
    view.reserveCapacity(original.count)
    var folds: [(at: Int, extra: Int)] = []
    var extra = 0
    var ascii = true
    var i = 0
    while i < original.count {
      let b = original[i]
      if b < 0x80 { view.append(b); i += 1; continue }
      ascii = false
      if let (replacement, width) = TextBuffer.fold(original, at: i) {
        view.append(replacement)
        extra += width - 1
        folds.append((view.count, extra))
        i += width
        continue
      }
      view.append(b)
      i += 1
    }
    bytes = view
    self.folds = folds
    isASCII = ascii
    var marks: [Int] = []
    if !ascii {
      marks.reserveCapacity(view.count / TextBuffer.stride + 1)
      var count = 0
      for (index, byte) in view.enumerated() {
        if index % TextBuffer.stride == 0 { marks.append(count) }
        if byte & 0xC0 != 0x80 { count += 1 }
      }
    }
    checkpoints = marks
  }

  /// The ASCII character a typographic variant folds to, and the variant's byte width.
  static func fold(_ s: [UInt8], at i: Int) -> (UInt8, Int)? {
    let b = s[i]
    if b == 0xC2, i + 1 < s.count, s[i + 1] == 0xA0 { return (0x20, 2) }  // U+00A0 no-break space
    guard b == 0xE2, i + 2 < s.count else { return nil }
    let b1 = s[i + 1], b2 = s[i + 2]
    if b1 == 0x80 {
      switch b2 {
      case 0x80...0x8A, 0xAF: return (0x20, 3)  // U+2000–U+200A spaces, U+202F narrow no-break
      case 0x90...0x93: return (UInt8(ascii: "-"), 3)  // hyphens, figure dash, en dash
      case 0x98, 0x99, 0x9B: return (UInt8(ascii: "'"), 3)  // ‘ ’ ‛
      case 0x9C, 0x9D: return (UInt8(ascii: "\""), 3)  // “ ”
      default: return nil
      }
    }
    if b1 == 0x88, b2 == 0x92 { return (UInt8(ascii: "-"), 3) }  // U+2212 minus sign
    return nil
  }

  /// The code-point offset of byte offset `byte` in `bytes`.
  public func codePoint(atByte byte: Int) -> Int {
    if isASCII { return byte }
    let mark = byte / TextBuffer.stride
    var count = checkpoints[min(mark, checkpoints.count - 1)]
    var i = min(mark, checkpoints.count - 1) * TextBuffer.stride
    while i < byte {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// The code-point span of a byte range of `bytes`.
  public func span(of range: Range<Int>) -> Span {
    Span(start: codePoint(atByte: range.lowerBound), end: codePoint(atByte: range.upperBound))
  }

  /// The original text of a byte range of `bytes`.
  public func text(of range: Range<Int>) -> String {
    String(decoding: originalBytes[originalOffset(range.lowerBound)..<originalOffset(range.upperBound)], as: UTF8.self)
  }

  /// The matching view of a byte range (folded characters as ASCII), for parsing values.
  public func view(of range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  func originalOffset(_ byte: Int) -> Int {
    guard !folds.isEmpty else { return byte }
    var lo = 0, hi = folds.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if folds[mid].at <= byte { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? byte : byte + folds[lo - 1].extra
  }

  /// The byte in `bytes` at which code point `offset` starts (linear; for tests and tools).
  public func byteOffset(ofCodePoint offset: Int) -> Int {
    if isASCII { return offset }
    var count = 0
    for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
      if count == offset { return index }
      count += 1
    }
    return bytes.count
  }
}
