/// What `LanguageGuess` counts in a text, read from its UTF-8 bytes in one pass: letters by
/// script, words, and stop-word hits per language. A word is looked up once, as one short
/// string, and only when it is short enough to be a stop word.
struct LanguageEvidence {
  /// Letters of Hangul, kana, Han and Arabic, and letters of any script.
  var hangul = 0, kana = 0, han = 0, arabic = 0, letters = 0
  var hits = [Int](repeating: 0, count: StopWords.byLanguage.count)
  var words = 0
  private var word: [UInt8] = []
  private var wordLength = 0
  private var wordIsASCII = true
  /// Stop words are short: longer words cannot hit.
  static let longestStopWord = 12

  init() { word.reserveCapacity(LanguageEvidence.longestStopWord) }

  /// Reads `text` (valid UTF-8) until `sampleWords` words have been counted.
  mutating func read(_ text: UnsafeBufferPointer<UInt8>, sampleWords: Int) {
    var i = 0
    while i < text.count {
      if words >= sampleWords { return }
      let b = text[i]
      if b < 0x80 {
        // ASCII: letters lowered here, everything else ends the word.
        if (b | 0x20) &- 0x61 < 26 {
          letters += 1
          add(b | 0x20)
        } else {
          endWord()
        }
        i += 1
        continue
      }
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for k in 1..<length where i + k < text.count { v = v << 6 | UInt32(text[i + k] & 0x3F) }
      switch v {
      case 0xAC00...0xD7A3, 0x1100...0x11FF: hangul += 1
      case 0x3040...0x30FF: kana += 1
      case 0x4E00...0x9FFF: han += 1
      case 0x0600...0x06FF: arabic += 1
      default: break
      }
      if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
        wordIsASCII = false
        letters += 1
        for k in i..<min(i + length, text.count) { add(text[k]) }
      } else {
        endWord()
      }
      i += length
    }
  }

  private mutating func add(_ byte: UInt8) {
    wordLength += 1
    if wordLength <= LanguageEvidence.longestStopWord { word.append(byte) }
  }

  /// Counts the word read so far, if any.
  mutating func endWord() {
    guard wordLength > 0 else { return }
    words += 1
    if wordLength <= LanguageEvidence.longestStopWord {
      if wordIsASCII {
        // Already lower-case: looked up by its bytes, no string built.
        for i in LanguageEvidence.asciiLanguages(of: word) { hits[i] += 1 }
      } else {
        for i in LanguageGuess.table[String(decoding: word, as: UTF8.self).lowercased()] ?? [] { hits[i] += 1 }
      }
    }
    word.removeAll(keepingCapacity: true)
    wordLength = 0
    wordIsASCII = true
  }

  /// The stop words written in ASCII, by an FNV-1a hash of their bytes: the languages of each,
  /// with the word itself to rule out a collision.
  static let asciiTable: [UInt64: (word: [UInt8], languages: [Int])] = {
    var t: [UInt64: (word: [UInt8], languages: [Int])] = [:]
    for (word, languages) in LanguageGuess.table where word.utf8.allSatisfy({ $0 < 0x80 }) {
      t[hash(Array(word.utf8))] = (Array(word.utf8), languages)
    }
    return t
  }()

  @inline(__always)
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// The languages whose stop words hold the lower-case ASCII word `bytes`.
  static func asciiLanguages(of bytes: [UInt8]) -> [Int] {
    guard let entry = asciiTable[hash(bytes)], entry.word == bytes else { return [] }
    return entry.languages
  }
}
