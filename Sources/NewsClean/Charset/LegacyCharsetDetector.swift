/// Guesses the legacy charset of bytes that are not UTF-8 and declare none: each candidate
/// decodes the text, and the one whose non-ASCII characters look most like real words wins
/// (`LetterWeights`). Ties go to the earlier candidate.
enum LegacyCharsetDetector {
  static let candidates: [Charset] = [.windows1252, .windows1251, .koi8r, .windows1250, .iso88592, .windows1254]
  /// Bytes read at most.
  static let sample = 64 * 1024

  static func detect(_ bytes: ArraySlice<UInt8>) -> Charset {
    let sample = bytes.prefix(Self.sample)
    guard sample.contains(where: { $0 >= 0x80 }) else { return .windows1252 }
    var best = Charset.windows1252
    var bestScore = -Double.infinity
    for charset in candidates {
      guard let table = charset.singleByteTable else { continue }
      let score = self.score(SingleByteDecoder.decode(sample, table: table))
      if score > bestScore + 1e-9 {
        bestScore = score
        best = charset
      }
    }
    return best
  }

  static func score(_ text: String) -> Double {
    var total = 0.0
    var previous: Character?
    for c in text {
      if c.unicodeScalars.first.map({ $0.value >= 0x80 }) == true {
        total += LetterWeights.weight(c, after: previous)
        if let p = previous, p.isASCII, p.isLetter, LetterWeights.isCyrillic(c) { total -= 3 }
      } else if c.isLetter, let p = previous, LetterWeights.isCyrillic(p) {
        // One word in two alphabets: Latin accents read as Cyrillic.
        total -= 3
      }
      previous = c
    }
    return total
  }
}
