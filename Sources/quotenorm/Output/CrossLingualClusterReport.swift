import QuoteNorm

/// `cluster --format text` across languages: each cluster of two or more quotations with its
/// renderings (source, speaker, date, language, score, verdict), the words where a rendering
/// of the center's language differs from the center marked, and under each quotation not in
/// the most frequent language its translation into it; then the quotations left alone.
struct CrossLingualClusterReport {
  let records: [QuoteRecord]
  let clustering: CrossLingualClustering

  func write(into out: inout OutputWriter) throws {
    let multi = clustering.clusters.filter { $0.members.count > 1 }
    let languages = Set(clustering.languages).sorted().joined(separator: ", ")
    try out.write(
      "\(multi.count) statement\(multi.count == 1 ? "" : "s") quoted more than once, \(records.count) quotation\(records.count == 1 ? "" : "s") "
        + "in \(languages) (translations into \(clustering.pivot) after →)\n")
    try out.write(MatchMarkup.legend + "\n\n")
    let sourceWidth = min(24, max(6, records.map { ($0.source ?? "–").count }.max() ?? 6))
    let speakerWidth = min(20, max(7, records.map { ($0.speaker ?? "–").count }.max() ?? 7))
    let indent = String(repeating: " ", count: 3 + sourceWidth + 2 + speakerWidth + 2 + 10 + 2 + 4 + 2 + 6 + 2 + 9 + 2)
    for (n, c) in multi.enumerated() {
      try out.write("== \(n + 1). \(c.members.count) quotations: \(ClusterReport.oneLine(records[c.center].text))\n")
      try out.write(
        "   " + ClusterReport.pad("source", sourceWidth) + "  " + ClusterReport.pad("speaker", speakerWidth) + "  "
          + ClusterReport.pad("date", 10) + "  lang  score   verdict    quotation\n")
      for m in c.members {
        let r = records[m]
        var text = ClusterReport.oneLine(r.text)
        var verdict = "center"
        if m != c.center {
          if let link = clustering.crossLingualLinks[m] {
            verdict = link.verdict.rawValue
          } else if let match = clustering.sameLanguageMatch(c.center, m) {
            text = MatchMarkup.mark(r.text, match.alignment, side: .b)
            verdict = match.verdict.rawValue
          } else {
            verdict = "same-lang"
          }
        }
        try out.write(
          ClusterReport.identity(r, sourceWidth, speakerWidth) + ClusterReport.pad(clustering.languages[m], 4) + "  "
            + ClusterReport.pad(MatchRecord.number(clustering.scores[m]), 6) + "  " + ClusterReport.pad(verdict, 9) + "  " + text + "\n")
        if let t = clustering.translations[m] { try out.write(indent + "→ " + ClusterReport.oneLine(t) + "\n") }
      }
      try out.write("\n")
    }
    let alone = clustering.clusters.filter { $0.members.count == 1 }
    if !alone.isEmpty {
      try out.write("== quoted once (\(alone.count))\n")
      for c in alone {
        let r = records[c.center]
        try out.write(
          ClusterReport.identity(r, sourceWidth, speakerWidth) + ClusterReport.pad(clustering.languages[c.center], 4) + "  "
            + ClusterReport.oneLine(r.text) + "\n")
        if let t = clustering.translations[c.center] {
          try out.write("   " + String(repeating: " ", count: sourceWidth + speakerWidth + 20) + "→ " + ClusterReport.oneLine(t) + "\n")
        }
      }
    }
  }
}
