/// The variant rules of a normalizer, run on each line after the other phases (fused or not):
/// contractions, spelling, numbers, dates, names, aliases, in that order, each step seeing the one
/// before. Their edits compose with the line's other edits (``OffsetMap/compose(_:_:)``).
///
/// A line first goes through a cheap trigger on its output bytes (``VariantTrigger``: the
/// words and digits each step acts on, one hash lookup per word); a line without one stays as
/// the earlier phases left it, so the fused match path keeps its speed on such lines, and a
/// step the trigger leaves out is skipped (the trigger reads the line again after a step has
/// changed it).
///
/// - Complexity: O(*n*) per line.
final class VariantPhase: Sendable {
  let steps: [any VariantStep]
  /// What each step is for the trigger (``every`` for names and aliases).
  private let kinds: [VariantTrigger.Steps]
  private let trigger: VariantTrigger
  /// Aliases, names and a British target look at every word: always run.
  private let always: Bool
  /// Every step, whatever the trigger reads.
  static let every = VariantTrigger.Steps(rawValue: 0xFF)
  /// Whether the steps run on windows of a long line around what the trigger found
  /// (``VariantWindows``) rather than on the whole line; never when they always run.
  let windowed: Bool

  /// nil when no variant rule applies to `options`. Contractions, numbers, names and aliases
  /// work on match keys (they need ``Normalizer/Options/nfkcCasefold``); spelling works on any
  /// text, keeping case.
  init?(
    options: Normalizer.Options, language: String?, configuration: Normalizer.Variants,
    windowed: Bool = true
  ) {
    let folded = options.contains(.nfkcCasefold)
    var steps: [any VariantStep] = []
    var kinds: [VariantTrigger.Steps] = []
    var contractionStep: ContractionStep? = nil
    var numberStep: NumberStep? = nil
    if folded && options.contains(.contractions) {
      let step = ContractionStep(language: language)
      contractionStep = step
      steps.append(step)
      kinds.append(.contractions)
    }
    if options.contains(.spelling) {
      steps.append(SpellingStep(target: configuration.spelling, folded: folded))
      kinds.append(.spelling)
    }
    if folded && options.contains(.numbers) {
      let step = NumberStep(language: language)
      numberStep = step
      steps.append(step)
      kinds.append(.numbers)
      // Dates and times after the numbers, which may write their digits (`five pm` → `5 pm`).
      steps.append(DateStep(language: language))
      kinds.append(.dates)
    }
    let names = folded && options.contains(.names)
    if names {
      steps.append(NameStep())
      kinds.append(Self.every)
    }
    let aliases = folded && !configuration.aliases.isEmpty
    if aliases {
      // Aliases are folded by the same rules, up to the names step.
      var without = configuration
      without.aliases = AliasTable()
      let fold = Normalizer(options: options, language: language, variants: without)
      steps.append(AliasStep(table: configuration.aliases) { fold.normalize($0).text })
      kinds.append(Self.every)
    }
    guard !steps.isEmpty else { return nil }
    self.steps = steps
    self.kinds = kinds
    self.trigger = VariantTrigger(
      contractions: contractionStep, spelling: options.contains(.spelling), numbers: numberStep)
    self.always = names || aliases || (options.contains(.spelling) && configuration.spelling == .british)
    self.windowed = windowed && !always
  }

  /// The steps that may change the line (UTF-8, as the earlier phases left it); empty when
  /// none may.
  ///
  /// - Complexity: O(*n*).
  func triggered(_ b: UnsafeBufferPointer<UInt8>) -> VariantTrigger.Steps {
    always ? Self.every : trigger.steps(in: b)
  }

  /// ``triggered(_:)``, also appending the trigger's hits to `hits`
  /// (``VariantTrigger/steps(in:hits:)``).
  ///
  /// - Complexity: O(*n*).
  func triggered(
    _ b: UnsafeBufferPointer<UInt8>, hits: inout [VariantTrigger.Hit]
  ) -> VariantTrigger.Steps {
    always ? Self.every : trigger.steps(in: b, hits: &hits)
  }

  /// Runs the steps on a line: those in `triggered`, read again from the line after each step
  /// that changes it; nil when nothing changes.
  ///
  /// - Complexity: O(*n*).
  func run(
    _ scalars: [Unicode.Scalar], context: VariantContext, triggered: VariantTrigger.Steps = every
  ) -> StepResult? {
    var current = scalars
    var edits: [Edit] = []
    var triggered = triggered
    var lastChanged = -1
    for (k, step) in steps.enumerated() {
      // A step the trigger left out has nothing to do on the line.
      guard triggered.contains(kinds[k]) else { continue }
      guard let r = step.apply(to: current, context: context) else { continue }
      lastChanged = k
      if !always && !triggered.isSuperset(of: kinds[(k + 1)...].reduce([], { $0.union($1) })) {
        // The step wrote new words: read the line again for the steps after it that the
        // trigger left out (none after the last step, none when all of them run anyway).
        var bytes: [UInt8] = []
        UTF8Scalars.encode(r.scalars, into: &bytes)
        triggered = bytes.withUnsafeBufferPointer { trigger.steps(in: $0) }
      }
      edits = OffsetMap.compose(edits, r.edits)
      context.advance(by: r.edits)
      current = r.scalars
      if step is NameStep {
        // A name key can be a word the steps before it change (`Ëøne` → `eon` → British
        // `aeon`; a key `ten` → `10`), as they would on the next pass, where the key is the
        // text as written: run them again now, seeing it that way, so the result is idempotent.
        runAgain(upTo: k, selected: Self.every, on: &current, edits: &edits, context: context)
      }
    }
    if lastChanged > 0 {
      // A later step can write what an earlier one acts on (`1,5 per cento'n't` → `1.5%'n't`,
      // where `n'` now starts a word): run the earlier steps again on the line as written, as
      // the next pass would, so that the result is idempotent. The trigger leaves out those
      // with nothing to do.
      var bytes: [UInt8] = []
      UTF8Scalars.encode(current, into: &bytes)
      let again = always ? Self.every : bytes.withUnsafeBufferPointer { trigger.steps(in: $0) }
      runAgain(upTo: lastChanged, selected: again, on: &current, edits: &edits, context: context)
    }
    return edits.isEmpty ? nil : StepResult(scalars: current, edits: edits)
  }

  /// Runs the steps before `end` that are in `selected` again on `current`, seeing it as
  /// written (as the next pass would), adding their edits to `edits` and `context`.
  ///
  /// - Complexity: O(*n*) per step.
  private func runAgain(
    upTo end: Int, selected: VariantTrigger.Steps, on current: inout [Unicode.Scalar],
    edits: inout [Edit], context: VariantContext
  ) {
    let asWritten = VariantContext(identity: current)
    for (k, earlier) in steps[..<end].enumerated() where selected.contains(kinds[k]) {
      guard let r = earlier.apply(to: current, context: asWritten) else { continue }
      edits = OffsetMap.compose(edits, r.edits)
      context.advance(by: r.edits)
      asWritten.advance(by: r.edits)
      current = r.scalars
    }
  }
}
