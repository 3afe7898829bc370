import ArgumentParser
import Foundation
import NewsCore
import NewsIngest
import NewsPipeline

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract one document to standard output as JSON, or stream NDJSON with --ndjson.",
    discussion: """
      With --ndjson, reads one JSON object per line ({"id", "text" | "html", "published"?, "url"?}) \
      and writes one JSON object per line, same id and order, as ../shared/docs/contract.md fixes. \
      A bad line gets {"id", "error"} and the stream goes on.
      """)

  @Argument(help: "The document to read; - or nothing for standard input.")
  var file: String?

  @Option(name: .long, help: "Reference date for relative dates (YYYY-MM-DD); overrides the page's own.")
  var published: String?

  @Option(name: .long, help: "Input format: html or text (default: from the file name, else sniffed).")
  var format: String?

  @Flag(name: .long, help: "Stream mode: NDJSON in on standard input, NDJSON out.")
  var ndjson = false

  @Flag(name: .long, help: "Indent the JSON output.")
  var pretty = false

  @Option(name: .long, help: "Refuse documents larger than this many bytes.")
  var maxBytes: Int = 64 << 20

  func validate() throws {
    if let published, CalendarDay(iso: published) == nil {
      throw ValidationError("--published must be a date such as 2025-07-28, not '\(published)'")
    }
    if let format, SourceFormat(rawValue: format) == nil {
      throw ValidationError("--format must be html or text, not '\(format)'")
    }
    if ndjson, let file, file != "-" { throw ValidationError("--ndjson reads standard input; drop '\(file)'") }
  }

  func run() throws {
    let pipeline = Pipeline(cleanerOptions: CleanerOptionsFlags(maxBytes: maxBytes).options)
    if ndjson {
      NDJSONStream(pipeline: pipeline).run(input: 0)
      return
    }
    var raw: RawDocument
    if let file, file != "-" {
      do { raw = try DocumentSource.read(path: file, maxBytes: maxBytes) } catch {
        throw ValidationError("\(error)")
      }
    } else {
      do { raw = try DocumentSource.readStandardInput(maxBytes: maxBytes) } catch {
        throw ValidationError("\(error)")
      }
    }
    if let format { raw.format = SourceFormat(rawValue: format)! }
    raw.published = published
    do {
      let doc = try pipeline.process(raw)
      let json = DocumentJSON.object(for: doc, id: .string(doc.id))
      FileHandle.standardOutput.write(Data(JSONWriter(pretty: pretty).bytes(of: json) + [10]))
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(1)
    }
  }
}
