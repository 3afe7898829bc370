/// Splits the matching view of a text into `NameToken`s in one pass: words (letters, digits,
/// inner hyphens and apostrophes, initials with their periods), numbers and punctuation.
/// A possessive `'s` is left outside the word. Line breaks start a new line and sentence.
enum NameTokenizer {
  static func tokens(_ b: UnsafeBufferPointer<UInt8>) -> [NameToken] {
    // Tokens are written straight into the array's storage. A token and the space after it
    // take two bytes or more in ordinary text; a text denser than that is tokenized again
    // with room for a token per byte.
    if let tokens = tokens(b, capacity: b.count / 2 + 16) { return tokens }
    return tokens(b, capacity: b.count + 1)!
  }

  /// The tokens of `b`, written into `scratch`'s token buffer (valid until the scratch is
  /// used again); same tokens as `tokens(_:)`.
  static func tokens(_ b: UnsafeBufferPointer<UInt8>, in scratch: EntityScratch) -> UnsafeBufferPointer<NameToken> {
    for capacity in [b.count / 2 + 16, b.count + 1] {
      let room = scratch.tokens(room: capacity)
      var count = 0
      if let out = room.baseAddress, scan(b, into: out, capacity: capacity, count: &count) {
        return UnsafeBufferPointer(rebasing: room[0..<count])
      }
    }
    preconditionFailure("a text has at most one token per byte")
  }

  /// The tokens of `b`, or nil when there are more than `capacity`.
  static func tokens(_ b: UnsafeBufferPointer<UInt8>, capacity: Int) -> [NameToken]? {
    var complete = true
    let tokens = [NameToken](unsafeUninitializedCapacity: capacity) { storage, count in
      guard let out = storage.baseAddress else { return }
      count = 0
      complete = scan(b, into: out, capacity: capacity, count: &count)
    }
    return complete ? tokens : nil
  }

  /// Writes the tokens of `b` to `out`; false when they do not fit in `capacity`.
  private static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<NameToken>, capacity: Int, count: inout Int) -> Bool {
    var written = 0
    defer { count = written }
    let n = b.count
    var i = 0
    var lineStart = true
    var sentenceStart = true
    while i < n {
      guard written < capacity else { return false }
      let c = b[i]
      if c == 0x20 || c == 0x09 || c == 0x0D { i += 1; continue }
      if c == 0x0A { lineStart = true; sentenceStart = true; i += 1; continue }
      if c >= 0x30 && c <= 0x39 {
        var j = i + 1
        while j < n && j - i < 65_000 {
          let d = b[j]
          if d >= 0x30 && d <= 0x39 { j += 1; continue }
          if (d == 0x2C || d == 0x2E || d == 0x2D || d == 0x3A || d == 0x2F), j + 1 < n, b[j + 1] >= 0x30, b[j + 1] <= 0x39 {
            j += 2; continue
          }
          break
        }
        (out + written).initialize(to: NameToken(start: i, end: j, key: 0, shape: .number, sentenceStart: sentenceStart, lineStart: lineStart))
        written &+= 1
        lineStart = false
        sentenceStart = false
        i = j
        continue
      }
      if (c | 0x20) &- 0x61 < 26, let token = plainWord(b, from: i, sentenceStart: sentenceStart, lineStart: lineStart) {
        (out + written).initialize(to: token)
        written &+= 1
        lineStart = false
        sentenceStart = false
        i = token.end
        // The space after a word is skipped here rather than by another turn of the loop.
        if i < n && b[i] == 0x20 { i += 1 }
        continue
      }
      let (isLetter, width) = letter(b, i)
      if isLetter {
        let token = word(b, from: i, sentenceStart: sentenceStart, lineStart: lineStart)
        (out + written).initialize(to: token)
        written &+= 1
        lineStart = false
        sentenceStart = false
        if token.shape.contains(.period) && !token.shape.contains(.capitalized) { sentenceStart = true }
        if token.shape.contains(.period), token.length > 3, !NameAbbreviations.continuing.contains(token.key) {
          // "U.S." or "Corp." at the end of a sentence cannot be told apart; a following
          // capitalized word is then treated as a sentence start.
          sentenceStart = true
        }
        i = token.end
        continue
      }
      var mark: UInt8 = c < 0x80 ? c : 0
      if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x94 { mark = 0x97 }  // em dash
      (out + written).initialize(to: NameToken(start: i, end: i + width, key: UInt64(mark), shape: .punct, sentenceStart: sentenceStart, lineStart: lineStart))
      written &+= 1
      lineStart = false
      if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A || mark == 0x97 || c == 0x3B {
        sentenceStart = true
      } else if c == 0x22 || c == 0x27 || c == 0x28 || (c == 0x2D && sentenceStart) {
        // an opening quote or bracket keeps the sentence start for the next word
      } else if c == 0x2D, i > 0, b[i - 1] == 0x20, i + 1 < n, b[i + 1] == 0x20 {
        sentenceStart = true  // " - " after a dateline or a headline's topic
      } else {
        sentenceStart = false
      }
      i += width
    }
    return true
  }

  /// Whether a letter starts at `i`, and the byte width of the character there.
  @inline(__always)
  static func letter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Bool, Int) {
    let c = b[i]
    if c < 0x80 { return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A, 1) }
    let (scalar, width) = decode(b, i)
    return (isLetter(scalar), width)
  }

  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let c = b[i]
    let n = b.count
    if c < 0xC0 { return (UInt32(c), 1) }
    if c < 0xE0, i + 1 < n { return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
    if c < 0xF0, i + 2 < n {
      return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
    }
    if i + 3 < n {
      return (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }
    return (0, 1)
  }

  /// Letters of the Latin, Greek and Cyrillic blocks.
  static func isLetter(_ v: UInt32) -> Bool {
    switch v {
    case 0xC0...0x24F: return v != 0xD7 && v != 0xF7
    case 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF: return true
    default: return false
    }
  }

  static func isUpper(_ v: UInt32) -> Bool {
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
    if v >= 0xDF && v <= 0xFF { return false }
    if v >= 0x400 && v <= 0x42F { return true }
    if v >= 0x430 && v <= 0x45F { return false }
    return isUppercaseScalar(v)
  }

  static func isLower(_ v: UInt32) -> Bool {
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    if v >= 0xDF && v <= 0xFF { return v != 0xF7 }
    if v >= 0xC0 && v <= 0xDE { return false }
    if v >= 0x430 && v <= 0x45F { return true }
    if v >= 0x400 && v <= 0x42F { return false }
    return isLowercaseScalar(v)
  }

  // Unicode properties out of line: the word scan stays free of their set-up on every call.
  @inline(never)
  static func isUppercaseScalar(_ v: UInt32) -> Bool { Unicode.Scalar(v)?.properties.isUppercase ?? false }

  @inline(never)
  static func isLowercaseScalar(_ v: UInt32) -> Bool { Unicode.Scalar(v)?.properties.isLowercase ?? false }
}
