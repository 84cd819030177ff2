#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import QuoteNorm

/// One line of `--format jsonl`: the document fields, then the quotation's own.
struct ExtractRecord: Encodable {
  var doc: String
  var date: String?
  var outlet: String?
  var index: Int
  var quote: Quote
  var original: String

  private enum CodingKeys: String, CodingKey { case doc, date, outlet, index }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(doc, forKey: .doc)
    try c.encodeIfPresent(date, forKey: .date)
    try c.encodeIfPresent(outlet, forKey: .outlet)
    try c.encode(index, forKey: .index)
    try quote.encode(to: encoder, original: original)
  }

  /// Compact JSON of a record, keys sorted (stable output).
  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

/// One line of `--format json`: an article with all its quotations.
struct ExtractArticleRecord: Encodable {
  var doc: String
  var date: String?
  var outlet: String?
  var result: ExtractionResult
  var quotes: [Quote]

  private enum CodingKeys: String, CodingKey { case doc, date, outlet, lang, quotes, diagnostics }

  private struct QuoteWithText: Encodable {
    var quote: Quote
    var original: String
    func encode(to encoder: any Encoder) throws {
      try quote.encode(to: encoder, original: original)
    }
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(doc, forKey: .doc)
    try c.encodeIfPresent(date, forKey: .date)
    try c.encodeIfPresent(outlet, forKey: .outlet)
    try c.encode(result.language, forKey: .lang)
    try c.encode(
      quotes.map { QuoteWithText(quote: $0, original: result.original) }, forKey: .quotes)
    try c.encode(result.diagnostics, forKey: .diagnostics)
  }
}

/// One article of `--input-format jsonl`.
struct ExtractArticle: Decodable {
  var id: String
  var text: String
  var lang: String?
  var date: String?
  var outlet: String?

  private enum CodingKeys: String, CodingKey { case id, text, lang, date, outlet }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    text = try c.decode(String.self, forKey: .text)
    if let s = try? c.decode(String.self, forKey: .id) {
      id = s
    } else if let n = try? c.decode(Int.self, forKey: .id) {
      id = String(n)
    } else {
      id = ""
    }
    lang = try c.decodeIfPresent(String.self, forKey: .lang)
    date = try c.decodeIfPresent(String.self, forKey: .date)
    outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
  }

  /// Decodes one JSONL line; a line that is not an object with a string "text" is bad input.
  static func parse(_ line: String, file: String, line number: Int) throws -> ExtractArticle {
    do {
      var a = try JSONDecoder().decode(ExtractArticle.self, from: Data(line.utf8))
      if a.id.isEmpty { a.id = "\(file == "-" ? "<stdin>" : file):\(number)" }
      return a
    } catch {
      throw InputError(
        file: file, code: .badData,
        message:
          "line \(number): not a JSON object with a string \"text\" (expected {\"id\", \"text\", \"lang\"?, \"date\"?, \"outlet\"?})"
      )
    }
  }
}
