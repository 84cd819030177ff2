extension Calibration {
  /// The score of two quotations whose translations link (score `translated`): the larger of
  /// their own score and the geometric mean of both, when they link as written
  /// (`ownLinked`) or that mean reaches `linkThreshold`; otherwise `nil`, no link. A
  /// translation can raise a pair that shares words as written, never link one that shares
  /// nothing (`No salió bien.` / `Me dijeron que no saliese…` both translate to `did not
  /// exit`; 0.006 as written).
  ///
  /// - Complexity: O(1).
  static func throughTranslation(own: Double, ownLinked: Bool, translated: Double, linkThreshold: Double) -> Double? {
    let mean = (own * translated).squareRoot()
    guard ownLinked || mean >= linkThreshold else { return nil }
    return max(own, mean)
  }
}

extension QuoteMatcher {
  /// Whether a comparison links two quotations as one statement (or one a partial quote of
  /// the other): score at least the link threshold, and one side covered at least the minimum
  /// coverage.
  ///
  /// ```swift
  /// let m = QuoteMatcher()
  /// m.links(m.match("That won't happen", "It's not going to happen"))  // true
  /// ```
  ///
  /// - Complexity: O(1).
  public func links(_ m: QuoteMatch) -> Bool {
    m.score >= configuration.linkThreshold && max(m.coverageA, m.coverageB) >= configuration.minimumCoverage
  }

  /// The comparison `own` of two quotations as written, raised by the comparison
  /// `translated` of their translations (into English, whose synonyms, paraphrases and
  /// inflections the matcher knows) by the rule clustering uses
  /// (``QuoteClusterer/cluster(_:translated:progress:)``): when the translations link, the
  /// score is the larger of `own`'s and the geometric mean of the two, if `own` links or that
  /// mean reaches the link threshold; each side's coverage is then the larger of the two
  /// readings', and the verdict follows. The alignment stays `own`'s, in the original texts.
  ///
  /// ```swift
  /// let m = QuoteMatcher()
  /// let own = m.match("Pero no me he metido en política para hacer eso.",
  ///                   "Pero no me metí en política para hacer eso.", languageA: "es", languageB: "es")
  /// let english = m.match("But I have not dipped me in politics to do this",
  ///                       "But I did not dip me in politics to do this", languageA: "en", languageB: "en")
  /// own.verdict                                   // .contains
  /// m.combine(own, translated: english).verdict  // .same
  /// ```
  ///
  /// - Complexity: O(1).
  public func combine(_ own: QuoteMatch, translated: QuoteMatch) -> QuoteMatch {
    // Opposite things said in the same words as written (`más` / `menos`) stay apart, however
    // the translations read (a mistranslated word can hide the difference).
    guard !own.evidence.conflict, links(translated),
      let s = Calibration.throughTranslation(
        own: own.score, ownLinked: links(own), translated: translated.score,
        linkThreshold: configuration.linkThreshold)
    else { return own }
    var m = own
    m.score = s
    m.coverageA = max(own.coverageA, translated.coverageA)
    m.coverageB = max(own.coverageB, translated.coverageB)
    m.verdict = MatchVerdict(
      score: s, coverageA: m.coverageA, coverageB: m.coverageB, linkThreshold: configuration.linkThreshold,
      minimumCoverage: configuration.minimumCoverage, coveredThreshold: configuration.coveredThreshold,
      relatedThreshold: configuration.relatedThreshold)
    return m
  }
}
