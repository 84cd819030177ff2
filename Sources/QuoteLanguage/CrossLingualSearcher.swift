import QuoteMatching

/// Finds quotations across languages: a Spanish query finds its English renderings and the
/// reverse, ranked together with same-language hits on one 0…1 scale.
///
/// Same-language targets are searched by QuoteMatching's `QuoteSearcher` (with spans).
/// Targets in other languages: every text is translated once into the most frequent language
/// (the *pivot*; one translation batch per language pair), the query's pivot text retrieves
/// candidates from the targets' pivot texts with `QuoteSearcher`, and the candidates are
/// rescored by ``CrossLingualScorer``. Speakers and dates must agree, as in same-language
/// search.
///
/// ```swift
/// let targets = [QuoteRecord(id: "afp", text: "It's not going to happen.", language: "en")]
/// let queries = [QuoteRecord(id: "q", text: "No va a pasar.", language: "es")]
/// let hits = try CrossLingualSearcher().search(queries, in: targets, top: 3)
/// hits[0].first?.id           // "afp"
/// hits[0].first?.translation  // "No va a pasar." (the target in the query's language)
/// ```
public struct CrossLingualSearcher: Sendable {
  /// One search result.
  public struct Result: Sendable, Hashable {
    /// Index of the target.
    public var index: Int
    /// Its id.
    public var id: String
    /// Calibrated 0…1, as in same-language search.
    public var score: Double
    /// `same`, `contains`, `contained` (the query is part of the target) or `related`.
    public var verdict: MatchVerdict
    /// The target's language.
    public var language: String
    /// For a same-language target: the Unicode scalar range of its text aligned with the query.
    public var span: Range<Int>?
    /// For a target in another language: its translation into the query's language.
    public var translation: String?
  }

  /// Same-language matching (analysis, thresholds, date tolerance).
  public var matcher: QuoteMatcher
  /// Cross-language scoring and its translation backends.
  public var scorer: CrossLingualScorer
  /// How sure language identification must be for a record given without a language.
  public var minimumConfidence = 0.95

  /// A searcher.
  ///
  /// - Complexity: O(1).
  public init(matcher: QuoteMatcher = QuoteMatcher(), scorer: CrossLingualScorer = CrossLingualScorer())
  {
    self.matcher = matcher
    self.scorer = scorer
  }

  /// Each record's language as search takes it (given, identified when sure, else the most
  /// frequent one), targets then queries. More than one distinct value means translation.
  ///
  /// ```swift
  /// CrossLingualSearcher().languages(of: targets + queries)  // ["en", "en", "es"]
  /// ```
  ///
  /// - Complexity: O(*n*) in the total length.
  public func languages(of records: [QuoteRecord]) -> [String] {
    scorer.routing(records, minimumConfidence: minimumConfidence).languages
  }

  /// The languages found in `records` that cannot be compared across languages here (no
  /// route through the translator to and from the most frequent language), sorted: their
  /// quotations are searched with the most frequent language's, as written.
  ///
  /// ```swift
  /// CrossLingualSearcher().untranslatableLanguages(of: targets + queries)  // ["ar"]: no Apertium pair
  /// ```
  ///
  /// - Complexity: O(*n*) in the total length.
  public func untranslatableLanguages(of records: [QuoteRecord]) -> [String] {
    scorer.routing(records, minimumConfidence: minimumConfidence).untranslatable
  }

  /// The best `top` targets of each query, best first (score, then id), in query order.
  ///
  /// - Throws: ``QuoteLanguageError`` when several languages are present and the backend
  ///   cannot translate between them, or a backend process fails.
  /// - Complexity: same-language search per language, plus one translation batch per language
  ///   pair and O(*q* × 4 `top`) cross-language scores.
  public func search(_ queries: [QuoteRecord], in targets: [QuoteRecord], top: Int = 10) throws
    -> [[Result]]
  {
    let all = targets + queries
    let routing = scorer.routing(all, minimumConfidence: minimumConfidence)
    let targetLanguage = Array(routing.languages[..<targets.count])
    let queryLanguage = Array(routing.languages[targets.count...])
    var results = [[Result]](repeating: [], count: queries.count)
    // Same language: one searcher per language, over that language's targets.
    for language in routing.present {
      let members = targets.indices.filter { targetLanguage[$0] == language }
      let asking = queries.indices.filter { queryLanguage[$0] == language }
      if members.isEmpty || asking.isEmpty { continue }
      let searcher = QuoteSearcher(
        index: QuoteCollection(members.map { targets[$0] }, matcher: matcher))
      let hits = searcher.search(asking.map { queries[$0] }, top: top)
      for (k, q) in asking.enumerated() {
        results[q] = hits[k].map {
          Result(
            index: members[$0.index], id: $0.id, score: $0.score, verdict: $0.verdict,
            language: language, span: $0.span, translation: nil)
        }
      }
    }
    if routing.isMixed {
      let tags = targets.indices.map { "t\($0)" } + queries.indices.map { "q\($0)" }
      let (x, position) = try routing.prepare(all, scorer: scorer, tags: tags)
      let pivotText = routing.pivotTexts(all, x, position)
      let index = QuoteSearcher(
        index: QuoteCollection(
          targets.indices.map { pivotRecord(targets[$0], pivotText[$0], routing.pivot) },
          matcher: matcher, keepingRecords: false))
      let asked = queries.indices.map {
        pivotRecord(queries[$0], pivotText[targets.count + $0], routing.pivot)
      }
      let hits = index.search(asked, top: 4 * top)
      let tolerance = matcher.configuration.dateToleranceDays
      for (q, candidates) in hits.enumerated() {
        let ql = queryLanguage[q]
        let identity = UtteranceIdentity(speaker: queries[q].speaker, date: queries[q].date)
        for c in candidates where targetLanguage[c.index] != ql {
          let t = c.index
          let target = UtteranceIdentity(speaker: targets[t].speaker, date: targets[t].date)
          guard identity.compatible(with: target, toleranceDays: tolerance) else { continue }
          let m = scorer.match(position[targets.count + q], position[t], in: x)
          guard m.verdict != .different,
            let verdict = MatchVerdict(rawValue: m.verdict.rawValue)
          else { continue }
          results[q].append(
            Result(
              index: t, id: targets[t].id, score: m.score, verdict: verdict,
              language: targetLanguage[t], span: nil, translation: m.translationB))
        }
      }
      for q in results.indices {
        results[q].sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        if results[q].count > top { results[q].removeLast(results[q].count - top) }
      }
    }
    return results
  }

  func pivotRecord(_ r: QuoteRecord, _ text: String, _ pivot: String) -> QuoteRecord {
    QuoteRecord(id: r.id, text: text, language: pivot, speaker: r.speaker, date: r.date)
  }
}
