import ArgumentParser
import QuoteNorm

/// `quotenorm search`: find quotations in a collection of quotations or articles.
struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find quotations in a collection of quotations or articles, ranked.",
    discussion: """
      --index TARGETS.jsonl and --query QUERIES.jsonl hold one record per line:
        {"id", "text", "lang"?, "speaker"?, "date"?, "source"?}
      (a target may be a whole article). Words are weighted by IDF over the targets. For each
      query, in order, prints:
        {"id", "results": [{"id", "score", "verdict", "span": [s, e]}]}
      best first; verdict: same | contains | contained | related (contained: the query is part
      of the target); span: the Unicode scalar range of the target's text holding the words
      aligned with the query. Targets whose speaker or date cannot be the query's are left out.
      Exit codes: 0 ok, 64 usage, 65 invalid UTF-8, a bad JSONL line or a repeated target id,
      66 missing or unreadable input, 74 output not written.
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
      try ClusterInput.readJSONL(index, invalidUTF8: invalidUTF8, into: &builder, seen: &seen, progress: progress)
      let searcher = QuoteSearcher(index: builder.build())
      var queries: [QuoteRecord] = []
      try MatchJSONL.forEach(MatchQuoteInput.self, path: query, invalidUTF8: invalidUTF8, expected: MatchQuoteInput.expected) {
        q, _ in queries.append(q.record)
      }
      progress.report("searching", 0, queries.count)
      let results = searcher.search(queries, top: top)
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
    } catch let e as InputError {
      progress.finish()
      try? out.flush()
      printError(e.description)
      throw ExitCode(e.exitCode)
    } catch let e as OutputError {
      if !e.pipeClosed { printError("quotenorm: cannot write output: \(e.message); the output is incomplete") }
      throw ExitCode(74)
    }
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
