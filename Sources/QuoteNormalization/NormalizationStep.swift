/// One rule of the normalization pipeline, applied to one line of scalars at a time.
protocol NormalizationStep: Sendable {
  /// The line features that can make this step change anything; lines without them skip it.
  var triggers: LineFeatures { get }

  /// The rewritten scalars and edits, or nil when the step changes nothing.
  func apply(to scalars: [Unicode.Scalar]) -> StepResult?
}

extension Unicode.Scalar {
  /// Space separators other than U+0020 (NBSP, narrow NBSP, en/em/thin/hair spaces,
  /// ideographic space, Ogham space, medium mathematical space).
  var isNonASCIISpace: Bool {
    switch value {
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
}
