import Dispatch
import Synchronization

/// Matches quotations across languages on the scale of same-language matching: a Spanish
/// quote and its English renderings get the score and verdict two English renderings of one
/// statement would get, so that they cluster together.
///
/// Evidence, each weighted by the terms' inverse document frequency in the collection:
/// - **machine translation** both ways (``ApertiumTranslator``): A's translation against B
///   and A against B's translation, on the stems of match keys (`Normalizer(profile: .match)`);
/// - **dictionary translation** (``LexiconTranslator``): the share of A's words having some
///   dictionary translation among B's lemmas, and the reverse;
/// - **anchors** that survive translation: numbers (`25,000` = `25.000`) and names;
/// - the **length ratio**.
///
/// A logistic model fitted on real translation pairs turns them into a 0…1 score; the verdict
/// follows the same rules and thresholds as same-language matching. See
/// ``CrossLingualCalibration`` and the QuoteLanguage documentation for the measurements.
///
/// ```swift
/// let scorer = CrossLingualScorer()
/// let m = try scorer.match(
///   "Eso no va a ocurrir, dijo la presidenta.", language: "es",
///   "It's not going to happen, the president said.", language: "en")
/// m.verdict   // .same
/// let c = try scorer.prepare(quotes)   // many quotations: one translation batch per language pair
/// scorer.clusters(in: c)                // e.g. [[0, 2, 3], [1]]: index groups, one per statement
/// ```
public struct CrossLingualScorer: Sendable {
  /// Backends and thresholds.
  ///
  /// ```swift
  /// var c = CrossLingualScorer.Configuration()
  /// c.translator = LexiconTranslator()   // --translate-with lexicon
  /// c.linkThreshold = 0.6
  /// ```
  public struct Configuration: Sendable {
    /// The machine translation backend (``ApertiumTranslator`` by default).
    public var translator: any Translator = ApertiumTranslator()
    /// The dictionary backend for word-level evidence; `nil` to go without it.
    public var lexicon: LexiconTranslator? = LexiconTranslator()
    /// Identifies quotations given without a language.
    public var identifier = LanguageIdentifier()
    /// The score from which two quotations are one statement (as in same-language matching).
    public var linkThreshold = 0.5
    /// The score from which two quotations are `related`.
    public var relatedThreshold = 0.2
    /// A side whose rescaled coverage reaches this is covered by the other.
    public var coveredThreshold = 0.75
    /// Quotations are linked only when one side's rescaled coverage reaches this.
    public var minimumCoverage = 0.5
    /// Compares two quotations of one language (`text A`, `text B`, language): plug in
    /// same-language matching (QuoteMatching's `QuoteMatcher`) here; by default they are
    /// compared like a translated pair, on their stems.
    public var sameLanguage: (@Sendable (String, String, String) -> CrossLingualMatch)?

    /// The default configuration.
    ///
    /// - Complexity: O(1).
    public init() {}
  }

  /// The configuration in use.
  public let configuration: Configuration

