import QuoteICU
import QuoteNormalization

/// Extracts quotations from article text in any language: marks of every convention paired
/// into nested quotations, each given a kind, a speaker and a cue, with ranges into the text
/// you gave.
///
/// ```swift
/// let x = QuoteExtractor()
/// let r = x.extract(from: "“There is collaboration,” she replied. “But no subordination.”", language: "en")
/// for q in r.quotes { print(q.kind, q.text) }
/// // direct There is collaboration,
/// // direct But no subordination.
/// r.quotes[1].statement  // 0: the second part of the statement split around "she replied"
/// ```
///
/// Extraction runs on the text repaired by ``Normalizer`` (profile `repair`: HTML entities,
/// mojibake, invisible characters) and maps every range back through its ``OffsetMap``.
/// Unbalanced or mismatched marks are data: a quotation left open ends with its paragraph and
/// carries a diagnostic; everything else still extracts.
///
/// An extractor is a `Sendable` value: make one and share it across tasks.
public struct QuoteExtractor: Sendable {
  /// The configuration in use.
  public let configuration: Configuration
  private let repairer = Normalizer(profile: .repair)
  /// For text that looks like HTML (``Normalizer/Options/markup``): tags removed, block-level
  /// ones made paragraph breaks, offsets still into the HTML.
  private let markupRepairer = Normalizer(options: Normalizer.Options.repair.union(.markup))

