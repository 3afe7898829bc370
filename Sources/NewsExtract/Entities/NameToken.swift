/// One word, number or punctuation mark of a text, as the entity pass sees it. Offsets are
/// byte offsets into `TextBuffer.bytes`.
struct NameToken {
  /// What kind of token this is and how it is cased.
  struct Shape: OptionSet {
    let rawValue: UInt16
    static let word = Shape(rawValue: 1 << 0)
    static let number = Shape(rawValue: 1 << 1)
    static let punct = Shape(rawValue: 1 << 2)
    /// Starts with an upper-case letter.
    static let capitalized = Shape(rawValue: 1 << 3)
    /// Has letters and none of them is lower-case.
    static let allCaps = Shape(rawValue: 1 << 4)
    /// Has a letter outside ASCII.
    static let nonASCII = Shape(rawValue: 1 << 5)
    /// Ends with a period kept in the token ("J.", "U.S.", "Corp.").
    static let period = Shape(rawValue: 1 << 6)
    /// A digit inside a word ("G7", "COP29").
    static let digit = Shape(rawValue: 1 << 7)
    /// A capital letter after the first letter ("KazISS", "McDonald").
    static let innerCapital = Shape(rawValue: 1 << 8)
    /// First token of a line or after a sentence end.
    static let sentenceStart = Shape(rawValue: 1 << 9)
    /// First token of a line (block).
    static let lineStart = Shape(rawValue: 1 << 10)

    /// 1 when the shape has `flag`, else 0 (for counting without branches).
    @inline(__always)
    func flag(_ flag: Shape) -> Int { rawValue & flag.rawValue != 0 ? 1 : 0 }
  }

  // 16 bytes a token: the token array of a long text stays small.
  private var startOffset: Int32
  private var lengthValue: UInt16
  var shape: Shape
  /// Hash of the lower-cased bytes (`PhraseKey.word`); for punctuation, the mark's byte.
  var key: UInt64

  /// A token of the bytes `start..<end` (at most 65,535 bytes long).
  init(start: Int, end: Int, key: UInt64, shape: Shape, sentenceStart: Bool, lineStart: Bool) {
    startOffset = Int32(truncatingIfNeeded: start)
    lengthValue = UInt16(clamping: end - start)
    var shape = shape
    if sentenceStart { shape.insert(.sentenceStart) }
    if lineStart { shape.insert(.lineStart) }
    self.shape = shape
    self.key = key
  }

  var start: Int { Int(startOffset) }
  var end: Int { Int(startOffset) + Int(lengthValue) }
  /// The byte of a one-byte punctuation mark; 0 otherwise (0x97 stands for an em dash).
  var mark: UInt8 { shape.contains(.punct) ? UInt8(truncatingIfNeeded: key) : 0 }
  var sentenceStart: Bool { shape.contains(.sentenceStart) }
  var startsLine: Bool { shape.contains(.lineStart) }

  var isWord: Bool { shape.contains(.word) }
  var isCapitalized: Bool { shape.contains(.capitalized) }
  var isAllCaps: Bool { shape.contains(.allCaps) }
  var length: Int { end - start }
}
