import QuoteNorm

/// JSON for match results, written by hand (streamed, one line per result).
enum MatchRecord {
  /// A score with four decimals.
  static func number(_ x: Double) -> String {
    let v = (x * 10_000).rounded() / 10_000
    if v == v.rounded() { return String(Int(v)) }
    return String(v)
  }

  /// `[start,end]` or `null`.
  static func range(_ r: Range<Int>?) -> String {
    guard let r else { return "null" }
    return "[\(r.lowerBound),\(r.upperBound)]"
  }

  /// The alignment as `[{"op", "a": [s, e]?, "b": [s, e]?}, …]`, offsets in Unicode scalars of
  /// each original text.
  static func alignment(_ a: QuoteAlignment) -> String {
    var parts: [String] = []
    for s in a.segments {
      var o = "{\"op\":\"\(s.operation.rawValue)\""
      if let r = s.a { o += ",\"a\":\(range(r))" }
      if let r = s.b { o += ",\"b\":\(range(r))" }
      parts.append(o + "}")
    }
    return "[" + parts.joined(separator: ",") + "]"
  }

  /// `{"id", "score", "verdict", "coverage": [a, b], "alignment": […]}`, and with `explain`
  /// `"evidence": {"bagCoverage": [a, b], "contentWords": n}`.
  static func pair(id: String, _ m: QuoteMatch, explain: Bool = false) -> String {
    var s = "{\"id\":\(JSONText.quoted(id)),\"score\":\(number(m.score)),\"verdict\":\"\(m.verdict.rawValue)\","
      + "\"coverage\":[\(number(m.coverageA)),\(number(m.coverageB))],\"alignment\":\(alignment(m.alignment))"
    if explain {
      let e = m.evidence
      s += ",\"evidence\":{\"bagCoverage\":[\(number(e.bagCoverageA)),\(number(e.bagCoverageB))],\"contentWords\":\(number(e.matchedContentWords))}"
    }
    return s + "}"
  }
}