  /// An extractor with `configuration`.
  ///
  /// - Complexity: O(1).
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
  }

  /// The quotations of `text`.
  ///
  /// - Parameters:
  ///   - text: One document (an article); paragraphs are lines, or blank-line blocks in
  ///     hard-wrapped text.
  ///   - language: BCP 47 (`"en"`, `"pt-BR"`; also `"spa"`, `"Spanish"`: read as ICU reads a
  ///     tag); `nil` or `"auto"` guesses it from the text.
  /// - Returns: The quotations in order of their opening marks, and document diagnostics.
  /// - Complexity: O(*n*) in the length of the text (text without any quotation mark costs
  ///   one scan of its UTF-8 bytes).
  public func extract(from text: String, language: String? = nil) -> ExtractionResult {
    let given = language.flatMap { $0 == "auto" ? nil : ICULanguageTag.canonical($0) }
    guard Self.mayContainQuotes(text) else {
      return ExtractionResult(original: text, language: given ?? "und", quotes: [], diagnostics: [])
    }
    // A given language also ranks the mojibake readings the Central European codepages share
    // (`mĂĄs` is `más` in Spanish).
    let html = Normalizer.looksLikeHTML(text)
    let repairing =
      given.map { Normalizer(options: (html ? markupRepairer : repairer).options, language: $0) }
      ?? (html ? markupRepairer : repairer)
    var repaired: NormalizedText? =
      configuration.options.contains(.repair) ? repairing.normalize(text) : nil
    var scalars = Array((repaired?.text ?? text).unicodeScalars)
    // Only apostrophes (don't, O'Brien): nothing to pair.
    guard Self.hasOpeningMark(scalars) else {
      return ExtractionResult(original: text, language: given ?? "und", quotes: [], diagnostics: [])
    }
    var docDiagnostics: [RawDiagnostic] = []
    var lang = given ?? LanguageGuesser.guess(scalars) ?? configuration.fallbackLanguage
    // Text with mojibake whose language was guessed from the repaired text is repaired again
    // in that language, which may read a shared codepage's run otherwise.
    if given == nil, let guessed = lang, let first = repaired,
      first.edits.contains(where: {
        $0.rule == .mojibake || $0.rule.components.contains(.mojibake)
      })
    {
      let again = Normalizer(options: repairing.options, language: guessed).normalize(text)
      if again.text != first.text {
        repaired = again
        scalars = Array(again.text.unicodeScalars)
      }
    }
    let map = repaired.flatMap { $0.edits.isEmpty ? nil : $0.map }
    if lang == nil {
      docDiagnostics.append(
        RawDiagnostic(
          code: .unknownLanguage,
          message: "no language given and none recognized; marks and structure only", range: 0..<0))
    }
    let lexicon = lang.flatMap { configuration.lexicon(for: $0) }
    if let l = lang, lexicon == nil {
      docDiagnostics.append(
        RawDiagnostic(
          code: .noLexicon, message: "no cue lexicon for \(l); speakers are not attributed",
          range: 0..<0))
    }
    lang = lang ?? "und"
    let language = lang ?? "und"
    let convention = QuoteConvention.forLanguage(language)
    let layout = TextLayout(
      scalars, lexicon: configuration.options.contains(.regions) ? lexicon : nil)
    let scanner = MarkScanner(elisions: Set((lexicon?.entries(.elision) ?? []).map(WordKey.of)))
    let (marked, pairDiagnostics) = QuotePairer(
      scanner: scanner, convention: convention,
      maxOpen: max(1, configuration.maxOpenQuotations)
    ).pair(
      scalars, paragraphs: layout.paragraphs)
    docDiagnostics += pairDiagnostics
    let effectiveLexicon = lexicon ?? CueLexicon(language: language)
    let spans = DialogueDashes.merge(
      DialogueDashes(lexicon: effectiveLexicon).spans(scalars, paragraphs: layout.paragraphs),
      into: marked)
    let attributed: Attributor.Output? =
      configuration.options.contains(.attribution) && !spans.isEmpty
      ? Attributor(lexicon: effectiveLexicon).attribute(scalars, layout: layout, spans: spans) : nil
    let classifier = KindClassifier(lexicon: lexicon)
    let regions = configuration.options.contains(.regions) ? layout.regions : []

    var builder = ResultBuilder(original: text, map: map, working: map == nil ? [] : scalars)
    for (i, span) in spans.enumerated() {
      let att = attributed?.attributions[i] ?? Attribution()
      let region = span.paragraph < regions.count ? regions[span.paragraph] : .body
      let kind = classifier.kind(span, att, region: region, text: scalars)
      // The first part of the statement, through parts that themselves continue another.
      var statement = span.statement == i ? i : builder.statement(of: span.statement)
      if let c = att.continues { statement = builder.statement(of: c) }
      let speech = kind != .scare && kind != .title
      builder.add(
        span: span, kind: kind, region: region, statement: statement,
        speaker: speech ? att.mention : nil,
        speakerName: speech ? attributed?.name(att.entity) : nil,
        speakerIsDescription: attributed?.isDescription(att.entity) ?? false,
        cue: speech ? att.cue : nil, language: language)
    }
    return builder.finish(language: language, diagnostics: docDiagnostics)
  }

  /// Whether some mark of `scalars` can open a quotation (apostrophes between letters cannot).
  ///
  /// - Complexity: O(*n*).
  static func hasOpeningMark(_ scalars: [Unicode.Scalar]) -> Bool {
    var i = 0
    var lineStart = true
    while i < scalars.count {
      // A dash opening a line may open a dialogue turn (``DialogueDashes``).
      if lineStart && DialogueDashes.isSpeechDash(scalars[i]) { return true }
      if scalars[i] == "\n" {
        lineStart = true
      } else if !ScalarClass.isSpace(scalars[i]) {
        lineStart = false
      }
      if let m = QuotationMark.info(for: scalars[i]), m.canOpen {
        let prev: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
        let between =
          prev.map(ScalarClass.isLetter) == true && next.map(ScalarClass.isLetter) == true
        if !(m.family == .single && between) { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether the UTF-8 of `text` holds anything that is, or after repair may become, a
  /// quotation mark: a mark (an apostrophe between letters aside), an HTML entity for one
  /// (`&quot;`, `&ldquo;`, `&#8220;` …), or the mojibake of one (`â€œ`, `â\u{80}\u{9C}`,
  /// `Ã¢â‚¬Å“`, `ã€Œ`). Text without any is neither repaired nor read further.
  ///
  /// - Complexity: O(*n*) over bytes.
  /// Whether eight bytes (a word read from the text) hold a byte that may start a quotation
  /// mark or its entity: `"` `'` `` ` `` `&`, or any byte past ASCII (SWAR: no loop over bytes).
  @inline(__always)
  static func mayHoldMark(_ v: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasByte(_ c: UInt64) -> UInt64 {
      let x = v ^ (ones &* c)
      return (x &- ones) & ~x & highs
    }
    return (v & highs) | hasByte(0x22) | hasByte(0x27) | hasByte(0x60) | hasByte(0x26) != 0
  }

  static func mayContainQuotes(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      let n = bytes.count
      @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }
      @inline(__always) func isASCIILetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
      }
      var i = 0
      while i < n {
        // Eight plain ASCII bytes at a time: no `"` `'` `` ` `` `&` and no byte past ASCII.
        if i + 8 <= n, !Self.mayHoldMark(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
          i += 8
          continue
        }
        let b = bytes[i]
        if b < 0x80 {
          switch b {
          case 0x22, 0x60: return true
          case 0x27:
            // An apostrophe between ASCII letters (don't, O'Brien) cannot open a quotation.
            if !(i > 0 && isASCIILetter(bytes[i - 1]) && isASCIILetter(at(i + 1))) { return true }
          case 0x26:
            if isQuoteEntity(bytes, i + 1) { return true }
          default: break
          }
          i += 1
          continue
        }
        let b1 = at(i + 1)
        let b2 = at(i + 2)
        switch b {
        case 0xC2 where b1 == 0xAB || b1 == 0xBB || b1 == 0xB4: return true
        // â or ã then € or a C1 control: the mojibake of ‘ ’ “ ” „ ‹ › (and of 「 」 《 》)
        // under Windows-1252 or Latin-1.
        case 0xC3
        where (b1 == 0xA2 || b1 == 0xA3)
          && ((b2 == 0xE2 && at(i + 3) == 0x82 && at(i + 4) == 0xAC)
            || (b2 == 0xC2 && (0x80...0x9F).contains(at(i + 3)))):
          // donâ€™t: the mojibake of an apostrophe between letters is no quotation mark.
          let cp1252Apostrophe =
            b2 == 0xE2 && at(i + 5) == 0xE2 && at(i + 6) == 0x84 && at(i + 7) == 0xA2
          let latin1Apostrophe =
            b2 == 0xC2 && at(i + 3) == 0x80 && at(i + 4) == 0xC2 && at(i + 5) == 0x99
          let end = cp1252Apostrophe ? i + 8 : latin1Apostrophe ? i + 6 : -1
          if end < 0 || !(i > 0 && isASCIILetter(bytes[i - 1]) && isASCIILetter(at(end))) {
            return true
          }
        // ï¼: the mojibake of fullwidth marks.
        case 0xC3 where b1 == 0xAF && b2 == 0xC2 && at(i + 3) == 0xBC: return true
        // Ã¢: the same, encoded twice.
        case 0xC3 where b1 == 0x83 && b2 == 0xC2 && at(i + 3) == 0xA2: return true
        case 0xE2 where b1 == 0x80 && b2 == 0x99:
          // ’ between ASCII letters is the apostrophe.
          if !(i > 0 && isASCIILetter(bytes[i - 1]) && isASCIILetter(at(i + 3))) { return true }
        case 0xE2 where b1 == 0x80 && ((0x98...0x9F).contains(b2) || b2 == 0xB9 || b2 == 0xBA):
          return true
        // – — ― opening a line: a dialogue turn (``DialogueDashes``).
        case 0xE2 where b1 == 0x80 && (0x93...0x95).contains(b2):
          var k = i - 1
          while k >= 0, bytes[k] == 0x20 || bytes[k] == 0x09 { k -= 1 }
          if k < 0 || bytes[k] == 0x0A || bytes[k] == 0x0D { return true }
        case 0xE2 where (b1 == 0xB9 && b2 == 0x82) || (b1 == 0x8C && (b2 == 0xA9 || b2 == 0xAA)):
          return true
        case 0xE3 where b1 == 0x80 && ((0x88...0x8F).contains(b2) || (0x9D...0x9F).contains(b2)):
          return true
        case 0xEF where (b1 == 0xBC && b2 == 0x82) || (b1 == 0xB9 && (0x81...0x84).contains(b2)):
          return true
        default: break
        }
        i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      }
      return false
    }
  }

  /// An entity name after `&` that is, or may be, a quotation mark: `quot`, `ldquo`, `rsquo`,
  /// `laquo`, `bdquo`, `sbquo`, `lsaquo`, `apos`, `#…` (numeric), and any of them after `amp;`.
  private static func isQuoteEntity(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i < bytes.count else { return false }
    switch bytes[i] {
    case 0x23: return true  // #
    case 0x71, 0x61, 0x6C, 0x72, 0x62, 0x73:  // q a l r b s
      var name: [UInt8] = []
      var k = i
      while k < bytes.count, k - i < 7, (bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A {
        name.append(bytes[k])
        k += 1
      }
      // &amp;quot; and the like: an entity encoded twice.
      if name == Array("amp".utf8) || name == Array("AMP".utf8) {
        return k < bytes.count && bytes[k] == 0x3B && isQuoteEntity(bytes, k + 1)
      }
      return quoteEntityNames.contains(name)
    default: return false
    }
  }

  private static let quoteEntityNames: Set<[UInt8]> = Set(
    [
      "quot", "QUOT", "apos", "ldquo", "rdquo", "lsquo", "rsquo", "laquo", "raquo", "bdquo",
      "sbquo",
      "lsaquo", "rsaquo", "acute", "grave",
    ].map { Array($0.utf8) })

}
