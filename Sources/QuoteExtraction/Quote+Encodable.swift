extension Quote: Encodable {
  private enum CodingKeys: String, CodingKey {
    case start, end, text, open, openStart, openEnd, close, closeStart, closeEnd, depth, parent,
      statement
    case kind, region, repaired, speaker, speakerText, speakerStart, speakerEnd,
      speakerIsDescription, cue, cueStart, cueEnd, lang, diagnostics
  }

  /// Encodes the flat JSON form the CLI prints, offsets in Unicode scalars of the original
  /// text; absent values are `null`:
  ///
  /// ```json
  /// {"start": 1, "end": 5, "text": "Yes,", "open": "“", "openStart": 0, "openEnd": 1,
  ///  "close": "”", "closeStart": 5, "closeEnd": 6, "depth": 0, "parent": null, "statement": 0,
  ///  "kind": "direct", "region": "body", "speaker": "Ana Díaz", "speakerText": "she",
  ///  "speakerStart": 8, "speakerEnd": 11, "speakerIsDescription": false, "cue": "said", "cueStart": 12, "cueEnd": 16,
  ///  "lang": "en", "diagnostics": []}
  /// ```
  ///
  /// `open`, `close`, `speakerText` and `cue` are text of the original; use
  /// ``encode(to:original:)`` to fill them, as plain `encode(to:)` knows only offsets and
  /// writes the marks and cue as `null`.
  ///
  /// - Complexity: O(*k*) in the length of the quotation.
  public func encode(to encoder: any Encoder) throws {
    try encode(to: encoder, original: nil)
  }

  /// Encodes the flat JSON form, taking the marks' and cue's text from `original` (the text
  /// the quotation was extracted from).
  ///
  /// ```swift
  /// try quote.encode(to: encoder, original: result.original)
  /// ```
  ///
  /// - Complexity: O(*k*) in the length of the quotation.
  public func encode(to encoder: any Encoder, original: String?) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    func text(_ s: TextSpan?) -> String? {
      guard let s, let original else { return nil }
      return String(original.unicodeScalars[s.range])
    }
    try c.encode(content.scalars.lowerBound, forKey: .start)
    try c.encode(content.scalars.upperBound, forKey: .end)
    try c.encode(self.text, forKey: .text)
    try c.encodeIfPresent(repaired, forKey: .repaired)
    try c.encode(text(openingMark), forKey: .open)
    try c.encode(openingMark?.scalars.lowerBound, forKey: .openStart)
    try c.encode(openingMark?.scalars.upperBound, forKey: .openEnd)
    try c.encode(text(closingMark), forKey: .close)
    try c.encode(closingMark?.scalars.lowerBound, forKey: .closeStart)
    try c.encode(closingMark?.scalars.upperBound, forKey: .closeEnd)
    try c.encode(depth, forKey: .depth)
    try c.encode(parent, forKey: .parent)
    try c.encode(statement, forKey: .statement)
    try c.encode(kind, forKey: .kind)
    try c.encode(region, forKey: .region)
    try c.encode(speaker?.name, forKey: .speaker)
    try c.encode(speaker?.text, forKey: .speakerText)
    try c.encode(speaker?.mention.scalars.lowerBound, forKey: .speakerStart)
    try c.encode(speaker?.mention.scalars.upperBound, forKey: .speakerEnd)
    try c.encode(speaker?.isDescription, forKey: .speakerIsDescription)
    try c.encode(text(cue), forKey: .cue)
    try c.encode(cue?.scalars.lowerBound, forKey: .cueStart)
    try c.encode(cue?.scalars.upperBound, forKey: .cueEnd)
    try c.encode(language, forKey: .lang)
    try c.encode(diagnostics, forKey: .diagnostics)
  }

  /// The same quotation with every scalar offset moved by `delta` (for a text that is one
  /// window of a longer input). `String` indices are kept: they still index the window.
  ///
  /// ```swift
  /// q.shiftingScalars(by: 1000).content.scalars  // 1001..<1005 for 1..<5
  /// ```
  ///
  /// - Complexity: O(*d*) in the number of diagnostics.
  public func shiftingScalars(by delta: Int) -> Quote {
    func move(_ s: TextSpan) -> TextSpan {
      TextSpan(
        range: s.range, scalars: (s.scalars.lowerBound + delta)..<(s.scalars.upperBound + delta))
    }
    var q = self
    q.content = move(content)
    q.openingMark = openingMark.map(move)
    q.closingMark = closingMark.map(move)
    q.cue = cue.map(move)
    if var s = speaker {
      s.mention = move(s.mention)
      q.speaker = s
    }
    q.diagnostics = diagnostics.map {
      var d = $0
      d.scalarRange = ($0.scalarRange.lowerBound + delta)..<($0.scalarRange.upperBound + delta)
      return d
    }
    return q
  }
}
