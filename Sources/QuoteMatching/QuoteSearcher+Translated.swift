import QuoteNormalization

extension QuoteSearcher {
  /// Searches `queries` here and also through a translation: `translated` searches the same
  /// collection (same quotations, same order) with its texts translated, for
  /// `translatedQueries` (the queries translated, in the same order). A target found either way
  /// is compared both ways (``QuoteCollection/match(_:_:)``) and scored by
  /// ``QuoteMatcher/combine(_:translated:)``, the rule clustering uses: a translation can raise
  /// a target that shares words with the query as written, never bring in one that shares
  /// nothing. Scores and verdicts never fall below this searcher's own; spans are in the
  /// targets' original texts. Both collections must keep their records.
  ///
  /// ```swift
  /// let own = QuoteSearcher(index: QuoteCollection(spanish))
  /// let english = QuoteSearcher(index: QuoteCollection(spanishInEnglish))
  /// own.search(queries, top: 5, translated: english, translatedQueries: queriesInEnglish)
  /// ```
  ///
  /// - Complexity: the two searches, plus two alignments per target found, on all cores.
  public func search(
    _ queries: [QuoteRecord], top: Int, translated: QuoteSearcher, translatedQueries: [QuoteRecord]
  ) -> [[Result]] {
    guard translatedQueries.count == queries.count, translated.index.count == index.count else {
      return search(queries, top: top)
    }
    // More candidates from each side than asked for: the merge reorders them.
    let wide = max(top * 2, top + 5)
    let own = search(queries, top: wide)
    let other = translated.search(translatedQueries, top: wide)
    let matcher = index.matcher
    let chunks = Parallel.ranges(queries.count, perCore: 8, minimum: 16)
    return Parallel.map(chunks: chunks.count) { k in
      chunks[k].map { i -> [Result] in
        var byTarget: [Int: Result] = [:]
        for r in own[i] { byTarget[r.index] = r }
        let q = matcher.analyze(queries[i].text, language: queries[i].language)
        let tq = translated.index.matcher.analyze(translatedQueries[i].text, language: translatedQueries[i].language)
        for t in Set(own[i].map(\.index) + other[i].map(\.index)).sorted() {
          guard let m = index.match(q, t), let e = translated.index.match(tq, t) else { continue }
          let c = matcher.combine(m, translated: e)
          if var r = byTarget[t] {
            if c.score > r.score {
              r.score = c.score
              r.verdict = c.verdict
            }
            byTarget[t] = r
          } else if c.verdict != .different, c.score > m.score {
            byTarget[t] = Result(
              index: t, id: index.ids[t], score: c.score, verdict: c.verdict, span: Self.span(of: m.alignment),
              alignment: m.alignment)
          }
        }
        let ranked = byTarget.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return Array(ranked.prefix(max(0, top)))
      }
    }.flatMap { $0 }
  }
}
