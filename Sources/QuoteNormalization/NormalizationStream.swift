/// Normalizes a text that arrives piece by piece, keeping offsets relative to the whole text:
/// memory stays bounded by the longest line, whatever the size of the input.
///
/// ```swift
/// var stream = NormalizationStream(normalizer: Normalizer(profile: .display))
/// let a = stream.feed("Ã©tÃ©\n")    // text "été\n", edits at 0..<2 and 3..<5
/// let b = stream.feed("caf&eacute;")  // edits at input 10..<18, output 7..<8
/// ```
public struct NormalizationStream: Sendable {
  public let normalizer: Normalizer
  /// What the normalizer runs, worked out once for it (a stream only refers to it).
  private let plan: NormalizationPlan
  /// The first phase (repair and display); with a fused match phase, the steps before it.
  private var steps: [any NormalizationStep] { plan.phases[0] }
  /// The second phase (match), step by step: run after the first, or as the fused path's
  /// fallback.
  private var matchSteps: [any NormalizationStep] { plan.matchSteps }
  /// The variant rules, run on each line after the phases.
  var variants: VariantPhase? { plan.variants }
  /// Scalars consumed from the input so far.
  public internal(set) var inputOffset = 0
  /// Scalars produced so far.
  public internal(set) var outputOffset = 0
  /// Whether the text's edits are gathered (``feed(utf8:into:)`` leaves them out).
  var collectsEdits = true

  /// Lines longer than this many bytes are processed in pieces (see ``LineChunker``).
  static let maxLineBytes = 1 << 18

  public init(normalizer: Normalizer) {
    self.normalizer = normalizer
    self.plan = normalizer.plan
  }

  /// Normalizes the next piece of text (best whole lines with their `\n`; a piece must not cut
  /// a CRLF, an entity or a mojibake sequence). Edits are in whole-text offsets.
  ///
  /// - Complexity: O(*n*) in the length of `piece`.
  public mutating func feed(_ piece: String) -> (text: String, edits: [Edit]) {
    var copy = piece
    var out: [UInt8] = []
    var edits: [Edit] = []
    copy.withUTF8 { feed(utf8: $0, into: &out, edits: &edits) }
    return (String(decoding: out, as: UTF8.self), edits)
  }

