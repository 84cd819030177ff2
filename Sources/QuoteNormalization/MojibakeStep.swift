/// Repairs mojibake (UTF-8 read as Windows-1252, Latin-1 or MacRoman, in up to three layers)
/// by weighing decode hypotheses by how plausible their result is; see ``MojibakeRepairer``.
///
/// - Complexity: O(*n*).
struct MojibakeStep: NormalizationStep {
  var triggers: LineFeatures { .mojibakeCandidate }

  private static let repairer = MojibakeRepairer()

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    let fixes = Self.repairer.fixes(in: s)
    if fixes.isEmpty { return nil }
    var rw = ScalarRewriter(s)
    for fix in fixes { rw.replace(fix.range, with: fix.replacement, rule: .mojibake) }
    return rw.finish()
  }
}
