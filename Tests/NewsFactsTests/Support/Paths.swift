import Foundation

/// Where the tests find the repository and the workplace's shared data.
enum Paths {
  /// The repository root (this file is Tests/NewsFactsTests/Support/Paths.swift).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the repository; absent on a fresh clone outside this workplace.
  static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

  static var sharedAvailable: Bool {
    FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/kazakhstan-turkiye-council.txt").path)
  }

  static func sharedFile(_ relative: String) -> URL { shared.appendingPathComponent(relative) }

  static func corpusFile(_ name: String) -> URL { root.appendingPathComponent("Corpus").appendingPathComponent(name) }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsfacts-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
