import QuoteMatching
import Testing

/// Function words alone (`That is what …`, `Eso es lo que …`) are not a statement: two
/// quotations that share no content word score `related` at most unless one holds the other,
/// and clustering links them only when each holds the other.
///
/// `That is what happened.` / `That is what they did.` scored 0.91 on `that is what` and were
/// one cluster. The Spanish pair reaches such a score only in a large collection, where the IDF
/// of `eso`, `es`, `lo`, `que` grows; here the thresholds are loosened until its words alone
/// would link.
@Suite("Function words alone are no statement")
struct SharedContentTests {
  /// Thresholds under which the Spanish pair would link on its shared words.
  static let loose: QuoteMatcher = {
    var c = QuoteMatcher.Configuration()
    c.linkThreshold = 0.2
    c.minimumCoverage = 0.3
    return QuoteMatcher(configuration: c)
  }()

  /// (language, a, b, whether the thresholds are loosened)
  static let functionOnly: [(String, String, String, Bool)] = [
    ("en", "That is what happened.", "That is what they did.", false),
    ("es", "Eso es lo que ocurrió.", "Eso es lo que hicieron estos jugadores.", true),
  ]

  @Test(arguments: functionOnly)
  func sharedFunctionWordsAreRelatedAtMost(
    _ language: String, _ a: String, _ b: String, _ loose: Bool
  ) {
    let matcher = loose ? Self.loose : QuoteMatcher()
    let m = matcher.match(a, b, languageA: language, languageB: language)
    #expect(m.evidence.matchedContentWords == 0)
    // One side reaches the link step's minimum coverage: without the ceiling this pair links.
    #expect(max(m.coverageA, m.coverageB) >= matcher.configuration.minimumCoverage)
    #expect(m.score <= 0.35)
    #expect(m.verdict == .related)
    let r = QuoteClusterer(matcher: matcher).cluster([
      QuoteRecord(id: "a", text: a, language: language),
      QuoteRecord(id: "b", text: b, language: language),
    ])
    #expect(r.clusterID(of: 0) != r.clusterID(of: 1))
  }

  /// The same shape with one content word in common links under the same thresholds.
  @Test func aSharedContentWordLinks() {
    let a = "Eso es lo que ocurrió."
    let b = "Eso es lo que ocurrió con estos jugadores."
    #expect(Self.loose.match(a, b, languageA: "es", languageB: "es").score > 0.9)
    let r = QuoteClusterer(matcher: Self.loose).cluster([
      QuoteRecord(id: "a", text: a, language: "es"),
      QuoteRecord(id: "b", text: b, language: "es"),
    ])
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
  }

  /// A quotation of function words held whole in another is `contained` for `match`, but
  /// clustering does not link it: it would join every quotation that holds those words.
  @Test func aFragmentOfFunctionWordsIsContainedButNotLinked() {
    let a = "Yes, we can."
    let b = "Yes, we can, and we will."
    let m = QuoteMatcher().match(a, b)
    #expect(m.verdict == .contained)
    #expect(m.evidence.matchedContentWords == 0)
    let r = QuoteClusterer().cluster([QuoteRecord(id: "a", text: a), QuoteRecord(id: "b", text: b)])
    #expect(r.clusterID(of: 0) != r.clusterID(of: 1))
  }

  /// Copies of a quotation of function words still join: each covers the other.
  @Test func copiesOfFunctionWordsLink() {
    let r = QuoteClusterer().cluster([
      QuoteRecord(id: "a", text: "It is what it is.", language: "en", source: "AFP"),
      QuoteRecord(id: "b", text: "“It is what it is”", language: "en", source: "Reuters"),
      QuoteRecord(id: "c", text: "It is what it is.", language: "en", source: "BBC"),
    ])
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 0) == r.clusterID(of: 2))
  }

  /// Search ranks a target sharing content words above one sharing function words only.
  @Test func searchRanksContentAboveFunctionWords() throws {
    let index = QuoteCollection([
      QuoteRecord(id: "function", text: "That is what they did."),
      QuoteRecord(id: "content", text: "Nobody knows what happened in the bunker that night."),
    ])
    let query = QuoteRecord(id: "q", text: "That is what happened.")
    let hits = QuoteSearcher(index: index).search(query)
    let ids = hits.map(\.id)
    let content = try #require(ids.firstIndex(of: "content"))
    if let function = ids.firstIndex(of: "function") { #expect(content < function) }
  }
}
