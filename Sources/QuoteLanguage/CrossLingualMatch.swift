/// How two quotations in (possibly) different languages relate: the same five verdicts, with
/// the same raw values and the same thresholds, as same-language matching (QuoteMatching's
/// `MatchVerdict`), so that `CrossLingualVerdict(rawValue: v.rawValue)` converts either way.
///
/// ```swift
/// let m = try CrossLingualScorer().match("México es un país libre, independiente y soberano.",
///   language: "es", "Mexico is a free, independent and sovereign country.", language: "en")
/// m.verdict  // .same
/// ```
public enum CrossLingualVerdict: String, Sendable, Hashable, Codable, CaseIterable {
  /// Renderings of one statement, each covering the other.
  case same
  /// The first renders the statement and more: the second is a partial quote of it.
  case contains
  /// The first is a partial quote of the second.
  case contained
  /// They share words or names, but not enough to be called one statement.
  case related
  /// Nothing in common worth the name.
  case different
}

/// The evidence a cross-lingual comparison found, before calibration; each share is 0…1.
///
/// ```swift
/// let e = m.evidence
/// e.translationCoverageA  // share of A found in B through the two machine translations
/// e.lexicalCoverageA      // share of A's words with a dictionary translation among B's lemmas
/// ```
public struct CrossLingualEvidence: Sendable, Hashable, Codable {
  /// The weighted share of the first quotation found in the second through machine
  /// translation, averaged over the two directions (A's translation against B, A against B's
  /// translation).
  public var translationCoverageA: Double
  /// The same for the second quotation.
  public var translationCoverageB: Double
  /// The weighted share of the first quotation's words having a dictionary translation among
  /// the second's lemmas.
  public var lexicalCoverageA: Double
  /// The same for the second quotation.
  public var lexicalCoverageB: Double
  /// Numbers in common over numbers in either (0.5 when neither has one).
  public var numbers: Double
  /// Names in common over names in either (0.5 when neither has one).
  public var names: Double
  /// The shorter quotation's word count over the longer's.
  public var lengthRatio: Double

  /// Creates evidence.
  ///
  /// - Complexity: O(1).
  public init(
    translationCoverageA: Double, translationCoverageB: Double, lexicalCoverageA: Double,
    lexicalCoverageB: Double, numbers: Double, names: Double, lengthRatio: Double
  ) {
    self.translationCoverageA = translationCoverageA
    self.translationCoverageB = translationCoverageB
    self.lexicalCoverageA = lexicalCoverageA
    self.lexicalCoverageB = lexicalCoverageB
    self.numbers = numbers
    self.names = names
    self.lengthRatio = lengthRatio
  }

  /// The share of A found in B: translation and lexical evidence averaged.
  public var coverageA: Double { (translationCoverageA + lexicalCoverageA) / 2 }
  /// The share of B found in A.
  public var coverageB: Double { (translationCoverageB + lexicalCoverageB) / 2 }
}

/// The result of comparing two quotations across languages, on the scale of same-language
/// matching: a calibrated 0…1 ``score`` (0.5 and above: one statement, linked by clustering)
/// and a ``verdict``.
///
/// ```swift
/// let m = try CrossLingualScorer().match("Eso no va a ocurrir, dijo la presidenta.", language: "es",
///                                        "It's not going to happen, the president said.", language: "en")
/// m.score         // ≈ 1
/// m.verdict       // .same
/// m.translationA  // "This will not occur, said the president" (A in B's language)
/// m.translationB  // "No va a pasar, el presidente dijo"
/// ```
public struct CrossLingualMatch: Sendable, Hashable, Codable {
  /// How likely the two are renderings of one statement (or one a partial quote of the other),
  /// calibrated to 0…1 like same-language scores.
  public var score: Double
  /// The relation, consistent with ``score``: `same`, `contains`, `contained` only from the
  /// link threshold.
  public var verdict: CrossLingualVerdict
  /// The share of the first quotation found in the second, rescaled so that a complete
  /// translation is near 1 (what the verdict's coverage thresholds read).
  public var coverageA: Double
  /// The same for the second quotation.
  public var coverageB: Double
  /// The evidence behind the score.
  public var evidence: CrossLingualEvidence
  /// The first quotation rendered in the second's language (nil for one language, or when no
  /// backend translates it).
  public var translationA: String?
  /// The second quotation rendered in the first's language.
  public var translationB: String?

  /// Creates a result.
  ///
  /// - Complexity: O(1).
  public init(
    score: Double, verdict: CrossLingualVerdict, coverageA: Double, coverageB: Double,
    evidence: CrossLingualEvidence, translationA: String? = nil, translationB: String? = nil
  ) {
    self.score = score
    self.verdict = verdict
    self.coverageA = coverageA
    self.coverageB = coverageB
    self.evidence = evidence
    self.translationA = translationA
    self.translationB = translationB
  }
}
