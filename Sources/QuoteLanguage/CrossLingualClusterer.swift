import QuoteMatching

/// Groups quotations that render the same statement in any mix of languages: a Spanish
/// original joins the cluster of its English renderings, under the rules that keep
/// same-language clusters from chaining.
///
/// How:
/// 1. each quotation's language is the one given, else the identified one when the identifier
///    is sure (``minimumConfidence``), else the most frequent language (the *pivot*);
/// 2. quotations of each language are clustered by QuoteMatching's `QuoteClusterer`;
/// 3. every quotation is translated once into every other language present
///    (``CrossLingualScorer/prepare(_:)``: one batch per language pair);
/// 4. candidates: the quotations, in the pivot language (their own text or their
///    translation), are searched with `QuoteSearcher`, and again in each other language they
///    were translated into; each keeps its best ``candidatesPerQuote`` hits in another language
///    in each search;
/// 5. candidates are scored by ``CrossLingualScorer``; a pair links by the rule of
///    same-language clustering (``CrossLingualScorer/links(_:)``: the link threshold, and one
///    side's coverage the minimum coverage) when speakers and dates agree;
/// 6. the clusters of step 2 are taken largest first (then best linked first, then by their
///    center's id); each joins
///    the merged cluster it links to best if that holds no cluster of its language yet, every
///    speaker and date agrees, and it links to the center, to half the members, as `same`, or
///    to no other merged cluster; otherwise it starts one. A cluster joins at most one, and a
///    merged cluster holds one cluster per language, so nothing chains two statements, unless
///    the cluster links to its center or as `same` and its own language's cluster there is not
///    `different` from it by same-language matching (two Spanish renderings of an English
///    quotation often share too little to be one Spanish cluster, while each is the English
///    one's `same`).
///
/// The result depends on the set of quotations and their ids, not on their order.
///
/// ```swift
/// let quotes = [
///   QuoteRecord(id: "es", text: "No va a pasar.", language: "es", speaker: "Sheinbaum"),
///   QuoteRecord(id: "afp", text: "It's not going to happen.", language: "en"),
///   QuoteRecord(id: "x", text: "Tariffs will rise next year.", language: "en"),
/// ]
/// let r = try CrossLingualClusterer().cluster(quotes)
/// r.clusterID(of: 0) == r.clusterID(of: 1)  // true
/// r.translations[0]                          // "It is not going to happen."
/// ```
public struct CrossLingualClusterer: Sendable {
  /// Same-language matching: analysis, scores, thresholds, date tolerance.
  public var matcher: QuoteMatcher
  /// Cross-language scoring and its translation backends.
  public var scorer: CrossLingualScorer
  /// Hits in another language kept per quotation as candidates.
  public var candidatesPerQuote = 10
  /// How sure language identification must be for a quotation given without a language.
  public var minimumConfidence = 0.95

  /// A clusterer.
  ///
  /// - Complexity: O(1).
  public init(matcher: QuoteMatcher = QuoteMatcher(), scorer: CrossLingualScorer = CrossLingualScorer())
  {
    self.matcher = matcher
    self.scorer = scorer
  }

  /// Each record's language as clustering takes it: given, identified when sure, else the
  /// most frequent one. More than one distinct value means translation will be needed.
  ///
  /// ```swift
  /// CrossLingualClusterer().languages(of: records)  // ["es", "en", "en"]
  /// ```
  ///
  /// - Complexity: O(*n*) in the total length.
  public func languages(of records: [QuoteRecord]) -> [String] {
    scorer.routing(records, minimumConfidence: minimumConfidence).languages
  }

  /// The languages found in `records` that cannot be compared across languages here (no
  /// route through the translator to and from the most frequent language), sorted: their
  /// quotations are clustered with the most frequent language's, as written.
  ///
  /// ```swift
  /// CrossLingualClusterer().untranslatableLanguages(of: records)  // ["ar"]: no Apertium pair
  /// ```
  ///
  /// - Complexity: O(*n*) in the total length.
  public func untranslatableLanguages(of records: [QuoteRecord]) -> [String] {
    scorer.routing(records, minimumConfidence: minimumConfidence).untranslatable
  }

