/// How two quotations relate.
///
/// ```swift
/// QuoteMatcher().match("Furthermore, we do not agree",
///                      "We do not agree with any process of interference").verdict  // .contained
/// ```
public enum MatchVerdict: String, Sendable, Hashable, Codable, CaseIterable {
  /// Renderings of one statement, each covering the other.
  case same
  /// The first renders the statement and more: the second is a partial quote of it.
  case contains
  /// The first is a partial quote of the second.
  case contained
  /// They share words, but not enough to be called one statement (or each has much the other
  /// lacks).
  case related
  /// Nothing in common worth the name.
  case different
}

extension MatchVerdict {
  /// The verdict for a comparison scoring `score` with in-order coverages `a` and `b`: linked
  /// (score at least `linkThreshold`, one side covered at least `minimumCoverage`) it is `same`,
  /// `contains` or `contained` by which sides reach `coveredThreshold`, else `related`; unlinked,
  /// `related` from `relatedThreshold` or half a side covered, else `different`. The one rule of
  /// same-language and cross-language matching.
  ///
  /// ```swift
  /// MatchVerdict(score: 0.9, coverageA: 1, coverageB: 0.4, linkThreshold: 0.5,
  ///              minimumCoverage: 0.5, coveredThreshold: 0.75, relatedThreshold: 0.2)  // .contained
  /// ```
  ///
  /// - Complexity: O(1).
  public init(
    score: Double, coverageA a: Double, coverageB b: Double, linkThreshold: Double,
    minimumCoverage: Double, coveredThreshold: Double, relatedThreshold: Double
  ) {
    if score >= linkThreshold && max(a, b) >= minimumCoverage {
      switch (a >= coveredThreshold, b >= coveredThreshold) {
      case (true, true): self = .same
      case (false, true): self = .contains
      case (true, false): self = .contained
      case (false, false): self = .related
      }
    } else if score >= relatedThreshold || max(a, b) >= 0.5 {
      self = .related
    } else {
      self = .different
    }
  }
}

/// The result of comparing two quotations.
///
/// ```swift
/// let r = QuoteMatcher().match("That won't happen,", "It’s not going to happen.")
/// r.verdict     // .same
/// r.score       // ≈ 0.98
/// r.alignment.segments.map(\.operation)  // [.variant, .same]: "That won't" ~ "It’s not going to"
/// ```
public struct QuoteMatch: Sendable, Hashable {
  /// How likely the two are renderings of one statement (or one a partial quote of the
  /// other), calibrated to 0…1 (see the QuoteMatching documentation, *Calibration*).
  public var score: Double
  /// The relation, consistent with ``score``: `same`, `contains` and `contained` only when the
  /// score reaches the link threshold.
  public var verdict: MatchVerdict
  /// The share of the first quotation's weight found, in order, in the second.
  public var coverageA: Double
  /// The share of the second quotation's weight found, in order, in the first.
  public var coverageB: Double
  /// What matched and what differs, with ranges in the original texts.
  public var alignment: QuoteAlignment
  /// The measurements the score was computed from.
  public var evidence: MatchEvidence

  /// Creates a match result.
  ///
  /// - Complexity: O(1).
  public init(
    score: Double, verdict: MatchVerdict, coverageA: Double, coverageB: Double, alignment: QuoteAlignment,
    evidence: MatchEvidence
  ) {
    self.score = score
    self.verdict = verdict
    self.coverageA = coverageA
    self.coverageB = coverageB
    self.alignment = alignment
    self.evidence = evidence
  }
}

/// The measurements behind a ``QuoteMatch/score``: what the calibrated model reads.
///
/// ```swift
/// let e = QuoteMatcher().match("That won't happen", "It won't happen, she said").evidence
/// e.coverageA          // 1: all of A's weight is in B, in order
/// e.matchedContentWords // 2: "not", "happen"
/// ```
public struct MatchEvidence: Sendable, Hashable, Codable {
  /// In-order coverage of each side (as ``QuoteMatch/coverageA``, ``QuoteMatch/coverageB``).
  public var coverageA: Double
  public var coverageB: Double
  /// Order-free coverage of each side (words found anywhere in the other).
  public var bagCoverageA: Double
  public var bagCoverageB: Double
  /// Content words matched in order (function words, lead-ins and brackets aside; a
  /// synonym counts 0.8, another form of the word 0.9).
  public var matchedContentWords: Double
  /// Whether the two say opposite things in the same words: one negates what the other says
  /// (``polarityConflict``), or puts another figure, date, antonym or opposed little word
  /// (`for` / `against`) in the same place. The score is then `related` at most, and no
  /// translation raises it (``QuoteMatcher/combine(_:translated:)``).
  public var conflict: Bool
  /// Whether one negates what the other says in the same words (`We will accept the deal` /
  /// `We will not accept the deal`): the conflict that survives machine translation, which
  /// renders a negation faithfully but figures, antonyms and little words loosely.
  public var polarityConflict: Bool

