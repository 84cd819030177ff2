/// Something odd the extractor met and how it coped: an unbalanced mark, a pair of marks
/// from different conventions. Diagnostics are data, never errors: the rest of the text is
/// still extracted.
///
/// ```swift
/// let r = QuoteExtractor().extract(from: "He said “no. Then he left.", language: "en")
/// r.quotes[0].diagnostics[0].code  // .unclosedQuote
/// ```
public struct ExtractionDiagnostic: Sendable, Hashable, Codable {
  /// What kind of problem; an extensible set of codes.
  public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code's name (`"unclosed-quote"`), or the option's bits.
    public let rawValue: String
    /// The value with this raw value.
    ///
    /// - Complexity: O(1).
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The raw value.
    public var description: String { rawValue }

    /// An opening mark that nothing closed before the paragraph ended; the quotation was taken
    /// to run to the end of its paragraph.
    public static let unclosedQuote = Code(rawValue: "unclosed-quote")
    /// A closing mark with no opening mark before it in the paragraph; no quotation made.
    public static let unopenedQuote = Code(rawValue: "unopened-quote")
    /// Opening and closing marks from different conventions (`“…"`, `„…”` in German).
    public static let mismatchedMarks = Code(rawValue: "mismatched-marks")
    /// An opening mark past the nesting limit (``QuoteExtractor/Configuration/maxOpenQuotations``
    /// open at once in a paragraph); the mark was ignored, the quotations around it kept.
    public static let nestingTooDeep = Code(rawValue: "nesting-too-deep")
    /// A quotation closed by the closing mark of the quotation around it.
    public static let closedByOuterMark = Code(rawValue: "closed-by-outer-mark")
    /// A part of a statement that continues in the next paragraph (the multi-paragraph
    /// convention: no closing mark, the next paragraph opens again).
    public static let continuesInNextParagraph = Code(rawValue: "continues-in-next-paragraph")
    /// The language was not given and could not be told from the text.
    public static let unknownLanguage = Code(rawValue: "unknown-language")
    /// A language without a cue lexicon: marks and structure only, no speakers.
    public static let noLexicon = Code(rawValue: "no-lexicon")
    /// A pronoun or description as speaker that no earlier named person fits.
    public static let unresolvedSpeaker = Code(rawValue: "unresolved-speaker")
  }

  /// The kind of problem.
  public var code: Code
  /// What happened and what the extractor did, in a sentence.
  public var message: String
  /// Where, in Unicode scalar offsets into the original text.
  public var scalarRange: Range<Int>

  /// Creates a diagnostic.
  ///
  /// ```swift
  /// ExtractionDiagnostic(code: .unclosedQuote, message: "no closing mark", scalarRange: 3..<4)
  /// ```
  ///
  /// - Complexity: O(1).
  public init(code: Code, message: String, scalarRange: Range<Int>) {
    self.code = code
    self.message = message
    self.scalarRange = scalarRange
  }

  private enum CodingKeys: String, CodingKey { case code, message, start, end }

  /// Encodes as `{"code": …, "message": …, "start": …, "end": …}` (scalar offsets).
  ///
  /// - Complexity: O(1).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(code.rawValue, forKey: .code)
    try c.encode(message, forKey: .message)
    try c.encode(scalarRange.lowerBound, forKey: .start)
    try c.encode(scalarRange.upperBound, forKey: .end)
  }

  /// Decodes the form ``encode(to:)`` writes.
  ///
  /// - Complexity: O(1).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    code = Code(rawValue: try c.decode(String.self, forKey: .code))
    message = try c.decode(String.self, forKey: .message)
    let start = try c.decode(Int.self, forKey: .start)
    let end = try c.decode(Int.self, forKey: .end)
    guard start <= end else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath, debugDescription: "start > end"))
    }
    scalarRange = start..<end
  }
}
