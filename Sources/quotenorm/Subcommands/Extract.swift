import ArgumentParser
import QuoteNorm

/// What `quotenorm extract` reads: plain text (an article per file) or JSON Lines.
enum ExtractInputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, jsonl
}

/// `quotenorm extract`: the quotations of each article, with kind, speaker, cue and offsets.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract quotations with their speakers, cues, kinds and offsets.",
    discussion: """
      Text input: each file (or standard input) is one article. A file larger than 1
      MiB is read in windows cut at the first blank line past 1 MiB (or at a line
      break past 2 MiB of text without blank lines), so memory stays bounded
      whatever the file's size or number of quotations; offsets still count from the
      start of the file, but a quotation cannot span two windows, and quotations are
      numbered ("index") through the whole file.
      Articles and windows are extracted on every core (--jobs), the output in order
      and the same whatever the number of threads.
      JSONL input: one article per line, {"id", "text", "lang"?, "date"?,
      "outlet"?}; "date" and "outlet" pass through to the output, "lang" overrides
      --lang.
      --format jsonl (default) prints one object per quotation:
        {"doc", "index", "start", "end", "text", "open", "openStart", "openEnd",
         "close", "closeStart", "closeEnd", "depth", "parent", "statement", "kind",
         "region", "speaker", "speakerText", "speakerStart", "speakerEnd",
         "speakerIsDescription", "cue", "cueStart", "cueEnd", "lang", "diagnostics",
         "repaired"?}
      with offsets in Unicode scalars (what Python's str indexes) into the original
      text. "text" is the quotation as written there; "repaired", present only
      where they differ, is what extraction read (entities decoded, mojibake
      repaired, HTML tags removed: input with tags is read as HTML). The text table
      shows the repaired quotation.
      --format json prints one object per article: {"doc", "lang", "quotes": […],
      "diagnostics": […]}. --format text prints a table (speaker, kind, quotation)
      per article; nested quotations are indented, * marks boilerplate (related
      links), ⤷ the next part of a statement split around its cue.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8 / binary / UTF-16 input or a bad
      JSONL line, 66 missing or unreadable input, 74 output not written.
      """)

  @Option(help: "Language of the text (BCP 47), or 'auto' to guess it per article.")
  var lang: String = "auto"

  @Option(help: "jsonl | json | text")
  var format: OutputFormat = .jsonl

  @Option(
    name: .customLong("input-format"),
    help: "text (one article per file) | jsonl (one article per line)")
  var inputFormat: ExtractInputFormat = .text

  @Option(help: "Threads to extract on (default: every core). The output is the same whatever the number.")
  var jobs: Int?

  @OptionGroup var input: InputOptions

  func validate() throws {
    if lang.isEmpty { throw ValidationError("--lang needs a BCP 47 code or 'auto'.") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of threads, 1 or more.") }
  }

  func run() throws {
    var out = OutputWriter.standardOutput()
    let runner = ExtractRunner(
      extractor: QuoteExtractor(), language: lang == "auto" ? nil : lang, format: format,
      inputFormat: inputFormat, invalidUTF8: input.invalidUTF8, jobs: jobs)
    do {
      for path in input.paths { try runner.run(path: path, into: &out) }
      try out.flush()
    } catch {
      throw out.exit(for: error)
    }
  }
}
