import QuoteNorm

/// `cluster --format text`: each cluster of two or more quotations with its renderings side by
/// side (source, speaker, date, score) and, for every member, the words where it differs from
/// the cluster's first quotation marked; then the quotations left alone.
struct ClusterReport {
  let collection: QuoteCollection
  let clustering: QuoteClustering

  func write(into out: inout OutputWriter) throws {
    guard let records = collection.records else { return }
    let multi = clustering.clusters.filter { $0.members.count > 1 }
    try out.write("\(multi.count) statement\(multi.count == 1 ? "" : "s") quoted more than once, \(collection.count) quotation\(collection.count == 1 ? "" : "s")\n")
    try out.write(MatchMarkup.legend + "\n\n")
    let sourceWidth = min(24, max(6, records.map { ($0.source ?? "–").count }.max() ?? 6))
    let speakerWidth = min(20, max(7, records.map { ($0.speaker ?? "–").count }.max() ?? 7))
    for (n, c) in multi.enumerated() {
      let center = records[c.center]
      try out.write("== \(n + 1). \(c.members.count) quotations: \(Self.oneLine(center.text))\n")
      try out.write(
        "   " + Self.pad("source", sourceWidth) + "  " + Self.pad("speaker", speakerWidth) + "  "
          + Self.pad("date", 10) + "  score   verdict    quotation\n")
      for m in c.members {
        let r = records[m]
        var text = Self.oneLine(r.text)
        var verdict = "center"
        if m != c.center, let match = collection.match(c.center, m) {
          text = MatchMarkup.mark(r.text, match.alignment, side: .b)
          verdict = match.verdict.rawValue
        }
        try out.write(
          Self.identity(r, sourceWidth, speakerWidth) + Self.pad(MatchRecord.number(clustering.scores[m]), 6) + "  "
            + Self.pad(verdict, 9) + "  " + text + "\n")
      }
      try out.write("\n")
    }
    let alone = clustering.clusters.filter { $0.members.count == 1 }
    if !alone.isEmpty {
      try out.write("== quoted once (\(alone.count))\n")
      for c in alone {
        let r = records[c.center]
        try out.write(
          Self.identity(r, sourceWidth, speakerWidth) + Self.oneLine(r.text) + "\n")
      }
    }
  }

  /// The source, speaker and date columns of a row, indented and padded.
  static func identity(_ r: QuoteRecord, _ sourceWidth: Int, _ speakerWidth: Int) -> String {
    "   " + pad(r.source ?? "–", sourceWidth) + "  " + pad(r.speaker ?? "–", speakerWidth) + "  "
      + pad(r.date ?? "–", 10) + "  "
  }

  static func pad(_ s: String, _ n: Int) -> String {
    s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count)
  }

  static func oneLine(_ s: String) -> String {
    String(s.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
  }
}
