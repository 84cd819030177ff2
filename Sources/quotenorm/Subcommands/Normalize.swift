import ArgumentParser
import QuoteNorm

extension Normalizer.Profile: ExpressibleByArgument {}
extension Normalizer.UnicodeForm: ExpressibleByArgument {}

/// `quotenorm normalize`: repair, display or match normalization of article text.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Normalize text: repair damage, clean for display, or build a match key.",
    discussion: """
      Reads each file (or standard input) line by line; memory does not grow with file size.
      --format json prints one object per input:
        {"file": …, "text": …, "edits": [{"input": [start, end], "output": [start, end], "rule": …}]}
      with offsets in Unicode scalars (what Python's str indexes) from the start of that input.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8 / binary / UTF-16 input, 66 missing or
      unreadable input, 74 output not written.
      """)

  @Option(help: "repair | display | match (default: display).")
  var profile: Normalizer.Profile?

  @Option(help: "Apply exactly this Unicode form and nothing else: nfc | nfd | nfkc | nfkd | nfkc-casefold.")
  var form: Normalizer.UnicodeForm?

  @Option(help: "Language of the text (BCP 47), e.g. 'tr' for Turkish dotted/dotless i in match keys.")
  var lang: String?

  @Flag(help: "With --profile match: write other scripts in Latin letters.")
  var transliterate = false

  @Option(help: "text | json")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions

  func validate() throws {
    if form != nil && (profile != nil || transliterate) {
      throw ValidationError("--form applies one Unicode form alone; drop --profile/--transliterate.")
    }
    if format == .jsonl { throw ValidationError("normalize prints text or json.") }
    if transliterate && profile != .match {
      throw ValidationError("--transliterate goes with --profile match.")
    }
  }

  func run() throws {
    let normalizer: Normalizer =
      if let form { Normalizer(form: form) } else {
        Normalizer(profile: profile ?? .display, transliterate: transliterate, language: lang)
      }
    var out = OutputWriter.standardOutput()
    do {
      for path in input.paths {
        try NormalizeRunner(normalizer: normalizer, path: path, format: format, invalidUTF8: input.invalidUTF8)
          .run(into: &out)
      }
      try out.flush()
    } catch let e as InputError {
      try? out.flush()
      printError(e.description)
      throw ExitCode(e.exitCode)
    } catch let e as OutputError {
      if !e.pipeClosed { printError("quotenorm: cannot write output: \(e.message); the output is incomplete") }
      throw ExitCode(74)
    }
  }
}
