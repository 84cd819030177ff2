import QuoteNorm

/// Reads articles from one input and writes their quotations: a text file is one article
/// (read in windows cut at blank lines past ``windowBytes``), a JSONL file one article a line.
struct ExtractRunner {
  /// Past this many bytes a text article is cut at the next blank line (past twice as many,
  /// at the next line break). Memory follows the window: extraction keeps about 25 bytes per
  /// byte of text and a few hundred bytes per quotation, so 1 MiB windows stay within some
  /// hundred MB even in text that is all quotation marks.
  static let windowBytes = 1 << 20

  /// Bytes of JSONL articles read before they are extracted together.
  static let batchBytes = 1 << 20
  /// JSONL articles read before they are extracted together, whatever their size.
  static let batchArticles = 1024
  /// Windows of a text article extracted at once, however many cores: hostile text (all
  /// quotation marks) takes about 300 bytes of memory per byte of its window, and two windows
  /// in flight take up to 1 GB (growth.sh, `unbalanced`).
  static let windowsInFlight = 2

  let extractor: QuoteExtractor
  let language: String?
  let format: OutputFormat
  let inputFormat: ExtractInputFormat
  let invalidUTF8: InvalidUTF8Policy
  /// Threads to extract on (`nil`: every core).
  var jobs: Int? = nil

  /// A document read and not yet extracted: an article, or a window of a text article.
  private struct Pending {
    var text: String
    var language: String?
    var doc: String
    var date: String?
    var outlet: String?
    /// Scalars of the article before this window.
    var base: Int
  }

  func run(path: String, into out: inout OutputWriter) throws {
    var reader = try LineReader(path: path)
    defer { reader.close() }
    let doc = path == "-" ? "<stdin>" : path
    var replaced = 0
    var lineNumber = 0
    var window = ""
    var windowBytes = 0
    var base = 0
    var table = ExtractTextTable()
    var pending: [Pending] = []
    var pendingBytes = 0
    let threads = jobs ?? NormalizationStream.defaultConcurrency
    // The documents read so far, extracted on the cores and written in order. A text
    // article's windows come in order too: each knows where it starts and how many
    // quotations came before it, which only the previous window's extraction tells.
    var quotesSoFar = 0
    func flush(_ out: inout OutputWriter) throws {
      guard !pending.isEmpty else { return }
      let batch = pending
      pending.removeAll()
      pendingBytes = 0
      let results = extractor.extract(
        concurrently: batch.map(\.text), languages: batch.map(\.language), concurrency: threads)
      var firsts: [Int] = []
      for r in results {
        firsts.append(inputFormat == .text ? quotesSoFar : 0)
        if inputFormat == .text { quotesSoFar += r.quotes.count }
      }
      if format == .text {
        for (p, r) in zip(batch, results) {
          table.add(r, quotes: shifted(r, by: p.base))
          if inputFormat == .jsonl { try table.flush(doc: p.doc, into: &out) }
        }
        return
      }
      // The JSON of each document is made on the cores too.
      let runner = self
      let starts = firsts
      let encoded = Parallel.map(batch.count, threads: threads) { k in
        runner.json(results[k], of: batch[k], firstIndex: starts[k])
      }
      for e in encoded {
        switch e {
        case .json(let text): try out.write(text)
        case .failed(let message): throw OutputError(pipeClosed: false, message: message)
        }
      }
    }
    do {
      while let (bytes, offset) = try reader.next() {
        lineNumber += 1
        let line = try UTF8Decoder.text(
          bytes, at: offset, in: path, policy: invalidUTF8, replaced: &replaced)
        switch inputFormat {
        case .jsonl:
          if line.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\t" }) { continue }
          let article = try ExtractArticle.parse(line, file: path, line: lineNumber)
          pending.append(
            Pending(
              text: article.text, language: article.lang ?? language, doc: article.id,
              date: article.date, outlet: article.outlet, base: 0))
          pendingBytes += bytes.count
          if threads == 1 || pendingBytes >= Self.batchBytes || pending.count >= Self.batchArticles {
            try flush(&out)
          }
        case .text:
          window += line
          windowBytes += bytes.count
          let blank = line == "\n" || line == "\r\n"
          if windowBytes >= Self.windowBytes && blank || windowBytes >= 2 * Self.windowBytes {
            pending.append(
              Pending(
                text: window, language: language, doc: doc, date: nil, outlet: nil, base: base))
            base += window.unicodeScalars.count
            window = ""
            windowBytes = 0
            // One window per thread in flight (at most two): memory follows the windows.
            if pending.count >= min(threads, Self.windowsInFlight) { try flush(&out) }
          }
        }
      }
    } catch {
      // What was read before the bad line is written, as when articles went out one by one.
      try flush(&out)
      throw error
    }
    if inputFormat == .text && (!window.isEmpty || base == 0) {
      pending.append(
        Pending(
          text: window, language: language, doc: doc, date: nil, outlet: nil, base: base))
    }
    try flush(&out)
    if format == .text { try table.flush(doc: doc, into: &out) }
    if replaced > 0 {
      printError("quotenorm: \(doc): replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD")
    }
  }

  /// A document's JSON (lines of `--format jsonl`, or its object for `--format json`), or why
  /// it could not be encoded.
  private enum Encoded: Sendable {
    case json(String)
    case failed(String)
  }

  private func shifted(_ result: ExtractionResult, by base: Int) -> [Quote] {
    base == 0 ? result.quotes : result.quotes.map { $0.shiftingScalars(by: base) }
  }

  private func json(_ result: ExtractionResult, of p: Pending, firstIndex: Int) -> Encoded {
    let quotes = shifted(result, by: p.base)
    var text = ""
    do {
      switch format {
      case .json:
        let record = ExtractArticleRecord(
          doc: p.doc, date: p.date, outlet: p.outlet, result: result, quotes: quotes)
        text = try ExtractRecord.json(record) + "\n"
      default:
        for (i, var q) in quotes.enumerated() {
          // A later window of a text article numbers on from the earlier ones, and so do its
          // references to its own quotations.
          if firstIndex > 0 {
            q.parent = q.parent.map { $0 + firstIndex }
            q.statement += firstIndex
          }
          let record = ExtractRecord(
            doc: p.doc, date: p.date, outlet: p.outlet, index: firstIndex + i, quote: q,
            original: result.original)
          text += record.jsonLine() + "\n"
        }
      }
    } catch {
      return .failed("cannot encode the quotations of \(p.doc): \(error)")
    }
    return .json(text)
  }
}
