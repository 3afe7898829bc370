import ArgumentParser

@main
struct NewsFactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsfacts",
    abstract: "Extract money, dates, percentages, quantities and named entities from news articles.",
    discussion: """
      Stages: ingest → clean (HTML through libxml2) → extract → normalize → write.
      `newsfacts run` processes a corpus into a folder; `newsfacts extract` processes one
      document, or an NDJSON stream with --ndjson.
      """,
    subcommands: [Run.self, Extract.self],
    defaultSubcommand: Run.self)
}
