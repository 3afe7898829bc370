import Testing
@testable import NewsExtract

/// The speed structures of the entity pass give the answers of the plain ones: the key
/// table's bit filter never hides a stored key, and the tokenizer's first guess of the
/// token count never cuts a dense text short.
@Suite struct EntityTokenTableTests {
  @Test func keyTableFindsEveryStoredKeyAndNoOther() {
    for count in [0, 1, 7, 100, 5_000] {
      let keys = (0..<count).map { PhraseKey.word("word\($0)") }
      let table = KeyTable(keys.enumerated().map { ($1, $0) })
      for (index, key) in keys.enumerated() { #expect(table[key] == index) }
      let absent = (0..<2_000).map { PhraseKey.word("other\($0)") }
      #expect(absent.allSatisfy { table[$0] == nil })
    }
  }

  @Test func keyTableKeepsTheFirstValueOfAKey() {
    let key = PhraseKey.word("Ankara")
    let table = KeyTable([(key, 1), (key, 2)])
    #expect(table[key] == 1)
  }

  static let denseTexts: [(String, Int)] = [
    (String(repeating: ",", count: 100), 100),  // a mark a byte: more tokens than half the bytes
    (String(repeating: "a,", count: 60), 120),
    ("", 0),
    ("Tokayev said.", 3),
  ]

  @Test(arguments: denseTexts) func tokenCountOfDenseText(text: String, count: Int) {
    let bytes = Array(text.utf8)
    let tokens = bytes.withUnsafeBufferPointer { NameTokenizer.tokens($0) }
    #expect(tokens.count == count)
    #expect(tokens.allSatisfy { $0.end > $0.start })
    #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
  }
}
