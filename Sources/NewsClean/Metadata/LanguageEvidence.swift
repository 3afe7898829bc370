/// What `LanguageGuess` counts in a text, read from its UTF-8 bytes in one pass: letters by
/// script, words, and stop-word hits per language. A word is looked up once, by a hash taken
/// as it is read, and only when it is short enough to be a stop word.
struct LanguageEvidence {
  /// Letters of Hangul, kana, Han and Arabic, and letters of any script.
  var hangul = 0, kana = 0, han = 0, arabic = 0, letters = 0
  var hits = [Int](repeating: 0, count: StopWords.byLanguage.count)
  var words = 0
  /// The word read so far: its first bytes packed, and their FNV-1a hash.
  private var word = PackedWord()
  private var wordLength = 0
  private var wordIsASCII = true
  /// Stop words are short: longer words cannot hit.
  static let longestStopWord = PackedWord.capacity

  init() {}

  /// Reads `text` (valid UTF-8) until `sampleWords` words have been counted.
  mutating func read(_ text: UnsafeBufferPointer<UInt8>, sampleWords: Int) {
    // Only `endWord` counts words: the sample is checked after it.
    if words >= sampleWords { return }
    var i = 0
    while i < text.count {
      let b = text[i]
      if b < 0x80 {
        // ASCII: letters lowered here, everything else ends the word.
        i += 1
        if (b | 0x20) &- 0x61 < 26 {
          letters += 1
          add(b | 0x20)
        } else {
          endWord()
          if words >= sampleWords { return }
        }
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
      if Self.isAlphabetic(v) {
        wordIsASCII = false
        letters += 1
        for k in i..<min(i + length, text.count) { add(text[k]) }
        i += length
      } else {
        endWord()
        i += length
        if words >= sampleWords { return }
      }
    }
  }

  /// `Unicode.Scalar.Properties.isAlphabetic`, answered without the property lookup for
  /// Latin, Cyrillic, Han and Hangul letters and general punctuation.
  @inline(__always)
  static func isAlphabetic(_ v: UInt32) -> Bool {
    if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
    if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
    if v <= 0x24F { return v != 0xD7 && v != 0xF7 }
    if v >= 0x400 && v <= 0x4FF { return v < 0x482 || v > 0x489 }
    if v >= 0x2000 && v <= 0x206F { return false }
    if v >= 0x4E00 && v <= 0x9FFF { return true }
    if v >= 0xAC00 && v <= 0xD7A3 { return true }
    guard let scalar = Unicode.Scalar(v) else { return false }
    return scalar.properties.isAlphabetic
  }

  @inline(__always)
  private mutating func add(_ byte: UInt8) {
    if wordLength < PackedWord.capacity { word.append(byte, at: wordLength) }
    wordLength += 1
  }

  /// Counts the word read so far, if any.
  mutating func endWord() {
    guard wordLength > 0 else { return }
    words += 1
    if wordLength <= LanguageEvidence.longestStopWord {
      if wordIsASCII {
        // Already lower-case: looked up by its hash, no string built.
        if let entry = Self.asciiTable[word.hash], entry.word == word { count(entry) }
      } else if let lowered = LoweredWord.lowered(word.bytes(count: wordLength)) {
        // Lowered on bytes; the stop words are NFC in the same scripts, so bytes compare.
        var packed = PackedWord()
        for (k, b) in lowered.enumerated() { packed.append(b, at: k) }
        if let entry = Self.otherTable[packed.hash], entry.word == packed { count(entry) }
      } else {
        let text = String(decoding: word.bytes(count: wordLength), as: UTF8.self)
        for i in LanguageGuess.table[text.lowercased()] ?? [] { hits[i] += 1 }
      }
    }
    word = PackedWord()
    wordLength = 0
    wordIsASCII = true
  }

  private mutating func count(_ entry: ASCIIStopWord) {
    var languages = entry.languages
    for _ in 0..<entry.count {
      hits[Int(languages & 0xF)] += 1
      languages >>= 4
    }
  }

  /// A stop word written in ASCII with the languages that have it, four bits each (as many
  /// times as their lists hold it).
  struct ASCIIStopWord: Sendable {
    var word: PackedWord
    var languages: UInt64
    var count: Int
  }

  /// The stop words written in ASCII, by the hash of their bytes.
  static let asciiTable = table(ascii: true)

  /// The other stop words of at most twelve bytes, by the hash of their bytes, when all of
  /// them are written in what `LoweredWord` lowers (else empty, and words go the `String` way).
  static let otherTable: KeyTable<ASCIIStopWord> = {
    let others = LanguageGuess.table.keys.filter { !$0.utf8.allSatisfy({ $0 < 0x80 }) }
    guard others.allSatisfy({ LoweredWord.lowered(Array($0.utf8)) == Array($0.utf8) }) else { return KeyTable([:]) }
    return table(ascii: false)
  }()

  private static func table(ascii: Bool) -> KeyTable<ASCIIStopWord> {
    var t: [UInt64: ASCIIStopWord] = [:]
    for (text, languages) in LanguageGuess.table where text.utf8.allSatisfy({ $0 < 0x80 }) == ascii {
      guard text.utf8.count <= PackedWord.capacity else { continue }
      var word = PackedWord()
      for (k, b) in text.utf8.enumerated() { word.append(b, at: k) }
      precondition(languages.count <= 16 && StopWords.byLanguage.count <= 16, "four bits a language, sixteen at most")
      var packed: UInt64 = 0
      for (k, language) in languages.enumerated() { packed |= UInt64(language) << UInt64(4 * k) }
      t[word.hash] = ASCIIStopWord(word: word, languages: packed, count: languages.count)
    }
    return KeyTable(t)
  }
}

/// Up to twelve bytes of a word packed in two integers, with the FNV-1a hash of those bytes.
struct PackedWord: Equatable, Sendable {
  static let capacity = 12
  var low: UInt64 = 0
  var high: UInt64 = 0
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Appends `byte` as byte `k` (below `capacity`, in order).
  @inline(__always)
  mutating func append(_ byte: UInt8, at k: Int) {
    if k < 8 { low |= UInt64(byte) << UInt64(8 * k) } else { high |= UInt64(byte) << UInt64(8 * (k - 8)) }
    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// The first `count` bytes.
  func bytes(count: Int) -> [UInt8] {
    var out: [UInt8] = []
    for k in 0..<min(count, Self.capacity) {
      let packed: UInt64 = k < 8 ? low : high
      let shift = UInt64(8 * (k < 8 ? k : k - 8))
      out.append(UInt8(truncatingIfNeeded: packed >> shift))
    }
    return out
  }
}
