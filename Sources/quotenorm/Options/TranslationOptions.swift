import ArgumentParser
import QuoteNorm

/// How quotations in different languages are compared (`--translate-with`).
enum TranslationBackend: String, ExpressibleByArgument, CaseIterable {
  case apertium, lexicon, none
}

/// Cross-language options shared by `match`, `cluster` and `search` (issue 6): quotations
/// whose languages differ (given per record, or identified) are compared by
/// `CrossLingualScorer`, on the scale and verdicts of same-language matching.
struct TranslationOptions: ParsableArguments {
  @Option(
    name: .customLong("translate-with"),
    help: ArgumentHelp(
      "Quotations in different languages: apertium | lexicon | none.",
      discussion:
        "apertium (default): Debian's apertium and the pair's package (apertium-eng-spa for "
        + "Spanish-English); lexicon: word by word through Apertium's dictionaries; none: no "
        + "translation, only what two languages share verbatim (names, numbers, cognates); "
        + "cluster and search then compare every quotation as written, in one collection, "
        + "without identifying languages. A language with no route to and from the main "
        + "language of the input is compared as written too, with a note on standard error."))
  var translateWith: TranslationBackend = .apertium

  @Option(
    name: .customLong("lang-confidence"),
    help: "How sure language identification must be (0-1) for a quotation given without a language; below it, a quotation is still read in its likeliest language when that is translated and at least 0.75 likely.")
  var languageConfidence: Double = 0.95

  /// Exit status when translation is unavailable (tool or pair not installed; EX_UNAVAILABLE).
  static let unavailableExitCode: Int32 = 69
  /// Exit status when a translation process fails (EX_SOFTWARE).
  static let failedExitCode: Int32 = 70

  /// The exit codes, for the commands' help.
  static let exitCodes =
    "69 a translation backend or language pair not installed (the message names the apt package), "
    + "70 a translation process failed"

  func validate() throws {
    if !(0...1).contains(languageConfidence) {
      throw ValidationError("--lang-confidence is a number from 0 to 1.")
    }
  }

  /// The cross-lingual scorer these options describe.
  var scorer: CrossLingualScorer {
    var c = CrossLingualScorer.Configuration()
    switch translateWith {
    case .apertium: break
    case .lexicon: c.translator = LexiconTranslator()
    case .none:
      c.translator = PassthroughTranslator()
      c.lexicon = nil
    }
    return CrossLingualScorer(configuration: c)
  }

  /// Runs `body`, turning a translation error into its message on standard error and an exit
  /// code (69 unavailable, 70 failed).
  /// Passes `languages` through, first saying on standard error which languages `untranslatable`
  /// finds (present, but without a translation route here), if any.
  func reportingUntranslatable(_ languages: [String], _ untranslatable: () -> [String]) -> [String] {
    let missing = untranslatable()
    if !missing.isEmpty {
      printError(
        "quotenorm: no \(translateWith.rawValue) translation route for \(missing.joined(separator: ", ")) "
          + "to and from the collection's main language: those quotations are compared as written, "
          + "not across languages (apt-cache search apertium lists the Debian pairs)")
    }
    return languages
  }

  func translating<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as QuoteLanguageError {
      printError("quotenorm: \(e.message)")
      throw ExitCode(e.code == .processFailed ? Self.failedExitCode : Self.unavailableExitCode)
    }
  }

  /// A cross-lingual result as a same-language one (no word alignment across languages).
  static func quoteMatch(_ x: CrossLingualMatch) -> QuoteMatch {
    QuoteMatch(
      score: x.score, verdict: MatchVerdict(rawValue: x.verdict.rawValue) ?? .different,
      coverageA: x.coverageA, coverageB: x.coverageB, alignment: QuoteAlignment(segments: []),
      evidence: MatchEvidence(
        coverageA: x.coverageA, coverageB: x.coverageB, bagCoverageA: x.evidence.coverageA,
        bagCoverageB: x.evidence.coverageB, matchedContentWords: 0))
  }

  /// A JSON object with `"translation": {"a", "b"}` added: each quotation in the other's
  /// language.
  static func withTranslations(_ json: String, _ x: CrossLingualMatch?) -> String {
    guard let x, json.hasSuffix("}") else { return json }
    let a = x.translationA.map(JSONText.quoted) ?? "null"
    let b = x.translationB.map(JSONText.quoted) ?? "null"
    return String(json.dropLast()) + ",\"translation\":{\"a\":\(a),\"b\":\(b)}}"
  }

  /// Says on standard error, once, that quotations in `language` are compared as written only
  /// because no installed translation reaches English from it (naming the package when Debian
  /// has one), so that a user sees why a one-language collection is not read through English.
  func noteNoEnglishReading(_ language: String, command: String) {
    guard translateWith != .none, language != CrossLingualClusterer.readingLanguage, language != "und",
      !scorer.readsThroughEnglish(language)
    else { return }
    let why = ApertiumInstallation.missingPairError(from: language, to: CrossLingualClusterer.readingLanguage)
    printError(
      "quotenorm \(command): quotations in \(language) are compared as written only, not also through "
        + "English: \(why.message)")
  }

  /// `json` (one object) with `"english": {"a", "b"}`: a same-language pair's English
  /// translations, through which it was also compared.
  static func withEnglish(_ json: String, _ english: (a: String, b: String)?) -> String {
    guard let english, json.hasSuffix("}") else { return json }
    return String(json.dropLast())
      + ",\"english\":{\"a\":\(JSONText.quoted(english.a)),\"b\":\(JSONText.quoted(english.b))}}"
  }

  /// The text report's lines under a same-language pair compared through English.
  static func englishLines(_ english: (a: String, b: String)) -> String {
    "  A→en \(ClusterReport.oneLine(english.a))\n  B→en \(ClusterReport.oneLine(english.b))\n"
  }

  /// The text report's lines under a cross-lingual pair: each quotation's translation.
  static func translationLines(_ x: CrossLingualMatch) -> String {
    var s = ""
    if let a = x.translationA { s += "  A→ \(ClusterReport.oneLine(a))\n" }
    if let b = x.translationB { s += "  B→ \(ClusterReport.oneLine(b))\n" }
    return s
  }
}
