import ArgumentParser
import Foundation

@main
struct NewsFactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsfacts",
    abstract: "Extract money, dates, percentages, quantities and named entities from news articles.",
    discussion: """
      Stages: ingest → clean (HTML through libxml2) → extract → normalize → write. \
      `newsfacts run` processes a corpus into a folder; `newsfacts extract` processes one \
      document, or an NDJSON stream with --ndjson.
      """,
    subcommands: [Run.self, Extract.self],
    defaultSubcommand: Run.self)

  /// Exit status 2 for usage errors (ArgumentParser's default is 64), as the README promises.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
