/// One change made by normalization: the input scalars `input` became the output scalars
/// `output`, by `rule`.
///
/// Offsets count Unicode scalars (what Python's `str` indexes), from the start of the text
/// given to ``Normalizer/normalize(_:)``. Text between edits is copied unchanged, so the edits
/// alone map every offset in both directions (see ``OffsetMap``).
///
/// ```swift
/// let r = Normalizer(profile: .repair).normalize("It&rsquo;s")
/// r.edits  // [Edit(input: 2..<9, output: 2..<3, rule: "html-entity")]
/// ```
public struct Edit: Sendable, Hashable, Codable {
  /// The replaced scalars of the input.
  public var input: Range<Int>
  /// The scalars of the output that replace them.
  public var output: Range<Int>
  /// Why the text changed.
  public var rule: NormalizationRule

  public init(input: Range<Int>, output: Range<Int>, rule: NormalizationRule) {
    self.input = input
    self.output = output
    self.rule = rule
  }

  /// The same edit moved by the given offsets.
  func shifted(input di: Int, output dout: Int) -> Edit {
    Edit(input: (input.lowerBound + di)..<(input.upperBound + di),
         output: (output.lowerBound + dout)..<(output.upperBound + dout), rule: rule)
  }

  private enum CodingKeys: String, CodingKey { case input, output, rule }

  /// Encodes as `{"input": [start, end], "output": [start, end], "rule": …}`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode([input.lowerBound, input.upperBound], forKey: .input)
    try c.encode([output.lowerBound, output.upperBound], forKey: .output)
    try c.encode(rule, forKey: .rule)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let i = try c.decode([Int].self, forKey: .input)
    let o = try c.decode([Int].self, forKey: .output)
    guard i.count == 2, o.count == 2, i[0] <= i[1], o[0] <= o[1] else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath, debugDescription: "ranges must be [start, end]"))
    }
    input = i[0]..<i[1]
    output = o[0]..<o[1]
    rule = try c.decode(NormalizationRule.self, forKey: .rule)
  }
}