  /// Creates evidence.
  ///
  /// - Complexity: O(1).
  public init(
    coverageA: Double, coverageB: Double, bagCoverageA: Double, bagCoverageB: Double, matchedContentWords: Double,
    conflict: Bool = false, polarityConflict: Bool = false
  ) {
    self.coverageA = coverageA
    self.coverageB = coverageB
    self.bagCoverageA = bagCoverageA
    self.bagCoverageB = bagCoverageB
    self.matchedContentWords = matchedContentWords
    self.conflict = conflict || polarityConflict
    self.polarityConflict = polarityConflict
  }

  private enum CodingKeys: String, CodingKey {
    case coverageA, coverageB, bagCoverageA, bagCoverageB, matchedContentWords, conflict, polarityConflict
  }

  /// Decodes evidence; `conflict` and `polarityConflict` are optional (false when absent).
  ///
  /// - Complexity: O(1).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      coverageA: c.decode(Double.self, forKey: .coverageA), coverageB: c.decode(Double.self, forKey: .coverageB),
      bagCoverageA: c.decode(Double.self, forKey: .bagCoverageA),
      bagCoverageB: c.decode(Double.self, forKey: .bagCoverageB),
      matchedContentWords: c.decode(Double.self, forKey: .matchedContentWords),
      conflict: c.decodeIfPresent(Bool.self, forKey: .conflict) ?? false,
      polarityConflict: c.decodeIfPresent(Bool.self, forKey: .polarityConflict) ?? false)
  }
}

/// Which words of two quotations correspond, in order, as ranges of their original texts.
///
/// ```swift
/// let r = QuoteMatcher().match("No, Mexico is a free country.", "Mexico is a free, sovereign country.")
/// for s in r.alignment.segments { print(s.operation, s.a ?? 0..<0, s.b ?? 0..<0) }
/// // onlyA 0..<2       ("No")
/// // same 4..<20 0..<16 ("Mexico is a free")
/// // onlyB 18..<27     ("sovereign")
/// // same 21..<28 28..<35
/// ```
public struct QuoteAlignment: Sendable, Hashable {
  /// What a segment is.
  public enum Operation: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same words, written the same way (case, accents and punctuation aside).
    case same
    /// Corresponding words written differently: a contraction, a paraphrase (`won't` /
    /// `is not going to`), another form of the word, a synonym.
    case variant
    /// Words only the first quotation has.
    case onlyA
    /// Words only the second quotation has.
    case onlyB
    /// Editorial text in brackets (`(Marco Rubio)`), which is not weighed.
    case editorial
  }

  /// A run of words with one operation.
  public struct Segment: Sendable, Hashable {
    public var operation: Operation
    /// Unicode scalar offsets in the first quotation's original text.
    public var a: Range<Int>?
    /// Unicode scalar offsets in the second quotation's original text.
    public var b: Range<Int>?

    /// Creates a segment.
    ///
    /// - Complexity: O(1).
    public init(operation: Operation, a: Range<Int>?, b: Range<Int>?) {
      self.operation = operation
      self.a = a
      self.b = b
    }
  }

  /// The segments, in the order of both texts.
  public var segments: [Segment]

  /// Creates an alignment.
  ///
  /// - Complexity: O(1).
  public init(segments: [Segment]) { self.segments = segments }

  /// Segments that differ (`variant`, `onlyA`, `onlyB`).
  ///
  /// - Complexity: O(*n*).
  public var differences: [Segment] {
    segments.filter { $0.operation == .variant || $0.operation == .onlyA || $0.operation == .onlyB }
  }
}
