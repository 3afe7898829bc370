import Foundation
import Testing
@testable import NewsExtract

/// The byte-level gazetteer reader against the plain `String` reading it replaced.
@Suite struct GazetteerFilesTests {
  /// Lines and fields read as `String.split` reads them.
  static func stringRows(_ text: String) -> [[String]] {
    text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  static func byteRows(_ text: String) -> [[String]] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { file in
      var rows: [[String]] = []
      var lines = GazetteerLines(file)
      while let line = lines.next() {
        let row = GazetteerRow(file: file, line: line)
        rows.append((0..<min(row.fieldCount, 4)).map { String(decoding: row[$0], as: UTF8.self) })
      }
      return rows
    }
  }

  @Test(arguments: [
    "Ankara\tTR\t5000000\tAnkara\n",
    "# comment\n\nA\tB\n\n#x\tY\nC\n",
    "no final newline\tx",
    "\tleading empty\t\ttwo empty\t\n",
    "Zürich\tCH\t400000\tZürich\nSão Paulo\tBR\t12000000\tSão Paulo\n",
    "",
    "\n\n\n",
  ])
  func splitsLinesAndFieldsAsStringsDo(_ text: String) {
    #expect(Self.byteRows(text) == Self.stringRows(text).map { Array($0.prefix(4)) })
  }

  @Test func dropsACarriageReturnBeforeTheLineBreak() {
    #expect(Self.byteRows("A\tB\r\nC\r\n") == [["A", "B"], ["C"]])
  }

  @Test func countsEveryField() {
    Array("a\tb\tc\td\te\tf".utf8).withUnsafeBufferPointer { file in
      let row = GazetteerRow(file: file, line: 0..<file.count)
      #expect(row.fieldCount == 6)
      #expect(String(decoding: row[3], as: UTF8.self) == "d")
    }
  }

  @Test(arguments: ["250438", "0", "-12", "+7", "", "-", "+", "12a", " 1", "1 ", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "00000000000000000000001", "1.5"])
  func readsIntegersAsIntDoes(_ field: String) {
    Array(field.utf8).withUnsafeBufferPointer { file in
      let row = GazetteerRow(file: file, line: 0..<file.count)
      #expect(row.integer(0) == Int(field), "\(field)")
    }
  }

  /// Every row of the shipped files splits as the `String` reading split it.
  @Test(arguments: ["cities.tsv", "regions.tsv", "countries.tsv", "country-aliases.tsv", "geo-features.tsv", "organizations.tsv"])
  func shippedFilesSplitAsBefore(_ name: String) throws {
    let url = Paths.root.appendingPathComponent("Sources/NewsExtract/Resources/gazetteers")
    let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    #expect(Self.byteRows(text) == Self.stringRows(text).map { Array($0.prefix(4)) })
  }

  @Test func keysAPhraseAsTheTokenizerDoes() {
    #expect(GazetteerFiles.phraseKeys("New York City")?.count == 3)
    #expect(GazetteerFiles.phraseKeys("AT&T") != nil)
    #expect(GazetteerFiles.phraseKeys("St. Petersburg, Russia") == nil)
    #expect(GazetteerFiles.phraseKeys("") == nil)
  }

  @Test func loadMapKeepsTheFirstValueAndFileOrder() {
    var map = GazetteerLoadMap(expected: 2)
    let first = map.insert(7, 1), zero = map.insert(0, 2), again = map.insert(7, 3)
    #expect(first.value == 1 && first.inserted)
    #expect(zero.value == 2 && zero.inserted)
    #expect(again.value == 1 && !again.inserted)
    for k in 100..<200 { map.insert(UInt64(k) &* 0x9E37_79B9_7F4A_7C15, Int32(k)) }
    #expect(map[7] == 1 && map[0] == 2 && map[150 &* 0x9E37_79B9_7F4A_7C15] == 150)
    #expect(map[8] == nil)
    map.update(7, -1)
    #expect(map[7] == -1)
    #expect(map.keys.prefix(2) == [7, 0])
    #expect(map.count == 102)
  }
}
