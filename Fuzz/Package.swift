// swift-tools-version: 6.0
// libFuzzer targets, in their own package (like Benchmarks/) so that the main package never
// builds fuzzing code. Build and run them with `make fuzz` or `bash Fuzz/run.sh`; the flags are
// in run.sh (`-sanitize=fuzzer,address`, `-parse-as-library`).
import PackageDescription

/// One executable per fuzz target; each defines `LLVMFuzzerTestOneInput` and checks its own
/// invariants (FuzzChecks), trapping on a violation so that libFuzzer saves the input.
let targets = [
  "fuzz-normalize-repair", "fuzz-normalize-display", "fuzz-normalize-match",
  "fuzz-normalize-match-translit", "fuzz-normalize-forms", "fuzz-extract", "fuzz-match-pair",
]

let package = Package(
  name: "QuoteNormFuzz",
  dependencies: [
    // `name:` keeps `package: "QuoteNorm"` valid whatever the checkout's directory is called.
    .package(name: "QuoteNorm", path: "..")
  ],
  targets: [
    .target(name: "CFuzzDriver"),
    .target(
      name: "FuzzChecks",
      dependencies: ["CFuzzDriver", .product(name: "QuoteNorm", package: "QuoteNorm")]),
  ]
    + targets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzChecks", .product(name: "QuoteNorm", package: "QuoteNorm")])
    },
  swiftLanguageModes: [.v6]
)
