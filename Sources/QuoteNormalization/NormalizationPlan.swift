/// The steps of a normalizer, worked out once.
final class NormalizationPlan: Sendable {
  /// Every step, in order.
  let steps: [any NormalizationStep]
  /// The steps in phases, each run to a fixpoint before the next: repair and display first,
  /// then the match phase (folding destroys the evidence repair needs, so it comes last).
  let phases: [[any NormalizationStep]]
  /// Whether the match phase (the second phase) runs fused, as ``MatchFoldTransducer``.
  let fused: Bool
  /// The fused match phase, when it runs fused.
  let transducer: MatchFoldTransducer?
  /// The second phase (match), step by step (empty without one).
  let matchSteps: [any NormalizationStep]
  /// Features that make at least one step of the first phase run (every feature when there
  /// is a second phase, which always runs).
  let anyTrigger: LineFeatures
  /// Whether a line may be folded before it is scanned
  /// (``MatchFoldTransducer/applyUnscanned(_:into:)``): the fused match phase, after a first
  /// phase that only features it rules out trigger.
  let foldsUnscanned: Bool
  /// The variant rules, run on each line after the phases (nil when none applies).
  let variants: VariantPhase?

  init(
    options: Normalizer.Options, form: Normalizer.UnicodeForm?, language: String?,
    allowsFusedMatch: Bool, variants: Normalizer.Variants = Normalizer.Variants(),
    allowsVariantWindows: Bool = true
  ) {
    self.variants =
      form == nil
      ? VariantPhase(
        options: options, language: language, configuration: variants,
        windowed: allowsVariantWindows) : nil
    let all = Self.steps(options: options, form: form, language: language)
    steps = all
    if let k = all.firstIndex(where: { $0 is PunctuationFolder || $0 is TurkicCaseStep || ($0 as? UnicodeFormStep)?.rule == .nfkcCasefold }), k > 0 {
      phases = [Array(all[..<k]), Array(all[k...])]
    } else {
      phases = [all]
    }
    fused =
      allowsFusedMatch && form == nil && phases.count == 2
      && options.isSuperset(of: [.punctuation, .nfkcCasefold, .diacritics, .whitespace])
      && !options.contains(.transliteration) && !TurkicCaseStep.applies(to: language)
    transducer = fused ? MatchFoldTransducer() : nil
    matchSteps = phases.count > 1 ? phases[1] : []
    anyTrigger =
      phases.count > 1 ? .all : phases[0].reduce(into: LineFeatures()) { $0.formUnion($1.triggers) }
    let firstTriggers = phases[0].reduce(into: LineFeatures()) { $0.formUnion($1.triggers) }
    foldsUnscanned =
      fused && phases.count == 2
      && firstTriggers.isSubset(of: MatchFoldTransducer.firstPhaseFeatures)
  }

  static func steps(options: Normalizer.Options, form: Normalizer.UnicodeForm?, language: String?) -> [any NormalizationStep] {
    if let form { return [UnicodeFormStep(form: form.icu, rule: form.rule)] }
    var s: [any NormalizationStep] = []
    if options.contains(.markup) { s.append(MarkupStripper()) }
    if options.contains(.htmlEntities) { s.append(HTMLEntityDecoder()) }
    if options.contains(.mojibake) { s.append(MojibakeStep(language: language)) }
    if options.contains(.controlCharacters) { s.append(C1ControlRepair()) }
    if options.contains(.lineBreaks) { s.append(LineBreakNormalizer()) }
    if options.contains(.invisibles) { s.append(InvisibleCharacterFilter()) }
    if options.contains(.straySpaces) { s.append(StraySpaceFilter()) }
    if options.contains(.nfc) { s.append(UnicodeFormStep(form: .nfc, rule: .nfc)) }
    if options.contains(.whitespace) { s.append(WhitespaceNormalizer()) }
    if options.contains(.punctuation) { s.append(PunctuationFolder()) }
    if options.contains(.nfkcCasefold) {
      if TurkicCaseStep.applies(to: language) { s.append(TurkicCaseStep()) }
      s.append(UnicodeFormStep(form: .nfkcCasefold, rule: .nfkcCasefold))
    }
    if options.contains(.transliteration) {
      s.append(ScriptTransliterator(casefold: options.contains(.nfkcCasefold)))
    }
    if options.contains(.diacritics) { s.append(DiacriticFolder()) }
    // Case folding drops default-ignorable characters and maps compatibility spaces, so spaces
    // that were inner can become trailing or doubled: clean them once more.
    if options.contains(.whitespace) && !options.isDisjoint(with: [.nfkcCasefold, .transliteration, .diacritics]) {
      s.append(WhitespaceNormalizer(afterFolding: true))
    }
    return s
  }
}
