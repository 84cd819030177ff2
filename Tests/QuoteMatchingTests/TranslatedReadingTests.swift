import QuoteMatching
import Testing

/// Clustering and matching through a translation (``QuoteClusterer/cluster(_:translated:progress:)``,
/// ``QuoteMatcher/combine(_:translated:)``). The English texts are what Apertium
/// (`apertium spa-eng`) printed for the Spanish ones, written out so that this suite runs
/// without it; the QuoteLanguage tests run the whole path with Apertium.
@Suite("QuoteMatcher: reading quotations through a translation")
struct TranslatedReadingTests {
  /// Two NTREX renderings of "Within Scotland, each school will vary in the languages it
  /// teaches", a sentence of the same document, and two that share only `no` as written but
  /// much more once translated.
  static let spanish = [
    "En Escocia, cada colegio enseñará diferentes idiomas.",
    "Dentro de Escocia, cada escuela variará en cuanto a los idiomas que enseñe.",
    "Pero la invención que lleva su nombre sigue viva.",
    "No salió bien.",
    "Me dijeron que no saliese con la gorra puesta.",
  ]
  static let english = [
    "In Scotland, each school will teach different languages.",
    "Inside Scotland, each school will vary regarding the languages that teach.",
    "But the invention that spends his name follows alive.",
    "It did not exit well.",
    "They said me that it did not exit with the cap put.",
  ]

  static func records(_ texts: [String], language: String) -> [QuoteRecord] {
    texts.enumerated().map { QuoteRecord(id: "q\($0.offset)", text: $0.element, language: language) }
  }

  @Test func renderingsJoinThroughTheirTranslations() {
    let own = QuoteCollection(Self.records(Self.spanish, language: "es"))
    let translated = QuoteCollection(Self.records(Self.english, language: "en"))
    let alone = QuoteClusterer().cluster(own)
    #expect(alone.clusterID(of: 0) != alone.clusterID(of: 1), "as written they share too little")
    let both = QuoteClusterer().cluster(own, translated: translated)
    #expect(both.clusterID(of: 0) == both.clusterID(of: 1))
    #expect(both.clusters.count == 4, "\(both.clusters.map { $0.members })")
  }

  /// `No salió bien.` and `Me dijeron que no saliese…` both become "did not exit" in English;
  /// as written they share one word, so the translation alone cannot link them.
  @Test func aTranslationCannotLinkWhatSharesNothingAsWritten() {
    let m = QuoteMatcher()
    let own = m.match(Self.spanish[3], Self.spanish[4], languageA: "es", languageB: "es")
    let english = m.match(Self.english[3], Self.english[4], languageA: "en", languageB: "en")
    #expect(own.score < 0.1)
    #expect(m.links(english), "the translations alone link: \(english)")
    let combined = m.combine(own, translated: english)
    #expect(combined == own)
    let both = QuoteClusterer().cluster(
      QuoteCollection(Self.records(Self.spanish, language: "es")),
      translated: QuoteCollection(Self.records(Self.english, language: "en")))
    #expect(both.clusterID(of: 3) != both.clusterID(of: 4))
  }

  @Test func combinedScoreIsTheGeometricMeanAndCoverageTheBetterReading() {
    let m = QuoteMatcher()
    let own = m.match(Self.spanish[0], Self.spanish[1], languageA: "es", languageB: "es")
    let english = m.match(Self.english[0], Self.english[1], languageA: "en", languageB: "en")
    #expect(!m.links(own))
    #expect(m.links(english))
    let combined = m.combine(own, translated: english)
    #expect(abs(combined.score - max(own.score, (own.score * english.score).squareRoot())) < 1e-9)
    #expect(combined.coverageA == max(own.coverageA, english.coverageA))
    #expect(combined.coverageB == max(own.coverageB, english.coverageB))
    #expect(m.links(combined))
    #expect(combined.alignment == own.alignment, "offsets stay in the original texts")
  }

  @Test func documentedExample() {
    let m = QuoteMatcher()
    let own = m.match(
      "Pero no me he metido en política para hacer eso.", "Pero no me metí en política para hacer eso.",
      languageA: "es", languageB: "es")
    let english = m.match(
      "But I have not dipped me in politics to do this", "But I did not dip me in politics to do this",
      languageA: "en", languageB: "en")
    #expect(own.verdict == .contains)
    #expect(m.combine(own, translated: english).verdict == .same)
  }

  /// A translated collection of another size is not a reading of this one: ignored.
  @Test func mismatchedTranslationIsIgnored() {
    let own = QuoteCollection(Self.records(Self.spanish, language: "es"))
    let short = QuoteCollection(Self.records(Array(Self.english.prefix(2)), language: "en"))
    let a = QuoteClusterer().cluster(own)
    let b = QuoteClusterer().cluster(own, translated: short)
    #expect(a.clusters == b.clusters)
  }

  /// Search through the translation: the rendering of the same sentence scores higher, the
  /// unrelated sentence stays out, spans are in the Spanish text.
  @Test func searchThroughTheTranslation() throws {
    let targets = Self.records([Self.spanish[1], Self.spanish[2]], language: "es")
    let english = Self.records([Self.english[1], Self.english[2]], language: "en")
    let query = [QuoteRecord(id: "q", text: Self.spanish[0], language: "es")]
    let queryInEnglish = [QuoteRecord(id: "q", text: Self.english[0], language: "en")]
    let own = QuoteSearcher(index: QuoteCollection(targets))
    let alone = own.search(query, top: 2)[0]
    let both = own.search(
      query, top: 2, translated: QuoteSearcher(index: QuoteCollection(english)), translatedQueries: queryInEnglish)[0]
    let first = try #require(both.first)
    #expect(first.id == "q0")
    #expect(first.score > (alone.first { $0.id == "q0" }?.score ?? 0))
    #expect(!both.contains { $0.id == "q1" && $0.score >= 0.5 })
    let span = try #require(first.span)
    let scalars = Array(Self.spanish[1].unicodeScalars)
    #expect(span.upperBound <= scalars.count)
  }
}
