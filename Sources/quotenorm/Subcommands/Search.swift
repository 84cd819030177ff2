import ArgumentParser
import QuoteNorm

/// `quotenorm search`: find quotations in a collection of quotations or articles.
struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find quotations in a collection of quotations or articles, ranked.",
    discussion: """
      --index TARGETS.jsonl and --query QUERIES.jsonl hold one record per line:
        {"id", "text", "lang"?, "speaker"?, "date"?, "source"?}
      (a target may be a whole article). Words are weighted by IDF over the targets.
      For each query, in order, prints:
        {"id", "results": [{"id", "score", "verdict", "span": [s, e]}]}
      best first; verdict: same | contains | contained | related (contained: the
      query is part of the target); span: the Unicode scalar range of the target's
      text holding the words aligned with the query. Targets whose speaker or date
      cannot be the query's are left out.
      Languages: "lang" as given, else identified (--lang-confidence). When targets
      and queries are in several languages, targets in another language than the
      query are found through translation (--translate-with; every text translated
      once into the most frequent language, one batch per language pair) and
      rescored by the cross-lingual scorer, ranked with same-language hits on the
      same scale; such a result gets "translation" (the target in the query's
      language). A long target (an article) is compared sentence by sentence and
      quotation by quotation across languages: the best one scores it, is its span
      and is what "translation" translates. Queries and quotation-sized targets all
      of one language other than English are also compared through their English
      translations (one batch), as match and cluster do: a translation can raise a
      target that shares words with the query, never bring in one that shares
      none; --translate-with none compares them as written only.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8, a bad JSONL line or a repeated
      target id, 66 missing or unreadable input, 69 a translation backend or
      language pair not installed (the message names the apt package), 70 a
      translation process failed, 74 output not written.
      """)

  @Option(help: "JSON Lines file of targets (quotations or articles).")
  var index: String

  @Option(help: "JSON Lines file of queries ('-' for standard input).")
  var query: String

  @Option(help: "Results per query.")
  var top: Int = 10

  @Option(help: "jsonl | text")
  var format: OutputFormat = .jsonl

  @OptionGroup var matching: MatchOptions

  @OptionGroup var translation: TranslationOptions

  @Option(
    name: .customLong("invalid-utf8"),
    help: "'fail' (exit 65 with file and byte offset) or 'replace' (U+FFFD, count reported).")
  var invalidUTF8: InvalidUTF8Policy = .fail

  func validate() throws {
    if top < 1 { throw ValidationError("--top is 1 or more.") }
    if format == .json { throw ValidationError("search prints jsonl or text.") }
    if index == "-" && query == "-" { throw ValidationError("Only one of --index and --query can be standard input.") }
  }

  func run() throws {
    let matcher = QuoteMatcher(configuration: matching.configuration)
    let progress = ClusterProgress(command: "search")
    var out = OutputWriter.standardOutput()
    do {
      var builder = QuoteCollection.Builder(matcher: matcher, keepingRecords: true)
      var seen = Set<String>()
      let targets = try ClusterInput.readRecords(index, invalidUTF8: invalidUTF8, seen: &seen, progress: progress)
      var queries: [QuoteRecord] = []
      try MatchJSONL.forEach(MatchQuoteInput.self, path: query, invalidUTF8: invalidUTF8, expected: MatchQuoteInput.expected) {
        q, _ in queries.append(q.record)
      }
      var crossLingual = CrossLingualSearcher(matcher: matcher, scorer: translation.scorer)
      crossLingual.minimumConfidence = translation.languageConfidence
      var languages: Set<String> = []
      if translation.translateWith != .none {
        languages = Set(
          translation.reportingUntranslatable(crossLingual.languages(of: targets + queries)) {
            crossLingual.untranslatableLanguages(of: targets + queries)
          })
        if languages.count > 1 {
          try searchAcrossLanguages(queries, in: targets, crossLingual, progress: progress, into: &out)
          return
        }
      }
      for start in stride(from: 0, to: targets.count, by: ClusterInput.batchSize) {
        builder.append(Array(targets[start..<min(targets.count, start + ClusterInput.batchSize)]))
      }
      let searcher = QuoteSearcher(index: builder.build())
      progress.report("searching", 0, queries.count)
      let results: [[QuoteSearcher.Result]]
      // One language other than English, quotations (not articles: most targets of a few
      // sentences at most) as targets: through English too, as match and cluster do.
      if languages.count == 1, let language = languages.first { translation.noteNoEnglishReading(language, command: "search") }
      let quotationSized = targets.filter { $0.text.unicodeScalars.count <= CrossLingualSearcher.segmentThreshold }
      if languages.count == 1, let language = languages.first, translation.scorer.readsThroughEnglish(language),
        quotationSized.count * 10 >= targets.count * 9
      {
        let reader = CrossLingualClusterer(matcher: matcher, scorer: translation.scorer)
        let english = try translation.translating {
          try reader.englishReading(of: targets + queries, language: language)
        }
        let index = QuoteCollection(Array(english[..<targets.count]), matcher: matcher, keepingRecords: true)
        results = searcher.search(
          queries, top: top, translated: QuoteSearcher(index: index),
          translatedQueries: Array(english[targets.count...]))
      } else {
        results = searcher.search(queries, top: top)
      }
      progress.finish()
      let records = searcher.index.records ?? []
      for (q, rs) in zip(queries, results) {
        if format == .text {
          try out.write("== \(q.id): \(ClusterReport.oneLine(q.text))\n")
          for r in rs {
            var context = ""
            if let span = r.span, r.index < records.count {
              context = Self.excerpt(records[r.index].text, span)
            }
            try out.write("   \(MatchRecord.number(r.score))  \(ClusterReport.pad(r.verdict.rawValue, 9))  \(r.id)  \(context)\n")
          }
          try out.write("\n")
          continue
        }
        let items = rs.map { r -> String in
          var s = "{\"id\":\(JSONText.quoted(r.id)),\"score\":\(MatchRecord.number(r.score)),\"verdict\":\"\(r.verdict.rawValue)\""
          if let span = r.span { s += ",\"span\":\(MatchRecord.range(span))" }
          return s + "}"
        }
        try out.write("{\"id\":\(JSONText.quoted(q.id)),\"results\":[\(items.joined(separator: ","))]}\n")
      }
      try out.flush()
    } catch {
      if error is InputError { progress.finish() }
      throw out.exit(for: error)
    }
  }

  /// Several languages: ``CrossLingualSearcher``, same output shapes (plus "translation").
  func searchAcrossLanguages(
    _ queries: [QuoteRecord], in targets: [QuoteRecord], _ searcher: CrossLingualSearcher,
    progress: ClusterProgress, into out: inout OutputWriter
  ) throws {
    progress.report("searching across languages", 0, queries.count)
    let results = try translation.translating { try searcher.search(queries, in: targets, top: top) }
    progress.finish()
    for (q, rs) in zip(queries, results) {
      if format == .text {
        try out.write("== \(q.id): \(ClusterReport.oneLine(q.text))\n")
        for r in rs {
          var context = ""
          if let span = r.span { context = Self.excerpt(targets[r.index].text, span) }
          if r.translation != nil, r.span == nil {
            context = Self.excerpt(targets[r.index].text, 0..<targets[r.index].text.unicodeScalars.count)
          }
          try out.write("   \(MatchRecord.number(r.score))  \(ClusterReport.pad(r.verdict.rawValue, 9))  \(r.id)  [\(r.language)]  \(context)\n")
          if let t = r.translation { try out.write("   " + String(repeating: " ", count: 17) + "→ \(ClusterReport.oneLine(t))\n") }
        }
        try out.write("\n")
        continue
      }
      let items = rs.map { r -> String in
        var s = "{\"id\":\(JSONText.quoted(r.id)),\"score\":\(MatchRecord.number(r.score)),\"verdict\":\"\(r.verdict.rawValue)\""
        if let span = r.span { s += ",\"span\":\(MatchRecord.range(span))" }
        if let t = r.translation { s += ",\"translation\":\(JSONText.quoted(t))" }
        return s + "}"
      }
      try out.write("{\"id\":\(JSONText.quoted(q.id)),\"results\":[\(items.joined(separator: ","))]}\n")
    }
    try out.flush()
  }

  /// The span of `text`, on one line, at most 160 characters.
  static func excerpt(_ text: String, _ span: Range<Int>) -> String {
    let s = Array(text.unicodeScalars)
    guard span.lowerBound >= 0, span.upperBound <= s.count else { return "" }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[span])
    let one = ClusterReport.oneLine(String(v))
    return one.count > 160 ? String(one.prefix(157)) + "…" : one
  }
}
