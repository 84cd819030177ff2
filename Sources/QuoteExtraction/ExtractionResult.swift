/// What ``QuoteExtractor/extract(from:language:)`` found in one text.
///
/// ```swift
/// let r = QuoteExtractor().extract(from: "„Nein“, sagte Merkel.")
/// r.language                 // "de"
/// r.quotes[0].speaker?.name  // "Merkel"
/// r.text(of: r.quotes[0].openingMark!)  // "„"
/// ```
public struct ExtractionResult: Sendable, Hashable {
  /// The text that was given; every span points into it.
  public var original: String
  /// The language the text was read as (BCP 47): the one given, or the one guessed.
  public var language: String
  /// The quotations, in order of their opening marks.
  public var quotes: [Quote]
  /// Problems that belong to no quotation: stray closing marks, an unknown language.
  public var diagnostics: [ExtractionDiagnostic]

  /// Creates a result.
  ///
  /// - Complexity: O(1).
  public init(
    original: String, language: String, quotes: [Quote], diagnostics: [ExtractionDiagnostic]
  ) {
    self.original = original
    self.language = language
    self.quotes = quotes
    self.diagnostics = diagnostics
  }

  /// The original text of `span`.
  ///
  /// ```swift
  /// r.text(of: r.quotes[0].content)  // same as r.quotes[0].text
  /// ```
  ///
  /// - Complexity: O(*k*) in the length of the span.
  public func text(of span: TextSpan) -> String { String(original.unicodeScalars[span.range]) }

  /// The quotations grouped into statements: each group is the parts of one statement (split
  /// around a cue or continued over paragraphs), in order.
  ///
  /// ```swift
  /// let r = QuoteExtractor().extract(from: #""Yes," she said. "But no.""#, language: "en")
  /// r.statements.map { $0.count }  // [2]
  /// ```
  ///
  /// - Complexity: O(*q*) in the number of quotations.
  public var statements: [[Quote]] {
    var groups: [Int: Int] = [:]
    var out: [[Quote]] = []
    for q in quotes {
      if let g = groups[q.statement] {
        out[g].append(q)
      } else {
        groups[q.statement] = out.count
        out.append([q])
      }
    }
    return out
  }
}
