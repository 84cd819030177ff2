import QuoteNorm

/// Reads articles from one input and writes their quotations: a text file is one article
/// (read in windows cut at blank lines past ``windowBytes``), a JSONL file one article a line.
struct ExtractRunner {
  /// Past this many bytes a text article is cut at the next blank line (past twice as many,
  /// at the next line break). Memory follows the window: extraction keeps about 25 bytes per
  /// byte of text and a few hundred bytes per quotation, so 1 MiB windows stay within some
  /// hundred MB even in text that is all quotation marks.
  static let windowBytes = 1 << 20

  let extractor: QuoteExtractor
  let language: String?
  let format: OutputFormat
  let inputFormat: ExtractInputFormat
  let invalidUTF8: InvalidUTF8Policy

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
    while let (bytes, offset) = try reader.next() {
      lineNumber += 1
      let line = try decode(bytes, offset: offset, path: path, replaced: &replaced)
      switch inputFormat {
      case .jsonl:
        if line.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r\n" || $0 == "\t" }) { continue }
        let article = try ExtractArticle.parse(line, file: path, line: lineNumber)
        let result = extractor.extract(from: article.text, language: article.lang ?? language)
        try write(
          result, doc: article.id, date: article.date, outlet: article.outlet, base: 0,
          table: &table, into: &out)
      case .text:
        window += line
        windowBytes += bytes.count
        let blank = line == "\n" || line == "\r\n"
        if windowBytes >= Self.windowBytes && blank || windowBytes >= 2 * Self.windowBytes {
          let result = extractor.extract(from: window, language: language)
          try write(result, doc: doc, date: nil, outlet: nil, base: base, table: &table, into: &out)
          base += window.unicodeScalars.count
          window = ""
          windowBytes = 0
        }
      }
    }
    if inputFormat == .text && (!window.isEmpty || base == 0) {
      let result = extractor.extract(from: window, language: language)
      try write(result, doc: doc, date: nil, outlet: nil, base: base, table: &table, into: &out)
    }
    if format == .text { try table.flush(doc: doc, into: &out) }
    if replaced > 0 {
      printError("quotenorm: \(doc): replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD")
    }
  }

  private func decode(_ bytes: ArraySlice<UInt8>, offset: Int, path: String, replaced: inout Int)
    throws -> String
  {
    switch UTF8Decoder.decode(bytes) {
    case .valid(let s):
      return s
    case .binary(let at):
      throw InputError(
        file: path, code: .badData,
        message: "binary data (NUL byte at byte offset \(offset + at)); QuoteNorm reads UTF-8 text")
    case .invalid(let at):
      guard invalidUTF8 == .replace else {
        throw InputError(
          file: path, code: .badData,
          message:
            "invalid UTF-8 at byte offset \(offset + at); fix the encoding (e.g. iconv -f WINDOWS-1252 -t UTF-8) or pass --invalid-utf8 replace"
        )
      }
      let (s, n) = UTF8Decoder.decodeReplacing(bytes)
      replaced += n
      return s
    }
  }

  private func write(
    _ result: ExtractionResult, doc: String, date: String?, outlet: String?, base: Int,
    table: inout ExtractTextTable,
    into out: inout OutputWriter
  ) throws {
    let quotes = base == 0 ? result.quotes : result.quotes.map { $0.shiftingScalars(by: base) }
    switch format {
    case .jsonl:
      for (i, q) in quotes.enumerated() {
        let record = ExtractRecord(
          doc: doc, date: date, outlet: outlet, index: i, quote: q, original: result.original)
        try out.write(try ExtractRecord.json(record) + "\n")
      }
    case .json:
      let record = ExtractArticleRecord(
        doc: doc, date: date, outlet: outlet, result: result, quotes: quotes)
      try out.write(try ExtractRecord.json(record) + "\n")
    case .text:
      table.add(result, quotes: quotes)
      if inputFormat == .jsonl { try table.flush(doc: doc, into: &out) }
    }
  }
}
