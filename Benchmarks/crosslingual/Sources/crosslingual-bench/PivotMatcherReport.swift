import Foundation
import QuoteNorm

/// `--pivot-matcher`: the alternative wiring for `cluster`/`search` — translate one side with
/// Apertium and rank with same-language matching (QuoteMatching's `QuoteSearcher`) on the
/// translation. Reports P@1 and the `QuoteMatcher` scores of the true pairs.
enum PivotMatcherReport {
  static func run(english: [String], spanish: [String], column: String) throws -> String {
    let t = ApertiumTranslator()
    let start = Date()
    let es2en = try t.translate(spanish, from: "es", to: "en")
    let en2es = try t.translate(english, from: "en", to: "es")
    var out = ""
    for (name, targets, queries, lang) in [
      ("es→en", english, es2en, "en"), ("en→es", spanish, en2es, "es"),
    ] {
      let records = targets.enumerated().map {
        QuoteRecord(id: "\($0.offset)", text: $0.element, language: lang)
      }
      let searcher = QuoteSearcher(index: QuoteCollection(records))
      let qs = queries.enumerated().map {
        QuoteRecord(id: "q\($0.offset)", text: $0.element, language: lang)
      }
      let results = searcher.search(qs, top: 1)
      var right = 0
      var linked = 0
      for (i, r) in results.enumerated() {
        if r.first?.id == "\(i)" { right += 1 }
        if let f = r.first, f.id == "\(i)", f.score >= 0.5 { linked += 1 }
      }
      out +=
        "| \(column) | \(name) | \(String(format: "%.3f", Double(right) / Double(targets.count))) | \(String(format: "%.3f", Double(linked) / Double(targets.count))) |\n"
    }
    out += String(format: "(%.1f s with translation)\n", Date().timeIntervalSince(start))
    return out
  }
}
