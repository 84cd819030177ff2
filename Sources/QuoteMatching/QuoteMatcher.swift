/// Compares quotations: the same statement rendered by different outlets (`That won't happen` /
/// `It’s not going to happen.`), partial quotes, quotes with editorial insertions, elisions and
/// lead-ins.
///
/// Quotations are compared as sequences of terms: words of the match key of
/// `Normalizer(profile: .match)` with English paraphrases folded (`won't` / `will not` /
/// `is not going to`; a subject `that`/`this` is `it`), inflections (WordNet base forms) and
/// synonyms (WordNet dominant senses) as classes, each weighted by its inverse document
/// frequency in the collection (``TermStatistics``). A weighted alignment gives each side's
/// coverage; a calibrated model turns the evidence into a ``QuoteMatch/score`` and a
/// ``MatchVerdict``.
///
/// ```swift
/// let m = QuoteMatcher()
/// m.match("That won't happen,", "It’s not going to happen.").verdict            // .same
/// m.match("Mexico is a free, independent and sovereign country.",
///         "No, Mexico is a free, independent and sovereign country.").verdict   // .same
/// m.match("That won't happen", "We do not agree").verdict                      // .different
/// ```
///
/// A matcher is a `Sendable` value: share one across tasks.
public struct QuoteMatcher: Sendable {
  /// Independent switches of the comparison.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// English paraphrases: contractions, `going to` / `will`, a subject `that`/`this` as `it`.
    public static let paraphrases = Options(rawValue: 1 << 0)
    /// English inflections match as forms of one word (`agreed` / `agree`).
    public static let inflections = Options(rawValue: 1 << 1)
    /// English synonyms (WordNet dominant senses) match at a lower credit.
    public static let synonyms = Options(rawValue: 1 << 2)

    /// Everything.
    public static let `default`: Options = [.paraphrases, .inflections, .synonyms]
  }

  /// Thresholds and switches.
  ///
  /// ```swift
  /// var c = QuoteMatcher.Configuration()
  /// c.options.remove(.synonyms)
  /// c.linkThreshold = 0.6
  /// let m = QuoteMatcher(configuration: c)
  /// ```
  public struct Configuration: Sendable, Hashable {
    /// The switches; all on by default.
    public var options: Options = .default
    /// A side whose coverage reaches this is covered by the other (`same` when both are,
    /// `contains`/`contained` when one is).
    public var coveredThreshold = 0.75
    /// The score from which two quotations are one statement (linked by clustering).
    public var linkThreshold = 0.5
    /// The score from which two quotations are `related`.
    public var relatedThreshold = 0.2
    /// Quotations are linked only when one has at least this share of its weight in the other
    /// (the bound candidate generation relies on).
    public var minimumCoverage = 0.5
    /// Dates (ISO `YYYY-MM-DD`) at most this many days apart may be one utterance.
    public var dateToleranceDays = 0

    /// The default configuration.
    ///
    /// - Complexity: O(1).
    public init() {}
  }

  /// The configuration in use.
  public let configuration: Configuration
  let analyzer: QuoteAnalyzer

  /// A matcher with `configuration`.
  ///
  /// - Complexity: O(1); the word tables load on first use (milliseconds).
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
    self.analyzer = QuoteAnalyzer(options: configuration.options)
  }

  /// Reads `text` for matching.
  ///
  /// - Parameters:
  ///   - text: A quotation (its content, without the marks; marks are ignored if present).
  ///   - language: BCP 47, when known; otherwise guessed from function words.
  /// - Complexity: O(*n*) in the length of the text.
  public func analyze(_ text: String, language: String? = nil) -> AnalyzedQuote {
    analyzer.analyze(text, language: language)
  }

  /// Compares two quotations, weighting words by the two texts alone (and the prior).
  ///
  /// - Complexity: O(*m* × *n*) in their numbers of words.
  public func match(_ a: String, _ b: String, languageA: String? = nil, languageB: String? = nil) -> QuoteMatch {
    let qa = analyze(a, language: languageA)
    let qb = analyze(b, language: languageB)
    return match(qa, qb, statistics: TermStatistics([qa, qb]))
  }

  /// Compares two analysed quotations with weights from `statistics` (the collection they
  /// belong to).
  ///
  /// - Complexity: O(*m* × *n*) in their numbers of words.
  public func match(_ a: AnalyzedQuote, _ b: AnalyzedQuote, statistics: TermStatistics) -> QuoteMatch {
    match(a, b, weight: statistics.weight(of:))
  }

  /// Compares two analysed quotations with term weights from `weight`.
  func match(_ a: AnalyzedQuote, _ b: AnalyzedQuote, weight: (Term) -> Float) -> QuoteMatch {
    let e = evidence(a, b, weight: weight)
    let score = Calibration.score(e)
    let verdict = Calibration.verdict(e, score: score, configuration: configuration)
    let alignment = AlignmentBuilder(a: a, b: b).build(pairs: e.pairs)
    let evidence = MatchEvidence(
      coverageA: e.coverageA, coverageB: e.coverageB, bagCoverageA: e.bagCoverageA, bagCoverageB: e.bagCoverageB,
      matchedContentWords: e.contentMatched, conflict: e.factConflict, polarityConflict: e.polarityConflict)
    return QuoteMatch(
      score: score, verdict: verdict, coverageA: e.coverageA, coverageB: e.coverageB, alignment: alignment,
      evidence: evidence)
  }

  /// The raw evidence of a comparison (for calibration and tests).
  ///
  /// The alignment runs in one order for both orders of a pair (the text that sorts first on
  /// the left), so that `match(a, b)` and `match(b, a)` give the same score, mirrored coverages
  /// and the same verdict up to its direction.
  func evidence(_ a: AnalyzedQuote, _ b: AnalyzedQuote, weight: (Term) -> Float) -> PairEvidence {
    if b.text.unicodeScalars.lexicographicallyPrecedes(a.text.unicodeScalars) {
      return evidence(b, a, weight: weight).mirrored
    }
    var scorer = PairScorer()
    let pa = PackedTerms(a.terms, weight: weight)
    let pb = PackedTerms(b.terms, weight: weight)
    return pa.withSlice { sa in pb.withSlice { sb in scorer.evidence(sa, sb, wantPairs: true) } }
  }
}

/// One quotation's terms in the buffers ``PairScorer`` reads, for comparisons outside a
/// ``QuoteCollection`` (classes and forms as 32-bit fingerprints of their hashes).
struct PackedTerms {
  var lexeme: [UInt32] = []
  var surface: [UInt32] = []
  var lemma: [UInt32] = []
  var flags: [TermFlags] = []
  var weight: [Float] = []
  var name: [UInt32] = []

  init(_ terms: [Term], weight: (Term) -> Float) {
    for t in terms {
      name.append(Self.fingerprint(t.name))
      lexeme.append(Self.fingerprint(t.lexeme))
      surface.append(Self.fingerprint(t.surface))
      lemma.append(Self.fingerprint(t.lemma))
      flags.append(t.flags)
      self.weight.append(weight(t))
    }
  }

  static func fingerprint(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h ^ (h >> 32)) }

  func withSlice<R>(_ body: (TermSlice) -> R) -> R {
    lexeme.withUnsafeBufferPointer { l in
      surface.withUnsafeBufferPointer { s in
        lemma.withUnsafeBufferPointer { m in
          flags.withUnsafeBufferPointer { f in
            weight.withUnsafeBufferPointer { w in
              name.withUnsafeBufferPointer { n in
                body(TermSlice(lexeme: l, surface: s, lemma: m, flags: f, weight: w, name: n))
              }
            }
          }
        }
      }
    }
  }
}
