// swift-tools-version: 6.0
// A package that depends on QuoteNorm by path, as another project would (or by URL).
import PackageDescription

let package = Package(
  name: "QuoteNormExample",
  dependencies: [.package(name: "QuoteNorm", path: "../..")],
  targets: [
    .executableTarget(
      name: "QuoteNormExample",
      dependencies: [.product(name: "QuoteNorm", package: "QuoteNorm")]
    )
  ]
)
