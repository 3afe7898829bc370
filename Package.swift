// swift-tools-version:6.0
import PackageDescription

/// NewsFacts: ingest → clean → extract → normalize → write.
/// One library target per stage, the model in `NewsCore`, C libraries as system-library targets.
let package = Package(
  name: "NewsFacts",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "newsfacts", targets: ["newsfacts"]),
    .library(name: "NewsPipeline", targets: ["NewsPipeline"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CPCRE2", pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "CParseArena"),
    .target(name: "NewsCore", dependencies: ["CPCRE2"]),
    .target(name: "NewsIngest", dependencies: ["NewsCore"]),
    .target(name: "NewsClean", dependencies: ["NewsCore", "CLibXML2", "CParseArena"]),
    .target(
      name: "NewsExtract", dependencies: ["NewsCore", "CPCRE2"],
      resources: [.copy("Resources")]),
    .target(name: "NewsNormalize", dependencies: ["NewsCore", "NewsExtract"]),
    .target(
      name: "NewsPipeline",
      dependencies: ["NewsCore", "NewsIngest", "NewsClean", "NewsExtract", "NewsNormalize"]),
    .executableTarget(
      name: "newsfacts",
      dependencies: [
        "NewsPipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "newsfacts-bench", dependencies: ["NewsPipeline", "NewsClean", "NewsExtract", "CLibXML2"],
      path: "Sources/Bench"),
    .testTarget(
      name: "NewsFactsTests",
      dependencies: [
        "NewsCore", "NewsIngest", "NewsClean", "NewsExtract", "NewsNormalize", "NewsPipeline", "CParseArena", "CLibXML2",
      ],
      resources: [.copy("Fixtures")]),
  ]
)
