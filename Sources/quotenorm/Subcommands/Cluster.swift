import ArgumentParser
import QuoteNorm

/// `quotenorm cluster`: group the quotations of articles, or of a JSON Lines file, by statement.
struct Cluster: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Group quotations that render the same statement, across outlets.",
    discussion: """
      quotenorm cluster FILE... reads articles (one per file), extracts their
      quotations (direct, mixed, partial, headline; ids FILE#N) with speaker and
      date (a date in the quotation's paragraph, else a weekday there, else the
      article's publication date), then clusters them. --input QUOTES.jsonl reads
      quotations instead, one per line:
        {"id", "text", "lang"?, "speaker"?, "date"?, "source"?}
      Quotations of different speakers never share a cluster, nor do the same words
      said on different dates (YYYY-MM-DD with or without a time, "November 4,
      2025", "4 de noviembre de 2025", RSS dates, DD/MM/YYYY where the day exceeds
      12; any other text is an event label compared as written).
      Languages: "lang" as given, else identified (--lang-confidence); when several
      are present, each language is clustered on its own, every quotation is
      translated once into every other language present (--translate-with; one batch
      per language pair) to find candidates in each, candidates are scored by the
      cross-lingual scorer, and a same-language cluster joins the one of another
      language it links to (same, contains or contained; one cluster per language,
      or a second one linked to its center or as same that its language's cluster
      there does not contradict; speakers and dates agreeing). Quotations not in the most frequent
      language get "translation" (their translation into it) in JSONL, and a line
      under them in the text report. Quotations of a language other than English are
      also clustered among themselves through their English translations (one batch
      per language): a translation can raise a pair that shares words as written,
      never link one that shares nothing; --translate-with none clusters as written.
      --format jsonl (default) prints one line per quotation, in input order:
        {"id", "cluster", "score"}
      cluster: the id of the quotation the cluster grew from; score: the link by
      which the quotation joined it (1 for that first quotation). --format text
      prints each cluster with its renderings side by side (source, speaker, date)
      and the words where they differ marked. Output does not depend on the order of
      the input. A progress line goes to standard error when it is a terminal.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8, a bad JSONL line or a repeated
      id, 66 missing or unreadable input, 69 a translation backend or language pair
      not installed (the message names the apt package), 70 a translation process
      failed, 74 output not written.
      """)

  @Argument(help: "Article files; '-' reads one article from standard input.")
  var files: [String] = []

  @Option(help: "JSON Lines file of quotations ('-' for standard input).")
  var input: String?

  @Option(help: "Language of the articles (BCP 47), or 'auto' to guess it per article.")
  var lang: String = "auto"

  @Option(help: "jsonl | text")
  var format: OutputFormat = .jsonl

  @Option(name: .customLong("date-tolerance"), help: "Days by which two dates of one utterance may differ (default 0).")
  var dateTolerance: Int = 0

  @Flag(help: "Print counts (quotations, clusters, candidate pairs scored, links) on standard error.")
  var stats = false

  @OptionGroup var matching: MatchOptions

  @OptionGroup var translation: TranslationOptions

  @Option(
    name: .customLong("invalid-utf8"),
    help: "'fail' (exit 65 with file and byte offset) or 'replace' (U+FFFD, count reported).")
  var invalidUTF8: InvalidUTF8Policy = .fail

  func validate() throws {
    if input == nil && files.isEmpty { throw ValidationError("Give article files, or --input QUOTES.jsonl.") }
    if input != nil && !files.isEmpty { throw ValidationError("Give article files or --input, not both.") }
    if format == .json { throw ValidationError("cluster prints jsonl or text.") }
    if dateTolerance < 0 { throw ValidationError("--date-tolerance is a number of days, 0 or more.") }
  }

  func run() throws {
    var configuration = matching.configuration
    configuration.dateToleranceDays = dateTolerance
    let matcher = QuoteMatcher(configuration: configuration)
    let progress = ClusterProgress(command: "cluster")
    var out = OutputWriter.standardOutput()
    do {
      var builder = QuoteCollection.Builder(matcher: matcher, keepingRecords: format == .text)
      var seen = Set<String>()
      var records: [QuoteRecord] = []
      if let input {
        records = try ClusterInput.readRecords(input, invalidUTF8: invalidUTF8, seen: &seen, progress: progress)
      } else {
        records = try ClusterInput.articleRecords(
          files, extractor: QuoteExtractor(), language: lang == "auto" ? nil : lang,
          invalidUTF8: invalidUTF8, progress: progress)
      }
      var crossLingual = CrossLingualClusterer(matcher: matcher, scorer: translation.scorer)
      crossLingual.minimumConfidence = translation.languageConfidence
      var languages: Set<String> = []
      if translation.translateWith != .none {
        languages = Set(
          translation.reportingUntranslatable(crossLingual.languages(of: records)) {
            crossLingual.untranslatableLanguages(of: records)
          })
        if languages.count > 1 {
          try clusterAcrossLanguages(records, crossLingual, progress: progress, into: &out)
          return
        }
      }
      // One language other than English: read through English too (CrossLingualClusterer).
      var reading: QuoteCollection?
      if languages.count == 1, let language = languages.first { translation.noteNoEnglishReading(language, command: "cluster") }
      if languages.count == 1, let language = languages.first, crossLingual.readsThroughEnglish(language) {
        if records.count >= 20_000 {
          printError(
            "quotenorm cluster: translating \(records.count) quotations (\(language)) into English to compare them "
              + "through English too (about a thousand a second on two cores); --translate-with none compares them "
              + "as written only")
        }
        progress.report("translating into English", 0, records.count)
        let english = try translation.translating { try crossLingual.englishReading(of: records, language: language) }
        reading = QuoteCollection(english, matcher: matcher, keepingRecords: false)
      }
      for start in stride(from: 0, to: records.count, by: ClusterInput.batchSize) {
        builder.append(Array(records[start..<min(records.count, start + ClusterInput.batchSize)]))
      }
      let collection = builder.build()
      let clustering = QuoteClusterer(matcher: matcher).cluster(collection, translated: reading) { p in
        progress.report(p.phase, p.done, p.total)
      }
      progress.finish()
      if clustering.limitedQuotations > 0 {
        printError(
          "quotenorm cluster: \(clustering.limitedQuotations) distinct quotation texts share their most "
            + "telling words with more than 4,096 others; each was aligned with the candidates sharing "
            + "the most weight (on the benchmark's quote sets this costs 0.0002 of pair recall at 100k quotations, 0.003 at 1M)")
      }
      if stats {
        let multi = clustering.clusters.filter { $0.members.count > 1 }.count
        printError(
          "quotenorm cluster: \(collection.count) quotations, \(clustering.clusters.count) clusters (\(multi) with 2+), "
            + "\(clustering.scoredPairs) candidate pairs scored, \(clustering.links) links")
      }
      switch format {
      case .text:
        try ClusterReport(collection: collection, clustering: clustering).write(into: &out)
      default:
        for i in 0..<collection.count {
          try out.write(
            "{\"id\":\(JSONText.quoted(collection.id(at: i))),\"cluster\":\(JSONText.quoted(clustering.clusterID(of: i))),"
              + "\"score\":\(MatchRecord.number(clustering.scores[i]))}\n")
        }
      }
      try out.flush()
    } catch {
      if error is InputError { progress.finish() }
      throw out.exit(for: error)
    }
  }

  /// Several languages: ``CrossLingualClusterer``, same output shapes (plus "translation").
  func clusterAcrossLanguages(
    _ records: [QuoteRecord], _ clusterer: CrossLingualClusterer, progress: ClusterProgress,
    into out: inout OutputWriter
  ) throws {
    progress.report("clustering across languages", 0, records.count)
    let clustering = try translation.translating { try clusterer.cluster(records) }
    progress.finish()
    if stats {
      let multi = clustering.clusters.filter { $0.members.count > 1 }.count
      let languages = Set(clustering.languages).sorted().joined(separator: ", ")
      printError(
        "quotenorm cluster: \(records.count) quotations (\(languages)), \(clustering.clusters.count) clusters "
          + "(\(multi) with 2+), \(clustering.scoredPairs) cross-language candidate pairs scored, "
          + "\(clustering.crossLinks) cross-language links")
    }
    switch format {
    case .text:
      try CrossLingualClusterReport(records: records, clustering: clustering).write(into: &out)
    default:
      for i in records.indices {
        var line =
          "{\"id\":\(JSONText.quoted(records[i].id)),\"cluster\":\(JSONText.quoted(clustering.clusterID(of: i))),"
          + "\"score\":\(MatchRecord.number(clustering.scores[i]))"
        if let t = clustering.translations[i] { line += ",\"translation\":\(JSONText.quoted(t))" }
        try out.write(line + "}\n")
      }
    }
    try out.flush()
  }
}
