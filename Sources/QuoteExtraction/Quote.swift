/// A range of the original text, as `String` indices and as Unicode scalar offsets (what
/// Python's `str` indexes), so that both Swift and JSON consumers can slice it.
///
/// ```swift
/// let r = QuoteExtractor().extract(from: #"“Yes,” she said."#, language: "en")
/// let q = r.quotes[0]
/// r.original[q.content.range]  // "Yes,"
/// q.content.scalars            // 1..<5
/// ```
public struct TextSpan: Sendable, Hashable {
  /// The range in the original `String`.
  public var range: Range<String.Index>
  /// The same range in Unicode scalar offsets from the start of the original text.
  public var scalars: Range<Int>

  /// Creates a span.
  ///
  /// - Complexity: O(1).
  public init(range: Range<String.Index>, scalars: Range<Int>) {
    self.range = range
    self.scalars = scalars
  }
}

/// Who a quotation is attributed to.
///
/// ```swift
/// let r = QuoteExtractor().extract(
///   from: "President Ana Díaz spoke. “No,” she said.", language: "en")
/// r.quotes[0].speaker?.name  // "Ana Díaz"
/// r.quotes[0].speaker?.text  // "she"
/// ```
public struct Speaker: Sendable, Hashable {
  /// The normalized name: titles, determiners and possessives removed, a surname or pronoun
  /// resolved to the fullest name the document gives that person (`"Claudia Sheinbaum"`); an
  /// unnamed speaker by its description (`"senior official"`). `nil` when a pronoun could not
  /// be resolved.
  public var name: String?
  /// The words that name the speaker for this quotation (`"she"`, `"the left-wing Sheinbaum"`).
  public var mention: TextSpan
  /// The mention as written in the original text.
  public var text: String
  /// Whether ``name`` describes the speaker (`"spokeswoman"`, `"source"`, `"Mexico's foreign
  /// ministry"`) rather than naming them: no identity to tell two speakers apart by (a
  /// spokeswoman in one outlet may be Ana Torres in another).
  public var isDescription: Bool

  /// Creates a speaker.
  ///
  /// - Complexity: O(1).
  public init(name: String?, mention: TextSpan, text: String, isDescription: Bool = false) {
    self.name = name
    self.mention = mention
    self.text = text
    self.isDescription = isDescription
  }
}

/// One quotation found in a text, with its marks, structure, kind and attribution.
///
/// ```swift
/// let r = QuoteExtractor().extract(
///   from: #"“He said, ‘never,’” she recalled."#, language: "en")
/// r.quotes.map(\.text)      // ["He said, ‘never,’", "never,"]
/// r.quotes[1].depth         // 1
/// r.quotes[1].parent        // 0
/// ```
///
/// Every range points into the text given to ``QuoteExtractor/extract(from:language:)``, also
/// where extraction ran on a repaired copy (HTML entities, mojibake): the repaired ranges are
/// mapped back through the normalizer's offset map.
public struct Quote: Sendable, Hashable {
  /// The quoted words without their marks (and without the spaces French puts inside « »).
  public var content: TextSpan
  /// ``content`` as written in the original text.
  public var text: String
  /// The content as extraction read it, when that differs from ``text``: HTML entities
  /// decoded, mojibake repaired, invisibles and markup removed (`It’s` for `It&rsquo;s` or
  /// `ItÃ¢â‚¬â„¢s`); `nil` when the original needed no repair there.
  public var repaired: String?
  /// The opening mark; `nil` for a quotation recovered without one.
  public var openingMark: TextSpan?
  /// The closing mark; `nil` when the paragraph ended first (see ``diagnostics``) or the
  /// statement continues in the next paragraph.
  public var closingMark: TextSpan?
  /// Nesting depth: 0 for a quotation in narration, 1 for one inside a quotation, ….
  public var depth: Int
  /// The index (in ``ExtractionResult/quotes``) of the quotation this one is nested in.
  public var parent: Int?
  /// The index of the first part of the statement this quotation belongs to: itself, or the
  /// earlier part of a quotation split around its cue (`"…," she said. "…"`) or continued
  /// across paragraphs.
  public var statement: Int
  /// What the quotation is doing: speech, fragment, scare quote, title, ….
  public var kind: QuoteKind
  /// Whether it stands in article text, a heading or boilerplate.
  public var region: QuoteRegion
  /// Who said it, when the text says.
  public var speaker: Speaker?
  /// The attribution cue: the speech verb or phrase (`"told reporters"`, `"según"`), or the
  /// colon or dash that introduces the quotation.
  public var cue: TextSpan?
  /// The language the quotation was read as (BCP 47).
  public var language: String
  /// Problems met with this quotation's marks or attribution.
  public var diagnostics: [ExtractionDiagnostic]

  /// Creates a quotation.
  ///
  /// - Complexity: O(1).
  public init(
    content: TextSpan, text: String, openingMark: TextSpan?, closingMark: TextSpan?, depth: Int,
    parent: Int?, statement: Int, kind: QuoteKind, region: QuoteRegion, speaker: Speaker?,
    cue: TextSpan?, language: String, diagnostics: [ExtractionDiagnostic], repaired: String? = nil
  ) {
    self.content = content
    self.text = text
    self.repaired = repaired
    self.openingMark = openingMark
    self.closingMark = closingMark
    self.depth = depth
    self.parent = parent
    self.statement = statement
    self.kind = kind
    self.region = region
    self.speaker = speaker
    self.cue = cue
    self.language = language
    self.diagnostics = diagnostics
  }
}
