// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "QuoteNorm",
  products: [
    .library(name: "QuoteNorm", targets: ["QuoteNorm"]),
    .executable(name: "quotenorm", targets: ["quotenorm"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // C boundary: the only code that includes ICU headers.
    .target(
      name: "CQuoteICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),

    // Libraries
    .target(name: "QuoteICU", dependencies: ["CQuoteICU"]),
    .target(name: "QuoteNormalization", dependencies: ["QuoteICU"]),
    .target(
      name: "QuoteExtraction", dependencies: ["QuoteNormalization", "QuoteICU"],
      exclude: ["Lexicons"]),
    .target(name: "QuoteMatching", dependencies: ["QuoteNormalization", "QuoteICU"]),
    .target(
      name: "QuoteLanguage", dependencies: ["QuoteNormalization", "QuoteICU", "QuoteMatching"]),
    .target(
      name: "QuoteNorm",
      dependencies: ["QuoteNormalization", "QuoteExtraction", "QuoteMatching", "QuoteLanguage"]),

    // CLI
    .executableTarget(
      name: "quotenorm",
      dependencies: [
        "QuoteNorm",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Tests
    .testTarget(name: "QuoteICUTests", dependencies: ["QuoteICU"]),
    .testTarget(name: "QuoteNormalizationTests", dependencies: ["QuoteNormalization"]),
    .testTarget(name: "QuoteExtractionTests", dependencies: ["QuoteExtraction"]),
    .testTarget(name: "QuoteMatchingTests", dependencies: ["QuoteMatching"]),
    .testTarget(name: "QuoteLanguageTests", dependencies: ["QuoteLanguage", "QuoteMatching"]),
    .testTarget(name: "QuoteNormCLITests", dependencies: ["quotenorm", "QuoteNorm"]),
  ],
  swiftLanguageModes: [.v6]
)
