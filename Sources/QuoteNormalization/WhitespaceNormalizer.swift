/// Makes every space separator an ASCII space, collapses runs of spaces and tabs into one
/// space, and removes spaces at the end of a line. Line breaks are kept.
///
/// - Complexity: O(*n*).
struct WhitespaceNormalizer: NormalizationStep {
  /// After case folding, non-ASCII text can also turn into spaces.
  var afterFolding = false
  var triggers: LineFeatures { afterFolding ? [.spaceRun, .nonASCIISpace, .nonASCII] : [.spaceRun, .nonASCIISpace] }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    var i = 0
    while i < s.count {
      let c = s[i]
      guard c == " " || c == "\t" || c.isNonASCIISpace else { i += 1; continue }
      let start = i
      while i < s.count, s[i] == " " || s[i] == "\t" || s[i].isNonASCIISpace { i += 1 }
      let atLineEnd = i == s.count || s[i] == "\n"
      if atLineEnd {
        rw.delete(start..<i, rule: .whitespace)
      } else if i - start > 1 || c != " " {
        rw.replace(start..<i, with: CollectionOfOne(" "), rule: .whitespace)
      }
    }
    return rw.finish()
  }
}