  /// Clusters `records` (ids unique).
  ///
  /// - Throws: ``QuoteLanguageError`` when more than one language is present and the backend
  ///   cannot translate between them (the message names the Debian package), or a backend
  ///   process fails. One language needs no backend.
  /// - Complexity: same-language clustering, plus, with several languages, one translation
  ///   batch per language pair and O(*n* × ``candidatesPerQuote``) cross-language scores.
  public func cluster(_ records: [QuoteRecord]) throws -> CrossLingualClustering {
    let routing = scorer.routing(records, minimumConfidence: minimumConfidence)
    let prepared = routing.isMixed ? try routing.prepare(records, scorer: scorer, tags: records.map(\.id)) : nil
    var groups: [CrossLingualClustering.Group] = []
    var units: [Unit] = []
    var score = [Double](repeating: 1, count: records.count)
    for language in routing.present {
      let members = records.indices.filter { routing.languages[$0] == language }
      let collection = QuoteCollection(members.map { records[$0] }, matcher: matcher)
      var reading: QuoteCollection?
      if readsThroughEnglish(language) {
        let translated: [QuoteRecord]
        if let (x, position) = prepared, routing.present.contains(Self.readingLanguage) {
          translated = members.map { i in
            Self.reading(of: records[i], x.translation(of: position[i], into: Self.readingLanguage) ?? records[i].text)
          }
        } else {
          translated = try englishReading(of: members.map { records[$0] }, language: language)
        }
        reading = QuoteCollection(translated, matcher: matcher, keepingRecords: false)
      }
      let clustering = QuoteClusterer(matcher: matcher).cluster(collection, translated: reading)
      for c in clustering.clusters {
        units.append(
          Unit(language: language, center: members[c.center], members: c.members.map { members[$0] }))
      }
      for (k, i) in members.enumerated() { score[i] = clustering.scores[k] }
      groups.append(.init(language: language, members: members, collection: collection))
    }
    var translations = [String?](repeating: nil, count: records.count)
    var links: [Link] = []
    var scored = 0
    if let (x, position) = prepared {
      let pivotText = routing.pivotTexts(records, x, position)
      for i in records.indices where routing.languages[i] != routing.pivot {
        translations[i] = pivotText[i]
      }
      var (pairs, confirmed) = candidates(records, pivotText, routing, language: routing.pivot)
      // Also searched in each other language, as written there and translated into it: a short
      // quotation's translation into the pivot can share nothing with its rendering that the
      // other way round shares (`That's what happened.` → `Aquello es qué pasado.`, while `Eso
      // es lo que ocurrió.` → `This is what occurred.`).
      for language in routing.present where language != routing.pivot {
        // Quotations under the pivot as written (a language no pair reaches) are left out:
        // their translation is the pivot's pair misreading another language.
        let texts = records.indices.map { i in
          routing.asWritten[i] ? nil
            : routing.languages[i] == language ? records[i].text : x.translation(of: position[i], into: language)
        }
        // Only where the quotations of other languages have translations into it.
        guard texts.indices.contains(where: { routing.languages[$0] != language && texts[$0] != nil }) else {
          continue
        }
        let (more, moreConfirmed) = candidates(records, texts, routing, language: language)
        let known = Set(pairs.map { Pair(a: $0.0, b: $0.1) })
        pairs += more.filter { !known.contains(Pair(a: $0.0, b: $0.1)) }
        confirmed.formUnion(moreConfirmed)
      }
      pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      scored = pairs.count
      let tolerance = matcher.configuration.dateToleranceDays
      for pair in pairs {
        // Oriented by id: the score must not depend on the input order.
        let (i, j) = records[pair.0].id < records[pair.1].id ? pair : (pair.1, pair.0)
        var m = scorer.match(position[i], position[j], in: x)
        let confirmedByPivot = confirmed.contains(Pair(a: min(i, j), b: max(i, j)))
        let readings = m.readings(
          matcher, a: records[i].text, languageA: routing.languages[i], b: records[j].text,
          languageB: routing.languages[j])
        // One negating what the other says (`No vamos a aceptar el acuerdo` / `We will accept
        // the deal`): no link, whatever the term overlap.
        if readings.contains(where: \.evidence.polarityConflict) { continue }
        if !confirmedByPivot || !scorer.links(m) {
          let reading = CrossLingualMatch.best(of: readings)
          // A pair the pivot-language search saw only as `different` is linked only when a
          // same-language reading of a translation links it too: the scorer alone links a
          // few unrelated quotations that share a figure and a topic word.
          if !confirmedByPivot && !(reading.map(matcher.links) ?? false) { continue }
          m = m.raised(by: reading)
        }
        guard scorer.links(m),
          Self.identity(records[i]).compatible(with: Self.identity(records[j]), toleranceDays: tolerance)
        else { continue }
        links.append(Link(a: i, b: j, match: m))
      }
    }
    let merged = merge(units, links, records)
    return CrossLingualClustering(
      records: records, languages: routing.languages, pivot: routing.pivot, groups: groups,
      units: units, merged: merged, scores: score, translations: translations,
      crossLinks: links.count, scoredPairs: scored)
  }

  /// One same-language cluster.
  struct Unit: Sendable {
    var language: String
    var center: Int
    var members: [Int]
  }

  /// A cross-language link (`match` compares `a` with `b`).
  struct Link: Sendable {
    var a: Int
    var b: Int
    var match: CrossLingualMatch
  }

  static func identity(_ r: QuoteRecord) -> UtteranceIdentity {
    UtteranceIdentity(r)
  }

  /// Unordered pairs of quotations in different languages that a search in `language` (each
  /// quotation's text in it: `pivotText`, nil for one left out) finds, sorted, and those of them
  /// it found more than `different` from either side.
  func candidates(
    _ records: [QuoteRecord], _ pivotText: [String?], _ routing: LanguageRouting, language: String
  ) -> (pairs: [(Int, Int)], confirmed: Set<Pair>) {
    // The quotations with a text in `language`; the others take no part in this search.
    let members = records.indices.filter { pivotText[$0] != nil }
    let pivotRecords = members.map { i in
      QuoteRecord(
        id: records[i].id, text: pivotText[i] ?? records[i].text, language: language,
        speaker: records[i].speaker, date: records[i].date,
        speakerIsDescription: records[i].speakerIsDescription)
    }
    var searcher = QuoteSearcher(
      index: QuoteCollection(pivotRecords, matcher: matcher, keepingRecords: false))
    // A short quotation's translation may share too little with a rendering to be more than
    // `different` as written: the cross-language scorer and the matcher's reading decide.
    searcher.keepsDifferent = true
    let hits = searcher.search(pivotRecords, top: candidatesPerQuote * 4)
    var pairs = Set<Pair>()
    var confirmed = Set<Pair>()
    for (k, results) in hits.enumerated() {
      let i = members[k]
      var taken = 0
      for r in results where routing.languages[members[r.index]] != routing.languages[i] {
        let j = members[r.index]
        let p = Pair(a: min(i, j), b: max(i, j))
        pairs.insert(p)
        if r.verdict != .different { confirmed.insert(p) }
        taken += 1
        if taken == candidatesPerQuote { break }
      }
    }
    let sorted = pairs.map { ($0.a, $0.b) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    return (sorted, confirmed)
  }

  struct Pair: Hashable {
    var a: Int
    var b: Int
  }
}