  /// Normalizes the next piece given as valid UTF-8, appending the output's UTF-8 to `out` and
  /// its edits (in whole-text scalar offsets) to `edits`.
  ///
  /// - Complexity: O(*n*) in the length of `utf8`.
  public mutating func feed(
    utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], edits: inout [Edit]
  ) {
    var start = 0
    while start < utf8.count {
      var end = AsciiBlock.lineEnd(in: utf8, from: start)
      if end < utf8.count { end += 1 }
      processLine(UnsafeBufferPointer(rebasing: utf8[start..<end]), into: &out, edits: &edits)
      start = end
    }
  }

  /// Normalizes the next piece given as scalars.
  ///
  /// - Complexity: O(*n*) in the length of `scalars`.
  public mutating func feed(scalars: [Unicode.Scalar]) -> (text: String, edits: [Edit]) {
    var out: [UInt8] = []
    var edits: [Edit] = []
    for piece in LineChunker.pieces(of: scalars) { processScalars(piece, into: &out, edits: &edits) }
    return (String(decoding: out, as: UTF8.self), edits)
  }

  private mutating func processLine(
    _ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], edits: inout [Edit]
  ) {
    if line.count > Self.maxLineBytes {
      for piece in LineChunker.pieces(of: UTF8Scalars.decode(line)) {
        processScalars(piece, into: &out, edits: &edits)
      }
      return
    }
    if let fused = plan.transducer {
      processFused(line, fused, into: &out, edits: &edits)
      return
    }
    let (features, count) = LineFeatures.scan(line)
    if features.isDisjoint(with: plan.anyTrigger) {
      let mark = out.count
      out.append(contentsOf: line)
      var lineEdits: [Edit] = []
      let produced = applyVariants(&out, from: mark, count, &lineEdits, .utf8(line))
      append(lineEdits, to: &edits)
      inputOffset += count
      outputOffset += produced
      return
    }
    processScalars(UTF8Scalars.decode(line), features: features, into: &out, edits: &edits)
  }

  /// The match profile: the steps before the match phase (usually skipped: nothing triggers
  /// them), then the fused match phase, or its step-by-step fallback.
  private mutating func processFused(
    _ line: UnsafeBufferPointer<UInt8>, _ fused: MatchFoldTransducer, into out: inout [UInt8],
    edits: inout [Edit]
  ) {
    let mark = out.count
    // Most lines have nothing for the first phase: fold them before scanning, and the scan is
    // never needed.
    if plan.foldsUnscanned, var attempt = fused.applyUnscanned(line, into: &out) {
      settle(&out, from: mark, &attempt.outputCount, &attempt.edits)
      let produced = applyVariants(
        &out, from: mark, attempt.outputCount, &attempt.edits, .utf8(line))
      append(attempt.edits, to: &edits)
      inputOffset += attempt.inputCount
      outputOffset += produced
      return
    }
    let (features, count) = LineFeatures.scan(line)
    let triggered = steps.contains { !features.isDisjoint(with: $0.triggers) }
    var before: [Edit] = []
    var afterBefore: [UInt8] = []
    if triggered {
      let (res, e) = Self.run(steps, on: UTF8Scalars.decode(line), features: features)
      before = e
      UTF8Scalars.encode(res, into: &afterBefore)
    }
    func finish(_ matchEdits: [Edit], _ outputCount: Int) {
      var lineEdits = OffsetMap.compose(before, matchEdits)
      let produced = applyVariants(&out, from: mark, outputCount, &lineEdits, .utf8(line))
      append(lineEdits, to: &edits)
      inputOffset += count
      outputOffset += produced
    }
    let attempt: (edits: [Edit], outputCount: Int)? =
      triggered
      ? afterBefore.withUnsafeBufferPointer { fused.apply($0, into: &out) }
      : fused.apply(line, into: &out)
    if var attempt {
      settle(&out, from: mark, &attempt.outputCount, &attempt.edits)
      finish(attempt.edits, attempt.outputCount)
      return
    }
    let input = triggered ? afterBefore.withUnsafeBufferPointer { UTF8Scalars.decode($0) } : UTF8Scalars.decode(line)
    var (res, e) = Self.run(matchSteps, on: input)
    settle(&res, &e)
    UTF8Scalars.encode(res, into: &out)
    finish(e, res.count)
  }

  /// Appends a line's edits to the text's, shifted to where the line starts; the first line's
  /// are taken as they are (no copy).
  ///
  /// - Complexity: O(*e*) in the line's edits; O(1) for the first line's.
  private func append(_ lineEdits: [Edit], to edits: inout [Edit]) {
    guard collectsEdits else { return }
    if edits.isEmpty && inputOffset == 0 && outputOffset == 0 {
      edits = lineEdits
      return
    }
    for e in lineEdits { edits.append(e.shifted(input: inputOffset, output: outputOffset)) }
  }

  /// What folding can create that the first phase acts on: `&quOt;` becomes the entity
  /// `&quot;` under case folding, and a folded or transliterated neighbour can make the mojibake
  /// judge read a pair differently.
  private static let createdByFolding: LineFeatures = [.ampersand, .mojibakeCandidate]

  /// Runs a line that went through the match phase through both phases again (at most twice)
  /// while the first phase still changes it, so that the result is idempotent; `edits` (to
  /// `result`) are extended. Returns whether anything changed.
  ///
  /// - Complexity: O(*n*) when folding created nothing for the first phase (one scan).
  /// With `original` (the line as written), the variant rules run again after the match phase
  /// in each round: they too change the context the mojibake judge reads (`$19 billion`
  /// written out as `$19000000000` changes the line's script profile).
  @discardableResult
  func settle(
    _ result: inout [Unicode.Scalar], _ edits: inout [Edit],
    original: (() -> [Unicode.Scalar])? = nil
  ) -> Bool {
    var changed = false
    for _ in 0..<2 {
      // Both features need `&` or a non-ASCII scalar: most match keys have neither.
      guard result.contains(where: { $0.value == 0x26 || $0.value >= 0x80 }) else { break }
      let features = LineFeatures.scan(scalars: result)
      guard !features.isDisjoint(with: Self.createdByFolding) else { break }
      let (repaired, first) = Self.run(steps, on: result, features: features)
      guard !first.isEmpty else { break }
      let (folded, second) = Self.run(matchSteps, on: repaired)
      edits = OffsetMap.compose(edits, OffsetMap.compose(first, second))
      result = folded
      if let original, let variants,
        let r = variants.run(result, context: VariantContext(original: original, edits: edits))
      {
        edits = OffsetMap.compose(edits, r.edits)
        result = r.scalars
      }
      changed = true
    }
    return changed
  }

  /// ``settle(_:_:)`` for a line already written to `out[mark...]` (`count` scalars).
  ///
  /// - Complexity: O(*n*) in the line's bytes when nothing needs settling.
  private func settle(_ out: inout [UInt8], from mark: Int, _ count: inout Int, _ edits: inout [Edit]) {
    let features = out.withUnsafeBufferPointer {
      let line = UnsafeBufferPointer(rebasing: $0[mark...])
      // Most match keys are ASCII without `&`: nothing to scan for.
      return AsciiBlock.hasAmpersandOrNonASCII(line) ? LineFeatures.scan(line).0 : []
    }
    guard !features.isDisjoint(with: Self.createdByFolding) else { return }
    var result = out.withUnsafeBufferPointer { UTF8Scalars.decode(UnsafeBufferPointer(rebasing: $0[mark...])) }
    guard settle(&result, &edits) else { return }
    out.removeSubrange(mark...)
    UTF8Scalars.encode(result, into: &out)
    count = result.count
  }

  private mutating func processScalars(
    _ scalars: [Unicode.Scalar], features: LineFeatures = .all, into out: inout [UInt8],
    edits: inout [Edit]
  ) {
    var (result, lineEdits) = Self.run(steps, on: scalars, features: features)
    if !matchSteps.isEmpty {
      let (folded, more) = Self.run(matchSteps, on: result)
      result = folded
      lineEdits = OffsetMap.compose(lineEdits, more)
      settle(&result, &lineEdits)
    }
    let mark = out.count
    UTF8Scalars.encode(result, into: &out)
    let produced = applyVariants(&out, from: mark, result.count, &lineEdits, .scalars(scalars))
    append(lineEdits, to: &edits)
    inputOffset += scalars.count
    outputOffset += produced
  }

  /// Runs `steps` in order, composing their edits. A step whose triggers are not among the
  /// line's features is skipped until some step has changed the line. A line that changed is
  /// run through the steps again (at most ``maximumPasses`` passes in all) until it no longer
  /// changes: steps see each other's output (a no-break space becomes a space after the
  /// mojibake judge has read it, and that space may be a lost no-break space byte of a
  /// sequence whose repair completes another), and the result must be idempotent.
  static func run(
    _ steps: [any NormalizationStep], on input: [Unicode.Scalar], features: LineFeatures = .all
  ) -> ([Unicode.Scalar], [Edit]) {
    var (current, edits) = pass(steps, on: input, features: features)
    var passes = 1
    while !edits.isEmpty && passes < maximumPasses {
      let (again, more) = pass(steps, on: current, features: LineFeatures.scan(scalars: current))
      if more.isEmpty { break }
      edits = OffsetMap.compose(edits, more)
      current = again
      passes += 1
    }
    return (current, edits)
  }

  /// The most passes of the steps over one line. Real text settles in one or two; a chain of
  /// repairs each enabling the next (fuzzed mojibake of mojibake) needs more.
  static let maximumPasses = 8

  /// One pass of `steps`.
  private static func pass(
    _ steps: [any NormalizationStep], on input: [Unicode.Scalar], features: LineFeatures
  ) -> ([Unicode.Scalar], [Edit]) {
    var current = input
    var edits: [Edit] = []
    var index = 0
    var reruns = 0
    var changed = false
    while index < steps.count {
      let step = steps[index]
      if changed || !features.isDisjoint(with: step.triggers), let r = step.apply(to: current) {
        edits = OffsetMap.compose(edits, r.edits)
        current = r.scalars
        changed = true
        // Removing invisibles or controls can join what they split (`&am\u{200B}p;`),
        // composing `e` + U+0301 into `é` can complete a mojibake sequence, and a new line
        // break changes what the mojibake judge sees as one line: run the steps before them
        // once more.
        if reruns < 4, step is InvisibleCharacterFilter || step is C1ControlRepair
          || step is LineBreakNormalizer || (step as? UnicodeFormStep)?.rule == .nfc
        {
          reruns += 1
          index = 0
          continue
        }
      }
      index += 1
    }
    return (current, edits)
  }
}
