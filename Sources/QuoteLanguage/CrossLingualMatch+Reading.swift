import QuoteMatching

extension CrossLingualMatch {
  /// This comparison of two quotations in different languages, raised by same-language
  /// matching of each one's translation against the other (`matcher`, with its paraphrases
  /// and synonyms), when that scores higher: term overlap sees no content word in common between
  /// `This will not occur` (Apertium's `Eso no va a ocurrir`) and `That won't happen`, the
  /// matcher sees `won't` as `will not` and `occur` as `happen`.
  ///
  /// The better of the two readings (``reading(_:a:languageA:b:languageB:)``) is taken when it
  /// scores higher and is not `different`: its score, verdict and coverages; evidence and
  /// translations stay. Clustering reads the candidate pairs the scorer does not link; search
  /// a query's few best candidates by the scorer (not all of up to two million pairs).
  ///
  /// ```swift
  /// let x = try CrossLingualScorer().match("Eso no va a ocurrir.", language: "es",
  ///                                        "That won't happen.", language: "en")
  /// x.score                                   // 0.0003
  /// x.readThrough(QuoteMatcher(), a: "Eso no va a ocurrir.", languageA: "es",
  ///               b: "That won't happen.", languageB: "en").verdict  // .contains
  /// ```
  ///
  /// - Complexity: two same-language comparisons, O(*m* × *n*) each.
  public func readThrough(
    _ matcher: QuoteMatcher, a: String, languageA: String?, b: String, languageB: String?
  ) -> CrossLingualMatch {
    raised(by: reading(matcher, a: a, languageA: languageA, b: b, languageB: languageB))
  }

  /// This comparison with `best`'s score, verdict and coverages when `best` (a reading from
  /// ``reading(_:a:languageA:b:languageB:)``) scores higher and is not `different`.
  ///
  /// - Complexity: O(1).
  public func raised(by best: QuoteMatch?) -> CrossLingualMatch {
    guard let best, best.score > score, best.verdict != .different,
      let verdict = CrossLingualVerdict(rawValue: best.verdict.rawValue)
    else { return self }
    var raised = self
    raised.score = best.score
    raised.verdict = verdict
    raised.coverageA = best.coverageA
    raised.coverageB = best.coverageB
    return raised
  }

  /// The better of A's translation matched against B (in B's language) and A against B's
  /// translation (in A's language), by `matcher`; `nil` without translations.
  ///
  /// - Complexity: two same-language comparisons, O(*m* × *n*) each.
  public func reading(
    _ matcher: QuoteMatcher, a: String, languageA: String?, b: String, languageB: String?
  ) -> QuoteMatch? {
    var best: QuoteMatch? = nil
    if let t = translationA, !t.isEmpty {
      let r = matcher.match(t, b, languageA: languageB, languageB: languageB)
      if r.score > (best?.score ?? -1) { best = r }
    }
    if let t = translationB, !t.isEmpty {
      let r = matcher.match(a, t, languageA: languageA, languageB: languageA)
      if r.score > (best?.score ?? -1) { best = r }
    }
    return best
  }
}
