import QuoteNorm

/// Text with the differences of an alignment marked, for `--format text`:
/// `[~…]` words written differently (`won't` / `is not going to`), `[+…]` words only this
/// quotation has, `{…}` editorial insertions.
enum MatchMarkup {
  static let legend = "[~…] worded differently   [+…] only in this quotation   {…} editorial insertion"

  enum Side { case a, b }

  /// `text` with the segments of `side` marked.
  static func mark(_ text: String, _ alignment: QuoteAlignment, side: Side) -> String {
    var spans: [(Range<Int>, String, String)] = []
    for s in alignment.segments {
      guard let r = side == .a ? s.a : s.b, !r.isEmpty else { continue }
      switch s.operation {
      case .same: continue
      case .variant: spans.append((r, "[~", "]"))
      case .onlyA, .onlyB: spans.append((r, "[+", "]"))
      case .editorial: spans.append((r, "{", "}"))
      }
    }
    spans.sort { $0.0.lowerBound < $1.0.lowerBound }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var at = 0
    for (r, open, close) in spans where r.lowerBound >= at && r.upperBound <= scalars.count {
      out.append(contentsOf: scalars[at..<r.lowerBound])
      out.append(contentsOf: open.unicodeScalars)
      out.append(contentsOf: scalars[r])
      out.append(contentsOf: close.unicodeScalars)
      at = r.upperBound
    }
    if at < scalars.count { out.append(contentsOf: scalars[at...]) }
    return String(String(out).map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
  }
}
