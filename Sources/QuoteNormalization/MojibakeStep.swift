/// Repairs mojibake (UTF-8 read as Windows-1252, Latin-1 or MacRoman, in up to three layers)
/// by weighing decode hypotheses by how plausible their result is; see ``MojibakeRepairer``.
///
/// - Complexity: O(*n*).
struct MojibakeStep: NormalizationStep {
  var triggers: LineFeatures { .mojibakeCandidate }

  private static let repairer = MojibakeRepairer()

  /// Each line (up to `\n`, `\r`, U+2028, U+2029, VT or FF) is judged on its own, so that the
  /// decision does not change once line breaks are normalized and the text is cut into lines.
  /// NEL (U+0085) does not cut: it is a continuation byte of much Latin-1 mojibake.
  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    var start = 0
    while start < s.count {
      var end = start
      while end < s.count && !Self.isLineBreak(s[end]) { end += 1 }
      if end > start {
        let line = start == 0 && end == s.count ? s : Array(s[start..<end])
        for fix in Self.repairer.fixes(in: line) {
          let r = (fix.range.lowerBound + start)..<(fix.range.upperBound + start)
          rw.replace(r, with: fix.replacement, rule: .mojibake)
        }
      }
      start = end + 1
    }
    return rw.finish()
  }

  static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029: true
    default: false
    }
  }
}