  /// A scorer with `configuration`.
  ///
  /// - Complexity: O(1).
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
  }

  /// Compares two quotations, preparing (translating) just these two.
  ///
  /// - Throws: ``QuoteLanguageError`` when a backend process fails.
  /// - Complexity: two translation batches, then O(*m* + *n*).
  public func match(
    _ a: String, language languageA: String?, _ b: String, language languageB: String?
  ) throws
    -> CrossLingualMatch
  {
    let c = try prepare([
      CrossLingualQuote(id: "a", text: a, language: languageA),
      CrossLingualQuote(id: "b", text: b, language: languageB),
    ])
    return match(0, 1, in: c)
  }

  /// Compares quotations `i` and `j` of a prepared collection.
  ///
  /// - Complexity: O(*m* + *n*) in their numbers of terms (merges of sorted sets).
  public func match(_ i: Int, _ j: Int, in collection: CrossLingualCollection) -> CrossLingualMatch
  {
    let a = collection.prepared[i]
    let b = collection.prepared[j]
    if a.language == b.language, let same = configuration.sameLanguage {
      return same(collection.quotes[i].text, collection.quotes[j].text, a.language)
    }
    let e = evidence(a, b, collection.vocabulary)
    let score = CrossLingualCalibration.score(e)
    let full = CrossLingualCalibration.fullCoverage
    let ca = min(1, e.coverageA / full)
    let cb = min(1, e.coverageB / full)
    let verdict = CrossLingualCalibration.verdict(
      score: score, coverageA: ca, coverageB: cb, configuration: configuration)
    return CrossLingualMatch(
      score: score, verdict: verdict, coverageA: ca, coverageB: cb, evidence: e,
      translationA: a.renderings[b.language]?.text, translationB: b.renderings[a.language]?.text)
  }

  /// The calibrated score of `i` and `j` alone (for ranking many candidates).
  ///
  /// - Complexity: O(*m* + *n*).
  public func score(_ i: Int, _ j: Int, in collection: CrossLingualCollection) -> Double {
    let a = collection.prepared[i]
    let b = collection.prepared[j]
    if a.language == b.language, configuration.sameLanguage != nil {
      return match(i, j, in: collection).score
    }
    return CrossLingualCalibration.score(evidence(a, b, collection.vocabulary))
  }

  /// The evidence of a comparison, before calibration.
  ///
  /// - Complexity: O(*m* + *n*).
  public func evidence(_ i: Int, _ j: Int, in collection: CrossLingualCollection)
    -> CrossLingualEvidence
  {
    evidence(collection.prepared[i], collection.prepared[j], collection.vocabulary)
  }

  /// Whether a comparison links two quotations as one statement, by the rule of same-language
  /// clustering: the score reaches the link threshold and one side's (rescaled) coverage the
  /// minimum coverage.
  ///
  /// - Complexity: O(1).
  public func links(_ m: CrossLingualMatch) -> Bool {
    m.score >= configuration.linkThreshold
      && max(m.coverageA, m.coverageB) >= configuration.minimumCoverage
  }

  /// Groups the collection's quotations: two are joined when they link (``links(_:)``), and
  /// groups are the connected components, so renderings of one statement in any language end
  /// in one group. Groups are in order of their first member.
  ///
  /// - Complexity: O(*n*²) comparisons.
  public func clusters(in collection: CrossLingualCollection) -> [[Int]] {
    var parent = Array(0..<collection.count)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for i in 0..<collection.count {
      for j in (i + 1)..<max(i + 1, collection.count) {
        if links(match(i, j, in: collection)) {
          let (ri, rj) = (root(i), root(j))
          if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
        }
      }
    }
    var groups: [Int: [Int]] = [:]
    for i in 0..<collection.count { groups[root(i), default: []].append(i) }
    return groups.values.sorted { $0[0] < $1[0] }
  }

  func evidence(_ a: PreparedQuote, _ b: PreparedQuote, _ v: CrossLingualVocabulary)
    -> CrossLingualEvidence
  {
    var mtA: [Double] = []
    var mtB: [Double] = []
    if a.language == b.language {
      // One language without a plugged-in matcher: direct overlap, put on the cross-lingual
      // scale (a complete rendering covers about `sameLanguageScale` through translation).
      let (x, y) = Self.overlap(a.terms, b.terms, v)
      mtA.append(x * Self.sameLanguageScale)
      mtB.append(y * Self.sameLanguageScale)
    }
    if let r = a.renderings[b.language], !r.terms.isEmpty {
      let (x, y) = Self.overlap(r.terms, b.terms, v)
      mtA.append(x)
      mtB.append(y)
    }
    if let r = b.renderings[a.language], !r.terms.isEmpty {
      let (x, y) = Self.overlap(a.terms, r.terms, v)
      mtA.append(x)
      mtB.append(y)
    }
    let ta = mtA.isEmpty ? 0 : mtA.reduce(0, +) / Double(mtA.count)
    let tb = mtB.isEmpty ? 0 : mtB.reduce(0, +) / Double(mtB.count)
    var la = ta
    var lb = tb
    if a.language == b.language {
      let (x, y) = Self.overlap(a.lemmas, b.lemmas, v)
      (la, lb) = (x * Self.sameLanguageScale, y * Self.sameLanguageScale)
    } else {
      if let r = a.renderings[b.language], !r.lexical.isEmpty {
        la = Self.lexical(r.lexical, b.lemmas, v)
      }
      if let r = b.renderings[a.language], !r.lexical.isEmpty {
        lb = Self.lexical(r.lexical, a.lemmas, v)
      }
    }
    let longer = max(a.length, b.length)
    return CrossLingualEvidence(
      translationCoverageA: ta, translationCoverageB: tb, lexicalCoverageA: la,
      lexicalCoverageB: lb,
      numbers: Self.agreement(a.numbers, b.numbers), names: Self.agreement(a.names, b.names),
      lengthRatio: longer == 0 ? 0 : Double(min(a.length, b.length)) / Double(longer))
  }

  /// What a same-language overlap is multiplied by when no same-language matcher is plugged
  /// in, to put it on the cross-lingual scale: the median per-side coverage of true translation
  /// pairs (0.567, NTREX dev `es`–`en`) over that of two independent Spanish translations of
  /// the same sentences (0.682, `es`–`es_mx`; `crosslingual-bench --same-language es,es_mx`).
  public static let sameLanguageScale = 0.83

  /// Weighted overlap of two sorted sets: the shares of each side's weight in common.
  static func overlap(_ a: [Int32], _ b: [Int32], _ v: CrossLingualVocabulary) -> (Double, Double) {
    var i = 0
    var j = 0
    var common: Float = 0
    var wa: Float = 0
    var wb: Float = 0
    for t in a { wa += v.weight(t) }
    for t in b { wb += v.weight(t) }
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        common += v.weight(a[i])
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return (wa > 0 ? Double(common / wa) : 0, wb > 0 ? Double(common / wb) : 0)
  }

  /// The weighted share of words with a translation among `lemmas` (sorted); a word weighs
  /// what its most common translation weighs.
  static func lexical(_ words: [[Int32]], _ lemmas: [Int32], _ v: CrossLingualVocabulary) -> Double
  {
    var total: Float = 0
    var hit: Float = 0
    for translations in words where !translations.isEmpty {
      var w = Float.infinity
      var found = false
      for t in translations {
        w = min(w, v.weight(t))
        if !found && Self.contains(lemmas, t) { found = true }
      }
      total += w
      if found { hit += w }
    }
    return total > 0 ? Double(hit / total) : 0
  }

  /// Items in common over items in either; 0.5 when both are empty.
  static func agreement(_ a: [Int32], _ b: [Int32]) -> Double {
    if a.isEmpty && b.isEmpty { return 0.5 }
    var common = 0
    for x in a where contains(b, x) { common += 1 }
    return Double(common) / Double(a.count + b.count - common)
  }

  static func contains(_ sorted: [Int32], _ x: Int32) -> Bool {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo < sorted.count && sorted[lo] == x
  }
}
