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
  /// translations stay. A reading that finds one negating what the other says in the same
  /// words (``QuoteMatching/MatchEvidence/polarityConflict``) lowers the comparison to it
  /// instead (``lowered(by:)``). Other conflicts (figures, antonyms, opposed little words) are
  /// not read through a machine translation, which renders them loosely (`110 miles de
  /// millones`, `left` for `quedan`). Clustering reads the candidate pairs the scorer does not link; search
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
    let all = readings(matcher, a: a, languageA: languageA, b: b, languageB: languageB)
    if let conflict = all.first(where: \.evidence.polarityConflict) { return lowered(by: conflict) }
    return raised(by: Self.best(of: all))
  }

  /// This comparison with `conflicting`'s score, verdict and coverages when `conflicting` (a
  /// reading that found one negating what the other says: `No vamos a aceptar el acuerdo`
  /// read as `We will not accept the agreement` against `We will accept the deal`) scores
  /// lower. Term overlap across languages weighs no negation in its place; the same-language
  /// reading does.
  ///
  /// - Complexity: O(1).
  public func lowered(by conflicting: QuoteMatch) -> CrossLingualMatch {
    guard conflicting.score < score else { return self }
    return taking(conflicting) ?? self
  }

  /// This comparison with `best`'s score, verdict and coverages when `best` (a reading from
  /// ``reading(_:a:languageA:b:languageB:)``) scores higher and is not `different`.
  ///
  /// - Complexity: O(1).
  public func raised(by best: QuoteMatch?) -> CrossLingualMatch {
    guard let best, best.score > score, best.verdict != .different else { return self }
    return taking(best) ?? self
  }

  /// This comparison with `reading`'s score, verdict and coverages (evidence and translations
  /// stay); nil for a verdict cross-lingual matching does not have.
  private func taking(_ reading: QuoteMatch) -> CrossLingualMatch? {
    guard let verdict = CrossLingualVerdict(rawValue: reading.verdict.rawValue) else { return nil }
    var taken = self
    taken.score = reading.score
    taken.verdict = verdict
    taken.coverageA = reading.coverageA
    taken.coverageB = reading.coverageB
    return taken
  }

  /// The better of A's translation matched against B (in B's language) and A against B's
  /// translation (in A's language), by `matcher`; `nil` without translations.
  ///
  /// - Complexity: two same-language comparisons, O(*m* × *n*) each.
  public func reading(
    _ matcher: QuoteMatcher, a: String, languageA: String?, b: String, languageB: String?
  ) -> QuoteMatch? {
    Self.best(of: readings(matcher, a: a, languageA: languageA, b: b, languageB: languageB))
  }

  /// A's translation matched against B (in B's language), then A against B's translation (in
  /// A's language), by `matcher`: those of the two that have a translation.
  ///
  /// - Complexity: two same-language comparisons, O(*m* × *n*) each.
  public func readings(
    _ matcher: QuoteMatcher, a: String, languageA: String?, b: String, languageB: String?
  ) -> [QuoteMatch] {
    var all: [QuoteMatch] = []
    if let t = translationA, !t.isEmpty { all.append(matcher.match(t, b, languageA: languageB, languageB: languageB)) }
    if let t = translationB, !t.isEmpty { all.append(matcher.match(a, t, languageA: languageA, languageB: languageA)) }
    return all
  }

  /// The highest-scoring of `readings` (the first on a tie).
  static func best(of readings: [QuoteMatch]) -> QuoteMatch? {
    var best: QuoteMatch? = nil
    for r in readings where r.score > (best?.score ?? -1) { best = r }
    return best
  }
}
