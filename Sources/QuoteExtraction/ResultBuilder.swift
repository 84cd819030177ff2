import QuoteNormalization

/// Builds the public ``Quote`` values: maps ranges of the repaired text back to the original
/// through the offset map, and turns scalar offsets into `String` indices in one pass.
///
/// ```swift
/// var b = ResultBuilder(original: text, map: nil)
/// b.add(span: s, kind: .direct, region: .body, statement: 0, speaker: nil, speakerName: nil, cue: nil, language: "en")
/// b.finish(language: "en", diagnostics: []).quotes.count  // 1
/// ```
struct ResultBuilder {
  let original: String
  let map: OffsetMap?
  /// The repaired text extraction ran on, when a repair changed anything (``map`` set).
  let working: [Unicode.Scalar]

  private struct Pending {
    var span: QuoteSpan
    var kind: QuoteKind
    var region: QuoteRegion
    var statement: Int
    var speaker: Mention?
    var speakerName: String?
    var speakerIsDescription = false
    var cue: Range<Int>?
    var language: String
  }

  private var pending: [Pending] = []

  init(original: String, map: OffsetMap?, working: [Unicode.Scalar] = []) {
    self.original = original
    self.map = map
    self.working = working
  }

  /// The statement an earlier quotation belongs to.
  func statement(of i: Int) -> Int { i < pending.count ? pending[i].statement : i }

  mutating func add(
    span: QuoteSpan, kind: QuoteKind, region: QuoteRegion, statement: Int, speaker: Mention?,
    speakerName: String?, speakerIsDescription: Bool = false,
    cue: Range<Int>?, language: String
  ) {
    pending.append(
      Pending(
        span: span, kind: kind, region: region, statement: statement, speaker: speaker,
        speakerName: speakerName, speakerIsDescription: speakerIsDescription,
        cue: cue, language: language))
  }

  /// A range of the working text in original scalar offsets.
  private func back(_ r: Range<Int>) -> Range<Int> { map?.inputRange(forOutput: r) ?? r }

  /// The finished result.
  ///
  /// - Complexity: O(*n* + *q* log *e*) for *q* quotations and *e* repair edits.
  func finish(language: String, diagnostics: [RawDiagnostic]) -> ExtractionResult {
    var offsets: [Int] = []
    var mapped:
      [(
        content: Range<Int>, open: Range<Int>?, close: Range<Int>?, speaker: Range<Int>?,
        cue: Range<Int>?
      )] = []
    for p in pending {
      let m = (
        back(p.span.content), p.span.open.map(back), p.span.close.map(back),
        p.speaker.map { back($0.range) },
        p.cue.map(back)
      )
      mapped.append(m)
      for r in [m.0, m.1, m.2, m.3, m.4].compactMap({ $0 }) {
        offsets += [r.lowerBound, r.upperBound]
      }
    }
    let index = ScalarIndex(of: original, offsets: offsets)
    func span(_ r: Range<Int>) -> TextSpan { TextSpan(range: index.range(r), scalars: r) }
    func text(_ r: Range<Int>) -> String { String(original.unicodeScalars[index.range(r)]) }
    func diagnostic(_ d: RawDiagnostic) -> ExtractionDiagnostic {
      ExtractionDiagnostic(code: d.code, message: d.message, scalarRange: back(d.range))
    }
    var quotes: [Quote] = []
    quotes.reserveCapacity(pending.count)
    for (p, m) in zip(pending, mapped) {
      let speaker = p.speaker.flatMap { s -> Speaker? in
        guard let r = m.speaker else { return nil }
        return Speaker(
          name: p.speakerName, mention: span(r), text: text(r),
          isDescription: p.speakerIsDescription)
      }
      let written = text(m.content)
      var repaired: String? = nil
      if map != nil, p.span.content.upperBound <= working.count {
        let r = String(String.UnicodeScalarView(working[p.span.content]))
        if !r.unicodeScalars.elementsEqual(written.unicodeScalars) { repaired = r }
      }
      quotes.append(
        Quote(
          content: span(m.content), text: written, openingMark: m.open.map(span),
          closingMark: m.close.map(span),
          depth: p.span.depth, parent: p.span.parent, statement: p.statement, kind: p.kind,
          region: p.region,
          speaker: speaker, cue: m.cue.map(span), language: p.language,
          diagnostics: p.span.diagnostics.map(diagnostic), repaired: repaired))
    }
    return ExtractionResult(
      original: original, language: language, quotes: quotes,
      diagnostics: diagnostics.map(diagnostic))
  }
}
