import Foundation
import Testing
@testable import NewsPipeline

/// `LineReader` over a pipe: lines of any length, line-break forms and endings.
@Suite struct NDJSONLineReaderTests {
  static func lines(of input: [UInt8]) throws -> [[UInt8]] {
    let pipe = Pipe()
    let writer = Thread {
      pipe.fileHandleForWriting.write(Data(input))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    var reader = LineReader(fd: pipe.fileHandleForReading.fileDescriptor)
    var out: [[UInt8]] = []
    while let line = reader.next() { out.append(line) }
    return out
  }

  @Test(arguments: [
    ("a\nb\n", ["a", "b"]),
    ("a\r\nb", ["a", "b"]),
    ("\n\nx\n", ["", "", "x"]),
    ("", []),
    ("no break", ["no break"]),
    ("cr \r inside\n", ["cr \r inside"]),
  ])
  func splitsLines(_ input: String, expected: [String]) throws {
    #expect(try Self.lines(of: Array(input.utf8)).map { String(decoding: $0, as: UTF8.self) } == expected)
  }

  /// Lines longer than a read, and many short ones after them, come out whole and in order.
  @Test func readsLinesLongerThanOneRead() throws {
    let long = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
    var input = long + [10]
    for i in 0..<2000 { input += Array("line \(i)\n".utf8) }
    input += long
    let lines = try Self.lines(of: input)
    #expect(lines.count == 2002)
    #expect(lines.first == long && lines.last == long)
    #expect(lines[1500] == Array("line 1499".utf8))
  }
}
