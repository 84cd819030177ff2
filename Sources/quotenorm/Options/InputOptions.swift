import ArgumentParser

/// What to do with bytes that are not UTF-8.
enum InvalidUTF8Policy: String, ExpressibleByArgument, CaseIterable {
  case fail, replace
}

/// Input files shared by the subcommands.
struct InputOptions: ParsableArguments {
  @Argument(help: "Input files; '-' or none reads standard input.")
  var files: [String] = []

  @Option(
    name: .customLong("invalid-utf8"),
    help: "'fail' (exit 65 with file and byte offset) or 'replace' (U+FFFD, count reported).")
  var invalidUTF8: InvalidUTF8Policy = .fail

  /// The inputs to read, `-` standing for standard input.
  var paths: [String] { files.isEmpty ? ["-"] : files }
}
