import ArgumentParser
import QuoteNorm

/// Matching options shared by `match`, `cluster` and `search`.
struct MatchOptions: ParsableArguments {
  @Flag(name: .customLong("no-paraphrases"), help: "Do not fold English paraphrases (won't / is not going to; that / it).")
  var noParaphrases = false

  @Flag(name: .customLong("no-inflections"), help: "Do not match English inflections (agreed / agree).")
  var noInflections = false

  @Flag(name: .customLong("no-synonyms"), help: "Do not match WordNet synonyms (occur / happen).")
  var noSynonyms = false

  @Option(name: .customLong("threshold"), help: "Score from which two quotations are one statement (default 0.5).")
  var threshold: Double?

  @Option(
    name: .customLong("minimum-coverage"),
    help: "Link only when one quotation has this share of its weight in the other (default 0.5; higher is faster).")
  var minimumCoverage: Double?

  /// The matcher configuration these options describe.
  var configuration: QuoteMatcher.Configuration {
    var c = QuoteMatcher.Configuration()
    if noParaphrases { c.options.remove(.paraphrases) }
    if noInflections { c.options.remove(.inflections) }
    if noSynonyms { c.options.remove(.synonyms) }
    if let threshold { c.linkThreshold = threshold }
    if let minimumCoverage { c.minimumCoverage = minimumCoverage }
    return c
  }

  func validate() throws {
    if let t = threshold, !(0...1).contains(t) { throw ValidationError("--threshold is a score between 0 and 1.") }
    if let t = minimumCoverage, !(0.05...1).contains(t) { throw ValidationError("--minimum-coverage is between 0.05 and 1.") }
  }
}
