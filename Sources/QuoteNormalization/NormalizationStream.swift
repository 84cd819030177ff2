/// Normalizes a text that arrives line by line, keeping offsets relative to the whole text:
/// memory stays bounded by the longest line, whatever the size of the input.
///
/// ```swift
/// var stream = NormalizationStream(normalizer: Normalizer(profile: .display))
/// let a = stream.feed("Ã©tÃ©\n")    // text "été\n", edits at 0..<2 and 3..<5
/// let b = stream.feed("caf&eacute;")  // edits at input 10..<18, output 7..<8
/// ```
public struct NormalizationStream: Sendable {
  public let normalizer: Normalizer
  private let steps: [any NormalizationStep]
  /// Scalars consumed from the input so far.
  public private(set) var inputOffset = 0
  /// Scalars produced so far.
  public private(set) var outputOffset = 0

  public init(normalizer: Normalizer) {
    self.normalizer = normalizer
    self.steps = normalizer.steps
  }

  /// Normalizes the next piece of text (best a whole line with its `\n`; a piece must not cut a
  /// CRLF, an entity or a mojibake sequence). Edits are in whole-text offsets.
  ///
  /// - Complexity: O(*n*) in the length of `piece`.
  public mutating func feed(_ piece: String) -> (text: String, edits: [Edit]) {
    var text = ""
    var edits: [Edit] = []
    for chunk in LineChunker.pieces(of: Array(piece.unicodeScalars)) {
      let r = feed(scalars: chunk)
      text += r.text
      edits += r.edits
    }
    return (text, edits)
  }

  /// Normalizes the next piece, given as scalars.
  ///
  /// - Complexity: O(*n*) in the length of `scalars`.
  public mutating func feed(scalars: [Unicode.Scalar]) -> (text: String, edits: [Edit]) {
    let (out, edits) = Self.run(steps, on: scalars)
    let shifted = edits.map { $0.shifted(input: inputOffset, output: outputOffset) }
    inputOffset += scalars.count
    outputOffset += out.count
    var text = ""
    text.unicodeScalars.append(contentsOf: out)
    return (text, shifted)
  }

  /// Runs `steps` in order, composing their edits.
  static func run(_ steps: [any NormalizationStep], on input: [Unicode.Scalar])
    -> ([Unicode.Scalar], [Edit])
  {
    var current = input
    var edits: [Edit] = []
    var index = 0
    var reruns = 0
    while index < steps.count {
      let step = steps[index]
      if let r = step.apply(to: current) {
        edits = OffsetMap.compose(edits, r.edits)
        current = r.scalars
        // Removing invisibles or controls can join what they split (`&am\u{200B}p;`): run the
        // repair steps before them once more so the result stays idempotent.
        if reruns < 2, step is InvisibleCharacterFilter || step is C1ControlRepair {
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
