// swift-tools-version: 6.0
// The benchmark runner lives in its own package, as in swift-collections, so that the main
// package never builds or depends on benchmark code. Build and run it with `bash run.sh`.
import PackageDescription

let package = Package(
  name: "QuoteNormBenchmarks",
  dependencies: [
    // `name:` keeps `package: "QuoteNorm"` below valid whatever the checkout's directory is
    // called: without it, a path dependency is known by its directory's name (e.g. "main").
    .package(name: "QuoteNorm", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "quotenorm-bench",
      dependencies: [.product(name: "QuoteNorm", package: "QuoteNorm")]
    )
  ],
  swiftLanguageModes: [.v6]
)
