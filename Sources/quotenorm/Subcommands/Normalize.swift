import ArgumentParser
import QuoteNorm

extension Normalizer.Profile: ExpressibleByArgument {}
extension Normalizer.UnicodeForm: ExpressibleByArgument {}

/// `--spelling us|uk|none`.
enum SpellingChoice: String, ExpressibleByArgument, CaseIterable {
  case us, uk, none
}

/// `quotenorm normalize`: repair, display or match normalization of article text.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Normalize text: repair damage, clean for display, or build a match key.",
    discussion: """
      Reads each file (or standard input) 1 MiB of lines at a time, normalized on
      every core (--jobs; 64 KB at a time on one thread); memory does not grow
      with file size, and the output is the same whatever the number of threads.
      --format json prints one object per input:
        {"file": …, "text": …, "edits": [{"input": [start, end], "output": [start, end], "rule": …}]}
      with offsets in Unicode scalars (what Python's str indexes) from the start of
      that input.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8 / binary / UTF-16 input, 66
      missing or unreadable input, 74 output not written.
      """)

  @Option(help: "repair | display | match (default: display).")
  var profile: Normalizer.Profile?

  @Option(help: "Apply exactly this Unicode form and nothing else: nfc | nfd | nfkc | nfkd | nfkc-casefold.")
  var form: Normalizer.UnicodeForm?

  @Option(
    help: ArgumentHelp(
      "Language of the text (BCP 47): 'tr' for Turkish dotted/dotless i in match keys; 'es', "
        + "'nb'… to read the mojibake ISO 8859-2 and Windows-1250 read apart (mĂĄs: más or mås)."))
  var lang: String?

  @Flag(help: "With --profile match: write other scripts in Latin letters.")
  var transliterate = false

  @Flag(
    name: .customLong("strip-markup"),
    help: "Remove HTML/XML tags (block-level ones become line breaks) before any other rule (rule 'markup').")
  var stripMarkup = false

  @Option(
    help: """
      Spelling of English words: us (American, the match key), uk (British) or none. With \
      --profile match it picks the key (default us); with repair or display it converts the \
      text, keeping case (default: no conversion).
      """)
  var spelling: SpellingChoice?

  @Flag(name: .customLong("no-spelling"), help: "With --profile match: keep British spellings (same as --spelling none).")
  var noSpelling = false

  @Flag(name: .customLong("no-contractions"), help: "With --profile match: keep contractions and clitics (won't, del, l').")
  var noContractions = false

  @Flag(name: .customLong("no-numbers"), help: "With --profile match: keep numbers, dates and times as written (25,000, twenty-five, Nov. 4, 5 p.m.).")
  var noNumbers = false

  @Flag(help: "With --profile match: write names as their transliteration-variant key (Zelenskyy, Selenskyj → selenski).")
  var names = false

  @Option(help: "With --profile match: alias file (JSON object or alias<TAB>canonical lines), e.g. AMLO → Andrés Manuel López Obrador.")
  var aliases: String?

  @Option(help: "text | json")
  var format: OutputFormat = .text

  @Option(help: "Threads to normalize on (default: every core). The output is the same whatever the number.")
  var jobs: Int?

  @OptionGroup var input: InputOptions

  func validate() throws {
    if form != nil && (profile != nil || transliterate || stripMarkup) {
      throw ValidationError("--form applies one Unicode form alone; drop --profile/--transliterate/--strip-markup.")
    }
    if format == .jsonl { throw ValidationError("normalize prints text or json.") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of threads, 1 or more.") }
    if transliterate && profile != .match {
      throw ValidationError("--transliterate goes with --profile match.")
    }
    if (noContractions || noNumbers || names || aliases != nil) && profile != .match {
      throw ValidationError("--no-contractions, --no-numbers, --names and --aliases go with --profile match.")
    }
    if form != nil && (spelling != nil || noSpelling) {
      throw ValidationError("--form applies one Unicode form alone; drop --spelling/--no-spelling.")
    }
    if noSpelling && spelling != nil && spelling != SpellingChoice.none {
      throw ValidationError("--no-spelling contradicts --spelling \(spelling?.rawValue ?? "")")
    }
  }

  /// The normalizer the options describe.
  func makeNormalizer() throws -> Normalizer {
    if let form { return Normalizer(form: form) }
    let p = profile ?? .display
    var options: Normalizer.Options =
      switch p {
      case .repair: .repair
      case .display: .display
      case .match: .match
      }
    if transliterate { options.insert(.transliteration) }
    if stripMarkup { options.insert(.markup) }
    let choice = noSpelling ? SpellingChoice.none : spelling ?? (p == .match ? .us : .none)
    if choice == .none { options.remove(.spelling) } else { options.insert(.spelling) }
    if noContractions { options.remove(.contractions) }
    if noNumbers { options.remove(.numbers) }
    if names { options.insert(.names) }
    var variants = Normalizer.Variants(spelling: choice == .uk ? .british : .american)
    if let aliases {
      let text: String
      do {
        text = try readTextFile(aliases)
      } catch {
        printError("quotenorm: cannot read alias file \(aliases): \(error)")
        throw ExitCode(66)
      }
      do {
        variants.aliases = try AliasTable(parsing: text)
      } catch {
        printError("quotenorm: \(aliases): \(error.message)")
        throw ExitCode(65)
      }
    }
    return Normalizer(options: options, language: lang, variants: variants)
  }

  func run() throws {
    let normalizer = try makeNormalizer()
    var out = OutputWriter.standardOutput()
    do {
      for path in input.paths {
        try NormalizeRunner(
          normalizer: normalizer, path: path, format: format, invalidUTF8: input.invalidUTF8, jobs: jobs
        ).run(into: &out)
      }
      try out.flush()
    } catch {
      throw out.exit(for: error)
    }
  }
}

/// The whole of a small text file (an alias file), as UTF-8.
func readTextFile(_ path: String) throws -> String {
  var reader = try LineReader(path: path)
  defer { reader.close() }
  var bytes: [UInt8] = []
  while let (line, _) = try reader.next() { bytes.append(contentsOf: line) }
  return String(decoding: bytes, as: UTF8.self)
}
