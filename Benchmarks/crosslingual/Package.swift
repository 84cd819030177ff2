// swift-tools-version: 6.0
// Cross-lingual matching benchmark (issue 6): retrieval P@1 among 1,000 candidates on the
// NTREX dev split in both directions, score distributions, calibration features and
// throughput. Its own package, like Benchmarks/, so the main package never builds it:
//
//   swift run -c release --package-path Benchmarks/crosslingual crosslingual-bench [TSV]
import PackageDescription

let package = Package(
  name: "CrossLingualBenchmarks",
  dependencies: [
    .package(name: "QuoteNorm", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "crosslingual-bench",
      dependencies: [.product(name: "QuoteNorm", package: "QuoteNorm")]
    )
  ],
  swiftLanguageModes: [.v6]
)
