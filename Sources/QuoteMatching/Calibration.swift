#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The calibrated score: a logistic model over the evidence of a comparison, fitted by
/// `Benchmarks/cluster/calibrate.py` on labelled pairs (seed renderings, generated paraphrase
/// and partial-quote variants of corpus quotations with their truth, and hard negatives: the
/// most similar pairs of different statements); see the QuoteMatching documentation,
/// *Calibration*, for the data and the measured fit.
///
/// Features, all scale-free (they do not grow with the collection):
/// - `covMin`, `covMax`: the smaller and larger in-order coverage of the two sides;
/// - `content`: ln(1 + matched content terms, at most ``maximumContent``), how much was
///   matched, not just which share;
/// - `disorder`: the order-free coverage minus the in-order one (words reordered);
/// - `covMaxContent`: `covMax × content` (a partial quote is believed by how much it says).
///
/// ```swift
/// Calibration.score(evidence)  // 0…1
/// ```
///
/// - Complexity: O(1).
enum Calibration {
  /// Intercept and weights, as printed by `calibrate.py`.
  static let intercept = -8.426
  static let weights: (covMin: Double, covMax: Double, content: Double, disorder: Double, covMaxContent: Double) = (
    12.113, 10.082, 2.032, -2.021, -4.580
  )

  static func features(_ e: PairEvidence) -> (covMin: Double, covMax: Double, content: Double, disorder: Double) {
    let a = e.coverageA
    let b = e.coverageB
    let bagMax = max(e.bagCoverageA, e.bagCoverageB)
    return (min(a, b), max(a, b), log(1 + min(e.contentMatched, maximumContent)), max(0, bagMax - max(a, b)))
  }

  /// Matched content terms past which `content` stops growing: the calibration pairs are
  /// quotations of up to a few dozen words, and the fitted `covMaxContent` weight, extrapolated
  /// past them, made two identical quotations of 250 content words score below 0.5.
  static let maximumContent = 40.0

  /// Log prior odds added when both quotations name the same speaker and the same date: among
  /// the quotations of one speaker on one day the statements are few, so two that share a long
  /// run of words are far likelier one statement than two quotations drawn at random (the
  /// calibration pairs). ln 4, an assumption the seeds support (their one two-sided partial
  /// rendering, 0.40 on words alone, is one statement) and no data here can fit.
  static let sameSpeakerAndDayLogOdds = 1.386

  static func score(_ e: PairEvidence, priorLogOdds: Double = 0) -> Double {
    if e.credit == 0 { return 0 }
    let f = features(e)
    let z =
      intercept + weights.covMin * f.covMin + weights.covMax * f.covMax + weights.content * f.content
      + weights.disorder * f.disorder + weights.covMaxContent * f.covMax * f.content + priorLogOdds
    let s = 1 / (1 + exp(-z))
    if e.polarityConflict || e.factConflict { return min(s, polarityCeiling) }
    if e.contentMatched == 0 && max(e.coverageA, e.coverageB) < coveredSide {
      return min(s, polarityCeiling)
    }
    return s
  }

  /// The coverage one of two quotations that share no content word must reach (the default
  /// `coveredThreshold`) to score above ``polarityCeiling``: where neither holds the other, what
  /// they share is function words, and that is no statement. With no content word matched the
  /// model's `covMaxContent` term is zero, and coverage alone drove the score: `That is what
  /// happened.` / `That is what they did.` scored 0.91 on `that is what`, and in a collection of
  /// 1,202 Spanish quotations, where the IDF of `eso`, `es`, `lo`, `que` grows, `Eso es lo que
  /// ocurrió.` / `Eso es lo que hicieron estos jugadores.` scored 0.78. A quotation of function
  /// words held whole in the other keeps its score (`Yes, we can.` in `Yes, we can, and we
  /// will.`: `contained`); clustering asks more of such a pair (`LinkFinder.appendLink`).
  static let coveredSide = 0.75

  /// The highest score of two quotations one of which negates the other
  /// (``PairEvidence/polarityConflict``), or which put different figures or dates, or English
  /// antonyms, in the same place (``PairEvidence/factConflict``): `related` at most, never one
  /// statement, whatever words they share (`We will accept the deal` / `We will not accept the
  /// deal`; `rose 3%` / `rose 4%`; `We won the vote` / `We lost the vote`);
  /// also of two that share only function words, neither holding the other (``coveredSide``).
  static let polarityCeiling = 0.35

  /// The verdict for a comparison with score `score`.
  static func verdict(_ e: PairEvidence, score: Double, configuration: QuoteMatcher.Configuration) -> MatchVerdict {
    MatchVerdict(
      score: score, coverageA: e.coverageA, coverageB: e.coverageB,
      linkThreshold: configuration.linkThreshold, minimumCoverage: configuration.minimumCoverage,
      coveredThreshold: configuration.coveredThreshold, relatedThreshold: configuration.relatedThreshold)
  }
}
