import QuoteNorm

/// `--format text`: per article, a table of speaker, kind and quotation; nested quotations
/// indented, boilerplate and heading regions flagged.
struct ExtractTextTable {
  private var rows: [(speaker: String, kind: String, quote: String)] = []
  private var language = ""
  private var count = 0

  mutating func add(_ result: ExtractionResult, quotes: [Quote]) {
    language = result.language
    for q in quotes {
      var kind = q.kind.rawValue
      if q.region == .boilerplate { kind += "*" }
      let indent = String(repeating: "  ", count: q.depth)
      let speaker = q.speaker.map { $0.name ?? "(\($0.text))" } ?? "–"
      let part = q.statement != count ? " ⤷" : ""
      rows.append((speaker, kind, indent + Self.oneLine(q.repaired ?? q.text) + part))
      count += 1
    }
  }

  mutating func flush(doc: String, into out: inout OutputWriter) throws {
    try out.write("== \(doc) (\(language), \(rows.count) quotation\(rows.count == 1 ? "" : "s"))\n")
    if !rows.isEmpty {
      let width = min(28, max(7, rows.map { $0.speaker.count }.max() ?? 0))
      try out.write(Self.pad("speaker", width) + "  " + Self.pad("kind", 9) + "  quotation\n")
      for r in rows {
        try out.write(
          Self.pad(r.speaker, width) + "  " + Self.pad(r.kind, 9) + "  " + r.quote + "\n")
      }
    }
    try out.write("\n")
    rows.removeAll()
    count = 0
  }

  private static func pad(_ s: String, _ n: Int) -> String {
    s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count)
  }

  private static func oneLine(_ s: String) -> String {
    String(s.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
  }
}
