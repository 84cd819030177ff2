import Foundation
import QuoteNorm
import Testing

/// `extract --format jsonl` writes its lines by hand (not through `JSONEncoder`, which took a
/// quarter of its time); they must stay the bytes `JSONEncoder` writes for the same record.
@Suite("quotenorm extract: JSON Lines written by hand")
struct ExtractJSONLineTests {
  /// What the CLI wrote through `JSONEncoder` before: document fields, then the quotation's.
  struct Reference: Encodable {
    var doc: String
    var outlet: String?
    var index: Int
    var quote: Quote
    var original: String
    enum CodingKeys: String, CodingKey { case doc, date, outlet, index }
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(doc, forKey: .doc)
      try c.encodeIfPresent(outlet, forKey: .outlet)
      try c.encode(index, forKey: .index)
      try quote.encode(to: encoder, original: original)
    }
  }

  @Test func sameBytesAsJSONEncoder() throws {
    let seeds = CLI.packageRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
    var texts = try names.map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
    // Strings JSON must escape, in quotations, speakers, marks and diagnostics.
    texts += [
      "“A \\ backslash, a \"straight\" quote and a / slash,” said O\\Brien.",
      "«Tab\there», a dit Zoë. „Unclosed and \u{8}\u{C}\u{1} controls",
      "“😀 emoji, \u{2028} separators and e\u{301} marks,” she said. ‘Nested “deep ‘deeper’” marks’",
      "He called it a “so-called” plan. \"Yes,\" 'she' said \"no",
      // Repaired quotations carry "repaired": entities, mojibake, markup.
      "&ldquo;Caf&eacute;,&rdquo; she said. \"ItÃ¢â‚¬â„¢s done,\" he said.",
      "<p>&quot;No <em>way</em>,&quot; said Ana Ruiz.</p>",
    ]
    var input = ""
    for (k, t) in texts.enumerated() {
      let object: [String: Any] = k % 2 == 0 ? ["id": "d\\\(k)/\"x\"", "text": t] : ["id": "d\(k)", "text": t, "outlet": "Le Monde \"n°1\""]
      input += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
    }
    let r = try CLI.run(["extract", "--input-format", "jsonl", "--lang", "en", "-"], stdin: Data(input.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var expected = ""
    let extractor = QuoteExtractor()
    for (k, t) in texts.enumerated() {
      let result = extractor.extract(from: t, language: "en")
      for (i, q) in result.quotes.enumerated() {
        let record = Reference(
          doc: k % 2 == 0 ? "d\\\(k)/\"x\"" : "d\(k)", outlet: k % 2 == 0 ? nil : "Le Monde \"n°1\"",
          index: i, quote: q, original: result.original)
        expected += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
      }
    }
    #expect(expected.split(separator: "\n").count > 50)
    #expect(r.text == expected)
  }
}
