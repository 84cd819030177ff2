/// Turkish and Azerbaijani case folding of the dotted and dotless i: `I` → `ı`, `İ` → `i`
/// (default folding would give `i` and `i̇`). Runs just before NFKC_Casefold.
///
/// - Complexity: O(*n*).
struct TurkicCaseStep: NormalizationStep {
  var triggers: LineFeatures { [.uppercaseASCII, .nonASCII] }

  static func applies(to language: String?) -> Bool {
    guard let l = language?.lowercased() else { return false }
    return l == "tr" || l == "az" || l.hasPrefix("tr-") || l.hasPrefix("az-") || l.hasPrefix("tr_")
      || l.hasPrefix("az_")
  }

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    var rw = ScalarRewriter(s)
    for (i, c) in s.enumerated() {
      if c == "I" {
        rw.replace(i, with: "\u{131}", rule: .nfkcCasefold)
      } else if c == "\u{130}" {
        rw.replace(i, with: "i", rule: .nfkcCasefold)
      }
    }
    return rw.finish()
  }
}
