import QuoteMatching
import Testing

/// Clustering links two quotations only when they share a content word, or when each covers
/// the other: function words alone (`Eso es lo que …`) are not a statement.
///
/// `That is what happened.` / `That is what they did.` score 0.91 on `that is what` (and
/// `they did`) alone, and linked before the rule. The Spanish pair reaches such a score only in
/// a large collection, where the IDF of `eso`, `es`, `lo`, `que` grows: here the thresholds are
/// loosened until its words alone would link. Each test checks that they would, then that the
/// clusterer does not.
@Suite("Clustering: function words alone never link")
struct SharedContentTests {
  /// Thresholds under which the pairs below reach a link on their shared words.
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
  func sharedFunctionWordsDoNotLink(_ language: String, _ a: String, _ b: String, _ loose: Bool) {
    let matcher = loose ? Self.loose : QuoteMatcher()
    let m = matcher.match(a, b, languageA: language, languageB: language)
    // The words alone would link: score and coverage reach the thresholds.
    #expect(m.score >= matcher.configuration.linkThreshold)
    #expect(max(m.coverageA, m.coverageB) >= matcher.configuration.minimumCoverage)
    #expect(m.evidence.matchedContentWords == 0)
    let r = QuoteClusterer(matcher: matcher).cluster([
      QuoteRecord(id: "a", text: a, language: language),
      QuoteRecord(id: "b", text: b, language: language),
    ])
    #expect(r.clusterID(of: 0) != r.clusterID(of: 1))
  }

  /// The same shapes with one content word in common link under the same thresholds.
  @Test func aSharedContentWordLinks() {
    let a = "Eso es lo que ocurrió."
    let b = "Eso es lo que ocurrió con estos jugadores."
    let r = QuoteClusterer(matcher: Self.loose).cluster([
      QuoteRecord(id: "a", text: a, language: "es"),
      QuoteRecord(id: "b", text: b, language: "es"),
    ])
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
  }

  /// A quotation of function words only still joins its own copies, and a copy with other
  /// punctuation: each covers the other.
  @Test func copiesOfFunctionWordsLink() {
    let r = QuoteClusterer().cluster([
      QuoteRecord(id: "a", text: "It is what it is.", language: "en", source: "AFP"),
      QuoteRecord(id: "b", text: "“It is what it is”", language: "en", source: "Reuters"),
      QuoteRecord(id: "c", text: "It is what it is.", language: "en", source: "BBC"),
    ])
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 0) == r.clusterID(of: 2))
  }
}
