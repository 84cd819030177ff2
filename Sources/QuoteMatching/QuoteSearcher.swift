import QuoteNormalization

/// Finds quotations in a collection of quotations or articles: ranked results with their
/// verdict and, when the collection keeps its texts, the aligned span in the target's text.
///
/// A query's heaviest classes (its prefix for a coverage of ``minimumCoverage``) are looked up
/// in the collection's inverted index; the targets found are aligned and scored exactly with
/// the collection's weights. A query quoted inside an article is `contained` in it: when the
/// query is covered in order (≥ the covered threshold) with two content words or more, its
/// score is at least coverage × (1 − 1 / (1 + content words)).
///
/// ```swift
/// let index = QuoteCollection(articles)   // QuoteRecord per article, text = the article
/// let s = QuoteSearcher(index: index)
/// let hits = s.search(QuoteRecord(id: "q", text: "It's not going to happen"), top: 3)
/// hits.first?.id       // the article that quotes it
/// hits.first?.verdict  // .contained
/// hits.first?.span     // its scalar range in that article
/// ```
public struct QuoteSearcher: Sendable {
  /// The collection searched.
  public let index: QuoteCollection
  /// A target is considered when the query has at least this share of its weight in it
  /// (lower than for clustering, so that related quotations are found too).
  public var minimumCoverage = 0.3
  /// Whether targets scored `different` are results too, ranked by score: for candidate
  /// generation, where another reading decides (a machine translation that shares a few words
  /// with its original's rendering).
  public var keepsDifferent = false
  let postings: PrefixIndex

  /// One search result.
  public struct Result: Sendable, Hashable {
    /// Index of the target in the collection.
    public var index: Int
    /// Its id.
    public var id: String
    public var score: Double
    public var verdict: MatchVerdict
    /// The smallest range of the target's original text holding the words aligned with the
    /// query (Unicode scalar offsets); nil when the collection does not keep its texts.
    public var span: Range<Int>?
    /// The alignment of query and target, when the collection keeps its texts.
    public var alignment: QuoteAlignment?
  }

  /// A searcher over `index`.
  ///
  /// - Complexity: O(*t* log *t*) to index the collection's *t* terms.
  public init(index: QuoteCollection) {
    self.index = index
    postings = PrefixIndex(collection: index, members: Array(0..<index.count), tau: 1)
  }

  /// The best `top` targets for `query`, best first (score, then id); targets whose speaker or
  /// date cannot be the query's are left out, and so are `different` ones.
  ///
  /// - Complexity: O(*p* + *c* × *m* × *n*) for *p* postings of the query's prefix and *c*
  ///   candidates.
  public func search(_ query: QuoteRecord, top: Int = 10) -> [Result] {
    let q = index.matcher.analyze(query.text, language: query.language)
    let identity = UtteranceIdentity(query)
    var packed = PackedTerms(q.terms, weight: index.weight(of:))
    packed.lexeme = q.terms.map { index.vocabulary[$0.lexeme] ?? UInt32.max }
    var pairs: [(UInt32, Float)] = []
    for (id, w) in zip(packed.lexeme, packed.weight) where id != UInt32.max && w > 0 {
      if let j = pairs.firstIndex(where: { $0.0 == id }) { pairs[j].1 += w } else { pairs.append((id, w)) }
    }
    let total = packed.weight.reduce(0, +)
    pairs.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    var remaining = total
    var seen = Set<Int32>()
    let bound = Float(minimumCoverage) * total
    for (id, w) in pairs where remaining >= bound {
      remaining -= w
      for t in postings.postings(id) { seen.insert(t) }
    }
    let configuration = index.matcher.configuration
    var scored: [(Int, Double, MatchVerdict)] = []
    var scorer = PairScorer()
    index.withTermBuffers { buffers in
      packed.withSlice { qs in
        for t in seen {
          let ti = Int(t)
          let target = index.identities[ti]
          let tolerance = configuration.dateToleranceDays
          guard identity.compatible(with: target, toleranceDays: tolerance) else { continue }
          let e = scorer.evidence(qs, buffers.slice(index.terms(ti)), wantPairs: false)
          let prior = identity.knownAndAgreeing(with: target, toleranceDays: tolerance) ? Calibration.sameSpeakerAndDayLogOdds : 0
          var s = Calibration.score(e, priorLogOdds: prior)
          var v = Calibration.verdict(e, score: s, configuration: configuration)
          // Searching asks whether the query is quoted in the target, which may be a whole
          // article: a query covered in order, with content words, is found there, however long
          // the target (the calibrated score, fitted on quotation pairs, does not say so).
          if e.coverageA >= configuration.coveredThreshold && e.contentMatched >= 2 {
            s = max(s, e.coverageA * (1 - 1 / (1 + e.contentMatched)))
            if e.coverageB < configuration.coveredThreshold { v = .contained } else if v != .same { v = .same }
          }
          if v != .different || keepsDifferent { scored.append((ti, s, v)) }
        }
      }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : index.ids[$0.0] < index.ids[$1.0] }
    return scored.prefix(max(0, top)).map { (t, s, v) in
      var r = Result(index: t, id: index.ids[t], score: s, verdict: v, span: nil, alignment: nil)
      if let m = index.match(q, t) {
        r.alignment = m.alignment
        r.span = Self.span(of: m.alignment)
      }
      return r
    }
  }

  /// The smallest range of the target (side B) holding the words aligned with the query,
  /// matched or worded differently; nil when none are.
  ///
  /// ```swift
  /// QuoteSearcher.span(of: collection.match(query, 3)!.alignment)  // 120..<146
  /// ```
  ///
  /// - Complexity: O(*k*) in the alignment's segments.
  public static func span(of alignment: QuoteAlignment) -> Range<Int>? {
    alignment.segments.filter { $0.operation == .same || $0.operation == .variant }
      .compactMap(\.b).reduce(nil) { AlignmentBuilder.union($0, $1) }
  }

  /// Searches many queries on all cores; results in the order of the queries.
  ///
  /// - Complexity: the sum of the single searches, divided among the cores.
  public func search(_ queries: [QuoteRecord], top: Int = 10) -> [[Result]] {
    let chunks = Parallel.ranges(queries.count, perCore: 8, minimum: 16)
    return Parallel.map(chunks: chunks.count) { k in
      queries[chunks[k]].map { search($0, top: top) }
    }.flatMap { $0 }
  }
}
