/// Builds the output of one normalization step, copying the input lazily: nothing is allocated
/// until the first change, so a step that changes nothing costs one read of its input.
///
/// Offsets in the edits are relative to the step's input and output.
struct ScalarRewriter {
  let input: [Unicode.Scalar]
  private(set) var output: [Unicode.Scalar] = []
  private(set) var edits: [Edit] = []
  /// Input scalars before this index have been emitted (or replaced).
  private var consumed = 0

  init(_ input: [Unicode.Scalar]) { self.input = input }

  /// Whether any replacement was made.
  var hasChanges: Bool { !edits.isEmpty }

  /// Replaces `range` of the input (which must not start before earlier replacements end).
  mutating func replace(_ range: Range<Int>, with replacement: some Collection<Unicode.Scalar>,
                        rule: NormalizationRule) {
    if edits.isEmpty && output.isEmpty { output.reserveCapacity(input.count + 16) }
    if consumed < range.lowerBound { output.append(contentsOf: input[consumed..<range.lowerBound]) }
    let start = output.count
    output.append(contentsOf: replacement)
    edits.append(Edit(input: range, output: start..<output.count, rule: rule))
    consumed = range.upperBound
  }

  /// Replaces one scalar.
  mutating func replace(_ index: Int, with replacement: Unicode.Scalar, rule: NormalizationRule) {
    replace(index..<(index + 1), with: CollectionOfOne(replacement), rule: rule)
  }

  /// Deletes `range` of the input.
  mutating func delete(_ range: Range<Int>, rule: NormalizationRule) {
    replace(range, with: EmptyCollection(), rule: rule)
  }

  /// The step's result, or nil when nothing changed.
  mutating func finish() -> StepResult? {
    guard !edits.isEmpty else { return nil }
    if consumed < input.count { output.append(contentsOf: input[consumed...]) }
    consumed = input.count
    return StepResult(scalars: output, edits: edits)
  }
}

/// The output of one step and its edits relative to the step's input.
struct StepResult {
  var scalars: [Unicode.Scalar]
  var edits: [Edit]
}
