import Foundation

/// Reads the tab-separated and one-word-a-line files of the gazetteer folder; `#` starts a
/// comment line.
struct GazetteerFiles {
  let directory: URL?

  func lines(_ name: String) -> [Substring] {
    guard let directory, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
      return []
    }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
  }

  func rows(_ name: String) -> [[String]] {
    lines(name).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  func keyList(_ name: String) -> [UInt64] {
    lines(name).map { PhraseKey.word(String($0)) }
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
      guard !tokens.isEmpty else { return nil }
      var key = PhraseKey.seed
      var keys: [UInt64] = []
      for token in tokens {
        if token.shape.contains(.punct) && token.mark != 0x26 { return nil }
        key = PhraseKey.combine(key, token.key)
        keys.append(key)
      }
      return keys
    }
  }
}
