/// Writes English words in one spelling: British, Canadian and Australian spellings become
/// American (`organisations` → `organizations`, `Whilst` → `While`), or, with a British target,
/// American spellings that are not British words become British (`color` → `colour`; `license`,
/// a British verb, stays). The case of each word is kept (`COLOUR` → `COLOR`), so the step serves
/// the display side as well as match keys.
///
/// Words come from ``SpellingTable``; a word marked lower-case only (`tyre`, as `Tyre` is a
/// city) is rewritten, on the display side, only where the original text wrote it in lower case.
/// In a case-folded match key it is folded whatever its case (`Tyre` and `tire` share a key):
/// the key no longer shows the capital, so sparing it would make the profile fold it on a second
/// pass, and idempotence comes first.
///
/// - Complexity: O(*n*), one hash lookup per word.
struct SpellingStep: VariantStep {
  let target: Normalizer.Variants.Spelling
  /// Whether the step writes a case-folded match key (then lower-case-only words fold always).
  let folded: Bool
  let table = SpellingTable.shared

  func apply(to s: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    var rw = ScalarRewriter(s)
    VariantWords.forEach(in: s) { range in
      let word = s[range]
      var american: [Unicode.Scalar]? = nil
      // Most words are in no list: one look in the shared word table first.
      let found =
        target == .american && !VariantWordTable.shared.flags(word).contains(.british)
        ? nil : table.entry(british: word)
      if found == nil && target == .american { return }
      let wordCase = VariantWords.Case(word)
      if wordCase == .mixed { return }
      if let e = found {
        if e.lowerCaseOnly && !folded && context.isCapitalized(range) { return }
        american = table.american(e)
      }
      let out: [Unicode.Scalar]
      switch target {
      case .american:
        guard let american else { return }
        out = american
      case .british:
        let us = american.map { $0[...] } ?? word
        // A word without a preferred British spelling stays as written (`licence`, `whilst`).
        guard let e = table.entry(american: us) else { return }
        out = table.british(e)
      }
      let written = wordCase.apply(out)
      if written.elementsEqual(word) { return }
      rw.replace(range, with: written, rule: .spelling)
    }
    return rw.finish()
  }
}
