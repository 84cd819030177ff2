import Foundation
import QuoteMatching

/// The calibrated cross-lingual score, fitted by `Benchmarks/crosslingual/calibrate.py` on what
/// the benchmark writes for the NTREX dev split (`es` reference only; `es_ref2` and `es_mx` are
/// checked, not fitted):
/// 1. ranking weights *w*: maximum likelihood of choosing each true translation among all
///    1,000 candidates, in both directions;
/// 2. score = σ(*a* · *w*·*x* + *b*), fitted on positives (true pairs, and partial quotes: the
///    middle half of the English sentence against the whole Spanish one) against the hardest
///    and random wrong pairs at their frequencies in the sample, so that 0.5 sits where a link
///    among hard candidates is more likely right than wrong. Monotone in *w*·*x*: the ranking
///    is kept.
///
/// Features *x*, all shares in 0…1: machine-translation coverage (larger and smaller side),
/// dictionary coverage (larger and smaller side), number and name agreement, length ratio.
///
/// ```swift
/// CrossLingualCalibration.score(evidence)  // 0…1
/// ```
///
/// - Complexity: O(1).
enum CrossLingualCalibration {
  /// Weights of tcMax, tcMin, lcMax, lcMin, numbers, names, length.
  static let weights: [Double] = [9.00, 9.40, 6.53, 6.74, 2.90, 3.35, 4.68]
  static let scale = 0.990
  static let intercept = -16.28
  /// A complete translation's per-side coverage is at least this for 90% of the dev pairs
  /// (divided by the covered threshold 0.75): coverages are divided by it for the verdict.
  static let fullCoverage = 0.479

  static func features(_ e: CrossLingualEvidence) -> [Double] {
    let (ta, tb) = (e.translationCoverageA, e.translationCoverageB)
    let (la, lb) = (e.lexicalCoverageA, e.lexicalCoverageB)
    return [max(ta, tb), min(ta, tb), max(la, lb), min(la, lb), e.numbers, e.names, e.lengthRatio]
  }

  /// The ranking value *w*·*x*.
  static func z(_ e: CrossLingualEvidence) -> Double {
    var z = 0.0
    for (w, x) in zip(weights, features(e)) { z += w * x }
    return z
  }

  static func score(_ e: CrossLingualEvidence) -> Double {
    1 / (1 + exp(-(scale * z(e) + intercept)))
  }
  /// The verdict, by the rules of same-language matching on rescaled coverages.
  static func verdict(
    score: Double, coverageA a: Double, coverageB b: Double,
    configuration: CrossLingualScorer.Configuration
  ) -> CrossLingualVerdict {
    let v = MatchVerdict(
      score: score, coverageA: a, coverageB: b, linkThreshold: configuration.linkThreshold,
      minimumCoverage: configuration.minimumCoverage, coveredThreshold: configuration.coveredThreshold,
      relatedThreshold: configuration.relatedThreshold)
    return CrossLingualVerdict(rawValue: v.rawValue) ?? .different
  }
}
