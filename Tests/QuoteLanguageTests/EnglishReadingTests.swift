import QuoteMatching
import Testing

@testable import QuoteLanguage

/// One language other than English, clustered and matched through its Apertium translations
/// too (``CrossLingualClusterer/readsThroughEnglish(_:)``).
@Suite struct EnglishReadingTests {
  static let installed = CrossLingualFixtures.apertiumInstalled

  static let spanish = [
    QuoteRecord(id: "a", text: "En Escocia, cada colegio enseñará diferentes idiomas.", language: "es"),
    QuoteRecord(
      id: "b", text: "Dentro de Escocia, cada escuela variará en cuanto a los idiomas que enseñe.", language: "es"),
    QuoteRecord(id: "c", text: "Pero la invención que lleva su nombre sigue viva.", language: "es"),
  ]

  @Test(.enabled(if: installed)) func spanishRenderingsClusterThroughEnglish() throws {
    let clusterer = CrossLingualClusterer()
    #expect(clusterer.readsThroughEnglish("es"))
    #expect(!clusterer.readsThroughEnglish("en"))
    let r = try clusterer.cluster(Self.spanish)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 2) != r.clusterID(of: 0))
    let english = try clusterer.englishReading(of: Self.spanish, language: "es")
    #expect(english.map(\.id) == ["a", "b", "c"])
    #expect(english.allSatisfy { $0.language == "en" })
    #expect(english[0].text.contains("Scotland"))
  }

  /// Without translation the same three stay apart: what joined them was the English reading.
  @Test func passthroughReadsNothingThroughEnglish() throws {
    var configuration = CrossLingualScorer.Configuration()
    configuration.translator = PassthroughTranslator()
    let clusterer = CrossLingualClusterer(scorer: CrossLingualScorer(configuration: configuration))
    #expect(!clusterer.readsThroughEnglish("es"))
    let r = try clusterer.cluster(Self.spanish)
    #expect(Set((0..<3).map { r.clusterID(of: $0) }).count == 3)
  }

  @Test(.enabled(if: installed)) func pairsOfOneLanguageGetTheirEnglishReading() throws {
    let pairs = [
      QuotePair(id: "es", a: "¿Filtro usted el documento?", b: "¿Filtraron el documento?", languageA: "es", languageB: "es"),
      QuotePair(id: "en", a: "That won't happen", b: "It's not going to happen", languageA: "en", languageB: "en"),
      QuotePair(id: "mixed", a: "Eso no va a ocurrir.", b: "It's not going to happen.", languageA: "es", languageB: "en"),
    ]
    let matcher = QuoteMatcher()
    let own = matcher.match(pairs: pairs)
    let r = try CrossLingualScorer().throughEnglish(pairs, own: own, matcher: matcher)
    #expect(own[0].verdict != .same)
    #expect(r[0].match.verdict == .same, "\(r[0])")
    #expect(r[0].translation?.b == "They filtered the document?")
    #expect(r[0].match.alignment == own[0].alignment)
    #expect(r[1].translation == nil && r[1].match == own[1])
    #expect(r[2].translation == nil && r[2].match == own[2], "two languages: cross-lingual matching's job")
  }
}
