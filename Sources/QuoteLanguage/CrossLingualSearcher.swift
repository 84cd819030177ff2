import QuoteMatching

/// Finds quotations across languages: a Spanish query finds its English renderings and the
/// reverse, ranked together with same-language hits on one 0…1 scale.
///
/// Same-language targets are searched by QuoteMatching's `QuoteSearcher` (with spans).
/// Targets in other languages: every text is translated once into the most frequent language
/// (the *pivot*; one translation batch per language pair), the query's pivot text retrieves
/// candidates from the targets' pivot texts with `QuoteSearcher`, and the candidates are
/// rescored by ``CrossLingualScorer``. A long target (an article) takes part sentence by
/// sentence: its best sentence scores it and is its span. Speakers and dates must agree, as in
/// same-language search.
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
    /// The Unicode scalar range of the target's text that matched: aligned with the query for a
    /// same-language target; for a long target in another language, its best sentence.
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
  /// Up to this many query × target-piece pairs across languages, every piece in another
  /// language is scored (the scorer compares some 200,000 pairs a second); beyond, a search in
  /// each language (texts as written or translated into it) retrieves candidates first.
  public var exhaustivePairs = 2_000_000

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
  ///   pair and O(*q* × *p*) cross-language scores for *p* target pieces (sentences of long
  ///   targets), or O(*q* × 8 `top`) past ``exhaustivePairs``.
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
      // Long targets (articles) are compared sentence by sentence: the best sentence gives the
      // score, and its range in the target is the span.
      var pieces: [QuoteRecord] = []
      var owner: [Int] = []
      var pieceRange: [Range<Int>?] = []
      for (t, target) in targets.enumerated() {
        let scalars = Array(target.text.unicodeScalars)
        let ranges = Self.segments(of: scalars)
        for (k, r) in ranges.enumerated() {
          let text = ranges.count == 1 ? target.text : String(String.UnicodeScalarView(scalars[r]))
          pieces.append(
            QuoteRecord(
              id: ranges.count == 1 ? target.id : "\(target.id)#\(k)", text: text,
              language: targetLanguage[t], speaker: target.speaker, date: target.date,
              speakerIsDescription: target.speakerIsDescription))
          owner.append(t)
          pieceRange.append(ranges.count == 1 ? nil : r)
        }
      }
      var pieceRouting = routing
      pieceRouting.languages = owner.map { targetLanguage[$0] } + queryLanguage
      let every = pieces + queries
      let tags = pieces.indices.map { "t\($0)" } + queries.indices.map { "q\($0)" }
      let (x, position) = try pieceRouting.prepare(every, scorer: scorer, tags: tags)
      let pivotText = pieceRouting.pivotTexts(every, x, position)
      // Candidates: every piece while that stays cheap (the scorer compares some 200,000
      // pairs a second), else what the pivot texts retrieve.
      let candidatesOf: [[Int]]
      if pieces.count * queries.count <= exhaustivePairs {
        candidatesOf = Array(repeating: Array(pieces.indices), count: queries.count)
      } else {
        // Searched in the pivot language, and again in each other language the pieces and
        // queries were translated into (a short text's translation into the pivot can share
        // nothing with its rendering that the other way round shares).
        var found = [[Int]](repeating: [], count: queries.count)
        for language in [routing.pivot] + routing.present.filter({ $0 != routing.pivot }) {
          let languageOf = { (i: Int) in
            i < pieces.count ? targetLanguage[owner[i]] : queryLanguage[i - pieces.count]
          }
          // Texts under the pivot as written (a language no pair reaches) are left out of the
          // other languages' searches: their translation misreads another language.
          let asWritten = { (i: Int) in
            i < pieces.count ? routing.asWritten[owner[i]] : routing.asWritten[targets.count + i - pieces.count]
          }
          let texts: [String?] = every.indices.map { i in
            if language == routing.pivot { return pivotText[i] }
            if asWritten(i) { return nil }
            return languageOf(i) == language ? every[i].text : x.translation(of: position[i], into: language)
          }
          guard texts.indices.contains(where: { texts[$0] != nil && languageOf($0) != language })
          else { continue }
          let indexed = pieces.indices.filter { texts[$0] != nil }
          let asking = queries.indices.filter { texts[pieces.count + $0] != nil }
          let index = QuoteSearcher(
            index: QuoteCollection(
              indexed.map { pivotRecord(pieces[$0], texts[$0] ?? pieces[$0].text, language) },
              matcher: matcher, keepingRecords: false))
          let asked = asking.map {
            pivotRecord(queries[$0], texts[pieces.count + $0] ?? queries[$0].text, language)
          }
          for (k, hits) in index.search(asked, top: 8 * top).enumerated() {
            let q = asking[k]
            for h in hits where !found[q].contains(indexed[h.index]) { found[q].append(indexed[h.index]) }
          }
        }
        candidatesOf = found
      }
      let tolerance = matcher.configuration.dateToleranceDays
      for (q, candidates) in candidatesOf.enumerated() {
        let ql = queryLanguage[q]
        let identity = UtteranceIdentity(queries[q])
        var best: [Int: Result] = [:]
        var scored: [(c: Int, m: CrossLingualMatch)] = []
        for c in candidates {
          let t = owner[c]
          guard targetLanguage[t] != ql else { continue }
          let target = UtteranceIdentity(targets[t])
          guard identity.compatible(with: target, toleranceDays: tolerance) else { continue }
          scored.append((c, scorer.match(position[pieces.count + q], position[c], in: x)))
        }
        // The best few by the scorer are also read by same-language matching (a short
        // quotation's translation may share no content word with its rendering).
        scored.sort { $0.m.score != $1.m.score ? $0.m.score > $1.m.score : $0.c < $1.c }
        for k in scored.indices.prefix(Self.readThroughCount(top)) {
          let c = scored[k].c
          scored[k].m = scored[k].m.readThrough(
            matcher, a: queries[q].text, languageA: ql, b: pieces[c].text,
            languageB: targetLanguage[owner[c]])
        }
        for (c, m) in scored {
          let t = owner[c]
          guard m.verdict != .different,
            let verdict = MatchVerdict(rawValue: m.verdict.rawValue)
          else { continue }
          let r = Result(
            index: t, id: targets[t].id, score: m.score, verdict: verdict,
            language: targetLanguage[t], span: pieceRange[c], translation: m.translationB)
          if let b = best[t], b.score >= r.score { continue }
          best[t] = r
        }
        results[q].append(contentsOf: best.values)
      }
      for q in results.indices {
        results[q].sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        if results[q].count > top { results[q].removeLast(results[q].count - top) }
      }
    }
    return results
  }

  /// A target's sentences and quotations when it is longer than ``segmentThreshold`` scalars
  /// (an article), else the whole text: scalar ranges; a sentence ends after its terminal
  /// punctuation (and closing quotation marks) or its line, blank-only ranges dropped.
  ///
  /// ```swift
  /// CrossLingualSearcher.segments(of: "Short quote.")  // [0..<12]
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func segments(of text: String) -> [Range<Int>] {
    segments(of: Array(text.unicodeScalars))
  }

  /// ``segments(of:)-(String)`` on the text's scalars, for a caller that has them already.
  ///
  /// - Complexity: O(*n*) in the number of scalars.
  static func segments(of t: [Unicode.Scalar]) -> [Range<Int>] {
    guard t.count > segmentThreshold else { return [0..<t.count] }
    var out: [Range<Int>] = []
    var start = 0
    func emit(_ end: Int) {
      var a = start
      var b = end
      while a < b, t[a].properties.isWhitespace { a += 1 }
      while b > a, t[b - 1].properties.isWhitespace { b -= 1 }
      if b > a { out.append(a..<b) }
      start = end
    }
    var i = 0
    while i < t.count {
      let c = t[i]
      if c == "\n" {
        emit(i)
      } else if c == "." || c == "!" || c == "?" || c == "…" || c == "。" {
        var j = i + 1
        while j < t.count, "\"”’»'".unicodeScalars.contains(t[j]) { j += 1 }
        if j == t.count || t[j].properties.isWhitespace {
          emit(j)
          i = j
          continue
        }
      }
      i += 1
    }
    emit(t.count)
    out += quotations(in: t)
    return out.isEmpty ? [0..<t.count] : out
  }

  /// The contents of the double quotation marks and guillemets of each line of `t` (`“…”`,
  /// `"…"`, `«…»`, `„…“`), of two words or more: what an article quotes, compared on its own.
  ///
  /// - Complexity: O(*n*) in the length of `t`.
  static func quotations(in t: [Unicode.Scalar]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var open: (index: Int, close: Set<Unicode.Scalar>)? = nil
    for (i, c) in t.enumerated() {
      if c == "\n" {
        open = nil
        continue
      }
      if let o = open, o.close.contains(c) {
        var a = o.index + 1
        var b = i
        while a < b, t[a].properties.isWhitespace { a += 1 }
        while b > a, t[b - 1].properties.isWhitespace { b -= 1 }
        if t[a..<b].contains(where: { $0 == " " }) { out.append(a..<b) }
        open = nil
        continue
      }
      guard open == nil else { continue }
      switch c {
      case "“": open = (i, ["”"])
      case "\"": open = (i, ["\""])
      case "«": open = (i, ["»"])
      case "„": open = (i, ["“", "”"])
      default: break
      }
    }
    return out
  }


  /// How many of a query's candidates, best first by the cross-language scorer, are also read
  /// by same-language matching (``CrossLingualMatch/readThrough(_:a:languageA:b:languageB:)``):
  /// a few more than asked for, not every pair (two alignments each).
  static func readThroughCount(_ top: Int) -> Int { max(4, 2 * top) }

  /// Targets longer than this many scalars (articles, not quotations) are compared sentence
  /// by sentence across languages, and not read through English within one language.
  public static let segmentThreshold = 400

  func pivotRecord(_ r: QuoteRecord, _ text: String, _ pivot: String) -> QuoteRecord {
    QuoteRecord(
      id: r.id, text: text, language: pivot, speaker: r.speaker, date: r.date,
      speakerIsDescription: r.speakerIsDescription)
  }
}
