import Foundation
import NewsCore

/// One input the user named, found or not.
public enum SourceItem: Sendable {
  /// A readable document, not yet read.
  case file(path: String)
  /// One document on standard input (the path `-`).
  case standardInput
  /// Something named that cannot be read, with the reason.
  case unreadable(path: String, reason: String)
}

/// Files and folders → the documents to process, in a stable order.
public struct DocumentSource: Sendable {
  /// File extensions taken from folders; other files in a folder are skipped.
  public static let extensions: Set<String> = ["html", "htm", "xhtml", "shtml", "txt", "text", "md"]

  public var paths: [String]

  public init(paths: [String]) { self.paths = paths }

  /// Every document under the paths: files as given, folders walked recursively (hidden files
  /// skipped), each folder's files sorted by path so runs are reproducible.
  public func items() -> [SourceItem] {
    var items: [SourceItem] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        items.append(.standardInput)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        items.append(.unreadable(path: path, reason: "no such file or folder"))
        continue
      }
      if !isDirectory.boolValue {
        items.append(.file(path: path))
        continue
      }
      guard let walker = fm.enumerator(atPath: path) else {
        items.append(.unreadable(path: path, reason: "the folder cannot be read"))
        continue
      }
      var found: [String] = []
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") { walker.skipDescendants(); continue }
        let ext = (name as NSString).pathExtension.lowercased()
        guard DocumentSource.extensions.contains(ext) else { continue }
        let full = (path as NSString).appendingPathComponent(relative)
        var dir: ObjCBool = false
        if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
      }
      items.append(contentsOf: found.sorted().map { .file(path: $0) })
    }
    return items
  }

  /// Reads standard input to its end as one document, its format sniffed from the bytes.
  public static func readStandardInput(maxBytes: Int) throws -> RawDocument {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    if data.count > maxBytes {
      throw IngestError("standard input is \(data.count) bytes, over the limit of \(maxBytes) (raise it with --max-bytes)")
    }
    let bytes = [UInt8](data)
    return RawDocument(origin: "-", format: .sniff(bytes), bytes: bytes)
  }

  /// Reads one file; `maxBytes` guards against reading a huge file into memory.
  public static func read(path: String, maxBytes: Int) throws -> RawDocument {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw IngestError("cannot open \(path): permission denied or not a regular file")
    }
    defer { try? handle.close() }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > maxBytes {
      throw IngestError("\(path) is \(size) bytes, over the limit of \(maxBytes) (raise it with --max-bytes)")
    }
    let data = try handle.readToEnd() ?? Data()
    if data.count > maxBytes {
      throw IngestError("\(path) is over the limit of \(maxBytes) bytes (raise it with --max-bytes)")
    }
    let bytes = [UInt8](data)
    return RawDocument(origin: path, format: .guess(path: path, bytes: bytes), bytes: bytes)
  }
}

/// Why an input could not be read.
public struct IngestError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
