import ArgumentParser
import QuoteNorm

/// `quotenorm match`: compare two quotations, or every pair of a JSON Lines file.
struct Match: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare quotations: score, verdict and the aligned words.",
    discussion: """
      quotenorm match A B compares two quotations; --input PAIRS.jsonl compares each
      line {"id"?, "a", "b", "langA"?, "langB"?} (words weighted by IDF over all the
      file's texts).
      Quotations in different languages (given, or identified when the identifier is
      sure) are compared through translation (--translate-with; all pairs in one
      batch per language pair) on the same scale and verdicts, and each result gets
      "translation": {"a", "b"} (each quotation in the other's language). A pair
      whose languages were identified, not given, and that no installed pair
      translates is compared as written, with a note on standard error naming the
      package. Two quotations of one language other than English are also compared
      through their English translations (a translation can raise their score, never
      link texts that share nothing as written; as cluster does), and the result gets
      "english": {"a", "b"}; --translate-with none compares them as written only.
      --format jsonl (default) prints one object per pair:
        {"id", "score", "verdict", "coverage": [a, b],
         "alignment": [{"op", "a": [s, e], "b": [s, e]}]}
      score: 0..1, calibrated; verdict: same | contains | contained | related |
      different (contains: a holds b and more). coverage: the share of each side's
      weight found in the other. op: same | variant | onlyA | onlyB | editorial;
      offsets in Unicode scalars of each original text. --format text prints both
      quotations with differences marked.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8 or a bad JSONL line, 66 missing
      or unreadable input, 69 a translation backend or language pair not installed
      for languages given on both sides (the message names the apt package), 70 a
      translation process failed, 74 output not written.
      """)

  @Argument(help: "Two quotations to compare (or use --input).")
  var quotes: [String] = []

  @Option(help: "JSON Lines file of pairs ('-' for standard input).")
  var input: String?

  @Option(help: "Language of both quotations (BCP 47) when comparing A and B.")
  var lang: String?

  @Option(name: .customLong("lang-a"), help: "Language of A (BCP 47); identified when not given.")
  var langA: String?

  @Option(name: .customLong("lang-b"), help: "Language of B (BCP 47); identified when not given.")
  var langB: String?

  @Option(help: "jsonl | text")
  var format: OutputFormat = .jsonl

  @Flag(help: "Add the evidence the score was computed from (bag coverage, matched content words).")
  var explain = false

  @OptionGroup var matching: MatchOptions

  @OptionGroup var translation: TranslationOptions

  @Option(
    name: .customLong("invalid-utf8"),
    help: "'fail' (exit 65 with file and byte offset) or 'replace' (U+FFFD, count reported).")
  var invalidUTF8: InvalidUTF8Policy = .fail

  func validate() throws {
    if input == nil && quotes.count != 2 { throw ValidationError("Give two quotations, or --input PAIRS.jsonl.") }
    if input != nil && !quotes.isEmpty { throw ValidationError("Give two quotations or --input, not both.") }
    if format == .json { throw ValidationError("match prints jsonl or text.") }
  }

  func run() throws {
    let matcher = QuoteMatcher(configuration: matching.configuration)
    var pairs: [QuotePair] = []
    var out = OutputWriter.standardOutput()
    do {
      if let input {
        try MatchJSONL.forEach(MatchPairInput.self, path: input, invalidUTF8: invalidUTF8, expected: MatchPairInput.expected) {
          p, line in
          pairs.append(QuotePair(id: p.id ?? String(line), a: p.a, b: p.b, languageA: p.langA, languageB: p.langB))
        }
      } else {
        pairs = [QuotePair(id: "1", a: quotes[0], b: quotes[1], languageA: langA ?? lang, languageB: langB ?? lang)]
      }
      let scorer = translation.scorer
      let confidence = translation.languageConfidence
      let results = try translation.translating {
        try scorer.throughEnglish(pairs, own: matcher.match(pairs: pairs), matcher: matcher, minimumConfidence: confidence)
      }
      let crossLingual = try translation.translating {
        try scorer.match(pairs: pairs, minimumConfidence: confidence) { note in
          printError("quotenorm: \(note)")
        }
      }
      for (k, (p, sameLanguage)) in zip(pairs, results).enumerated() {
        // The translations read by same-language matching too (`This will not occur` is
        // `That won't happen` to it).
        let x = crossLingual[k].map {
          $0.readThrough(matcher, a: p.a, languageA: p.languageA, b: p.b, languageB: p.languageB)
        }
        var m = x.map(TranslationOptions.quoteMatch) ?? sameLanguage.match
        var english = x == nil ? sameLanguage.translation : nil
        // Languages not given: a pair read across languages on a guess keeps the same-language
        // reading when that scores higher (two English quotations, one misread as Spanish), or
        // when it finds the two saying opposite things in the same words.
        let given = p.languageA?.isEmpty == false && p.languageB?.isEmpty == false
        var shown = x
        if x != nil, !given, sameLanguage.match.score > m.score || sameLanguage.match.evidence.conflict {
          m = sameLanguage.match
          english = sameLanguage.translation
          shown = nil
        }
        switch format {
        case .text:
          try out.write("\(p.id)  \(m.verdict.rawValue)  score \(MatchRecord.number(m.score))  coverage \(MatchRecord.number(m.coverageA)) / \(MatchRecord.number(m.coverageB))\n")
          try out.write("  A  \(MatchMarkup.mark(p.a, m.alignment, side: .a))\n")
          try out.write("  B  \(MatchMarkup.mark(p.b, m.alignment, side: .b))\n")
          if let shown { try out.write(TranslationOptions.translationLines(shown)) }
          if let english { try out.write(TranslationOptions.englishLines(english)) }
          try out.write("\n")
        default:
          let json = TranslationOptions.withTranslations(MatchRecord.pair(id: p.id, m, explain: explain), shown)
          try out.write(TranslationOptions.withEnglish(json, english) + "\n")
        }
      }
      if format == .text && !pairs.isEmpty { try out.write(MatchMarkup.legend + "\n") }
      try out.flush()
    } catch {
      throw out.exit(for: error)
    }
  }
}
