import ArgumentParser

/// Output formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, jsonl
}
