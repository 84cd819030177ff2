import QuoteNorm

#if canImport(Glibc)
  import Glibc
#endif

/// Where `cluster` and `search` get their quotations: JSON Lines records, or the quotations
/// extracted from article files.
enum ClusterInput {
  /// Quotation kinds that are someone's words (scare quotes and titles are not).
  static let speech: Set<QuoteKind> = [.direct, .mixed, .partial, .headline]

  /// Streams the records of a JSON Lines file into `builder`, in batches analysed on all cores.
  static func readJSONL(
    _ path: String, invalidUTF8: InvalidUTF8Policy, into builder: inout QuoteCollection.Builder,
    seen: inout Set<String>, progress: ClusterProgress
  ) throws {
    var batch: [QuoteRecord] = []
    batch.reserveCapacity(batchSize)
    try MatchJSONL.forEach(MatchQuoteInput.self, path: path, invalidUTF8: invalidUTF8, expected: MatchQuoteInput.expected) {
      q, line in
      guard seen.insert(q.record.id).inserted else {
        throw InputError(file: path, code: .badData, message: "line \(line): id \(q.record.id) appears twice; ids must be unique")
      }
      batch.append(q.record)
      if batch.count == batchSize {
        builder.append(batch)
        batch.removeAll(keepingCapacity: true)
        progress.report("reading", builder.count, nil)
      }
    }
    builder.append(batch)
    progress.report("reading", builder.count, nil)
  }

  static let batchSize = 16_384

  /// The records of a JSON Lines file (ids unique), in file order.
  static func readRecords(
    _ path: String, invalidUTF8: InvalidUTF8Policy, seen: inout Set<String>, progress: ClusterProgress
  ) throws -> [QuoteRecord] {
    var records: [QuoteRecord] = []
    try MatchJSONL.forEach(MatchQuoteInput.self, path: path, invalidUTF8: invalidUTF8, expected: MatchQuoteInput.expected) {
      q, line in
      guard seen.insert(q.record.id).inserted else {
        throw InputError(file: path, code: .badData, message: "line \(line): id \(q.record.id) appears twice; ids must be unique")
      }
      records.append(q.record)
      if records.count % batchSize == 0 { progress.report("reading", records.count, nil) }
    }
    progress.report("reading", records.count, nil)
    return records
  }

  /// The speech quotations of article files, with speaker, date (``ArticleDating``) and the
  /// file as source; ids are `FILE#N` (N counting the file's quotations from 0). Files are read
  /// in order (a bad one stops the run there) and extracted on every core, a few megabytes or
  /// at most ``articleBatchFiles`` files at a time.
  ///
  /// - Complexity: O(*n*) in the files' total length, divided among the cores.
  static func articleRecords(
    _ paths: [String], extractor: QuoteExtractor, language: String?, invalidUTF8: InvalidUTF8Policy,
    progress: ClusterProgress
  ) throws -> [QuoteRecord] {
    var records: [QuoteRecord] = []
    var group: [(path: String, text: String)] = []
    var bytes = 0
    func flush() {
      let results = extractor.extract(
        concurrently: group.map(\.text), languages: group.map { _ in language })
      for (g, r) in zip(group, results) { records += Self.records(of: r, text: g.text, path: g.path) }
      group.removeAll()
      bytes = 0
      progress.report("reading", records.count, nil)
    }
    for path in paths {
      let text = try readArticle(path, invalidUTF8: invalidUTF8)
      group.append((path, text))
      bytes += text.utf8.count
      if bytes >= articleBatchBytes || group.count >= articleBatchFiles { flush() }
    }
    flush()
    return records
  }

  /// Bytes of article files read before they are extracted together.
  static let articleBatchBytes = 1 << 22
  /// Article files read before they are extracted together, however small.
  static let articleBatchFiles = 256

  /// The speech quotations of one extracted article.
  private static func records(of result: ExtractionResult, text: String, path: String) -> [QuoteRecord] {
    let dating = ArticleDating(text)
    let name = path == "-" ? "<stdin>" : path
    var records: [QuoteRecord] = []
    for (k, q) in result.quotes.enumerated() where speech.contains(q.kind) {
      records.append(
        QuoteRecord(
          // A description (`a spokeswoman`) is no identity: it may be Ana Torres elsewhere.
          id: "\(name)#\(k)", text: q.repaired ?? q.text, language: q.language,
          speaker: q.speaker?.name,
          date: dating.date(ofParagraphAt: q.content.scalars.lowerBound), source: name,
          speakerIsDescription: q.speaker?.isDescription ?? false))
    }
    return records
  }

  /// A whole article, strictly UTF-8 (or with U+FFFD under `--invalid-utf8 replace`).
  static func readArticle(_ path: String, invalidUTF8: InvalidUTF8Policy) throws -> String {
    var reader = try LineReader(path: path)
    defer { reader.close() }
    var text = ""
    var replaced = 0
    while let (bytes, offset) = try reader.next() {
      text += try UTF8Decoder.text(bytes, at: offset, in: path, policy: invalidUTF8, replaced: &replaced)
    }
    if replaced > 0 {
      printError("quotenorm: \(path == "-" ? "<stdin>" : path): replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD")
    }
    return text
  }
}

/// A progress line on standard error, only when it is a terminal.
final class ClusterProgress: Sendable {
  let enabled: Bool
  let command: String

  init(command: String) {
    self.command = command
    enabled = isatty(2) == 1
  }

  func report(_ phase: String, _ done: Int, _ total: Int?) {
    guard enabled else { return }
    let of = total.map { " of \($0)" } ?? ""
    raw("\r\u{1B}[2Kquotenorm \(command): \(phase) \(done)\(of)…")
  }

  func finish() {
    guard enabled else { return }
    raw("\r\u{1B}[2K")
  }

  private func raw(_ s: String) {
    let bytes = Array(s.utf8)
    _ = bytes.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
  }
}
