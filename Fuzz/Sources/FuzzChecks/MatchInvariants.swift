#if canImport(QuoteMatching)
  import QuoteNorm

  /// The invariants of ``QuoteMatcher/match(_:_:languageA:languageB:)`` on every pair:
  /// - score and coverages are finite and within 0…1;
  /// - the verdict agrees with the score (`same`, `contains`, `contained` only from the link
  ///   threshold, `different` only below the related threshold);
  /// - alignment segments lie inside their texts, in order and never overlapping on both sides,
  ///   each with the sides its operation says;
  /// - swapping the texts mirrors the verdict and swaps the coverages, and leaves the score,
  ///   exactly (``symmetryTolerance`` is 0: the matcher aligns a pair in one order whatever the
  ///   order it is given in);
  /// - a quotation with words that weigh something (outside brackets) matches itself as `same`.
  public struct MatchInvariants: Sendable {
    public let matcher: QuoteMatcher

    /// How far the scores and coverages of (a, b) and (b, a) may differ: not at all.
    public static let symmetryTolerance = 0.0

    public init(matcher: QuoteMatcher = QuoteMatcher()) { self.matcher = matcher }

    /// Runs every check on the pair, trapping on the first violation.
    ///
    /// - Complexity: O(*m* × *n*) in their numbers of words.
    public func check(_ a: String, _ b: String) {
      let input = a + "\u{0}" + b
      let m = matcher.match(a, b)
      checkResult(m, a, b, input: input)
      let swapped = matcher.match(b, a)
      checkResult(swapped, b, a, input: input)
      Invariant.check(
        abs(swapped.coverageA - m.coverageB) <= Self.symmetryTolerance
          && abs(swapped.coverageB - m.coverageA) <= Self.symmetryTolerance,
        "coverages not symmetric: \(m.coverageA)/\(m.coverageB) vs \(swapped.coverageA)/\(swapped.coverageB)",
        input: input)
      Invariant.check(
        abs(swapped.score - m.score) <= Self.symmetryTolerance,
        "score not symmetric: \(m.score) vs \(swapped.score)", input: input)
      let mirrored: MatchVerdict =
        switch m.verdict {
        case .contains: .contained
        case .contained: .contains
        default: m.verdict
        }
      Invariant.check(
        swapped.verdict == mirrored, "verdict \(m.verdict), swapped \(swapped.verdict)",
        input: input)
      let qa = matcher.analyze(a)
      if !qa.words.isEmpty {
        // Words that weigh nothing (all inside brackets, editorial text: `[M]`) give nothing to
        // compare: such a quotation covers none of itself, and is not `same`.
        let itself = matcher.match(a, a)
        Invariant.check(
          itself.verdict == .same || (itself.coverageA == 0 && itself.coverageB == 0),
          "matched with itself: \(itself.verdict) \(itself.score)", input: input)
      }
    }

    private func checkResult(_ m: QuoteMatch, _ a: String, _ b: String, input: String) {
      let c = matcher.configuration
      for (name, v) in [("score", m.score), ("coverageA", m.coverageA), ("coverageB", m.coverageB)] {
        Invariant.check(v.isFinite && v >= 0 && v <= 1, "\(name) = \(v)", input: input)
      }
      switch m.verdict {
      case .same, .contains, .contained:
        Invariant.check(
          m.score >= c.linkThreshold, "\(m.verdict) with score \(m.score)", input: input)
      case .different:
        Invariant.check(
          m.score < c.relatedThreshold, "different with score \(m.score)", input: input)
      case .related: break
      }
      let countA = a.unicodeScalars.count
      let countB = b.unicodeScalars.count
      var lastA = 0
      var lastB = 0
      for s in m.alignment.segments {
        if let r = s.a {
          Invariant.check(
            r.lowerBound >= 0 && r.upperBound <= countA, "segment \(s) outside a (\(countA))",
            input: input)
          Invariant.check(r.lowerBound >= lastA, "segment \(s) overlaps the one before in a (to \(lastA))", input: input)
          lastA = r.upperBound
        }
        if let r = s.b {
          Invariant.check(
            r.lowerBound >= 0 && r.upperBound <= countB, "segment \(s) outside b (\(countB))",
            input: input)
          Invariant.check(r.lowerBound >= lastB, "segment \(s) overlaps the one before in b (to \(lastB))", input: input)
          lastB = r.upperBound
        }
        switch s.operation {
        case .same, .variant:
          Invariant.check(s.a != nil && s.b != nil, "\(s.operation) segment without both sides", input: input)
        case .onlyA: Invariant.check(s.a != nil && s.b == nil, "onlyA segment \(s)", input: input)
        case .onlyB: Invariant.check(s.b != nil && s.a == nil, "onlyB segment \(s)", input: input)
        case .editorial: Invariant.check(s.a != nil || s.b != nil, "empty editorial segment", input: input)
        }
      }
    }
  }
#endif
