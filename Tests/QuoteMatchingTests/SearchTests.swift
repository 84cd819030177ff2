import QuoteMatching
import Testing

@Suite("QuoteSearcher")
struct SearchTests {
  @Test func findsAQuotationInArticlesRankedWithItsSpan() throws {
    var articles: [QuoteRecord] = []
    for n in ["000_a1bb128c15978151", "001_1b62ace0acadcbe7", "003_1f76fd77d8f66e91", "004_f42273d575fc1bef"] {
      let text = try String(contentsOf: packageRoot.appendingPathComponent("seeds/\(n).txt"), encoding: .utf8)
      articles.append(QuoteRecord(id: n, text: text, language: "en"))
    }
    let s = QuoteSearcher(index: QuoteCollection(articles))
    let hits = s.search(QuoteRecord(id: "q", text: "We do not agree with any process of interference"), top: 3)
    let best = try #require(hits.first)
    #expect(best.id == "003_1f76fd77d8f66e91")
    #expect(best.verdict == .contained)
    let span = try #require(best.span)
    let scalars = Array(articles[2].text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[span])) == "We do not agree with any process of interference")
  }

  @Test func speakersAndDatesFilterTargets() {
    let index = QuoteCollection([
      QuoteRecord(id: "nov4", text: "That won't happen", speaker: "Sheinbaum", date: "2025-11-04"),
      QuoteRecord(id: "nov18", text: "It's not going to happen", speaker: "Sheinbaum", date: "2025-11-18"),
      QuoteRecord(id: "trump", text: "It is not going to happen", speaker: "Donald Trump", date: "2025-11-18"),
    ])
    let hits = QuoteSearcher(index: index).search(QuoteRecord(id: "q", text: "It won't happen", speaker: "Claudia Sheinbaum", date: "2025-11-18"))
    #expect(hits.map(\.id) == ["nov18"])
  }

  @Test func manyQueriesKeepTheirOrder() {
    let index = QuoteCollection([
      QuoteRecord(id: "a", text: "Mexico is a free, independent and sovereign country."),
      QuoteRecord(id: "b", text: "There is always a way,"),
    ])
    let results = QuoteSearcher(index: index).search([
      QuoteRecord(id: "1", text: "there's always a way"), QuoteRecord(id: "2", text: "a sovereign country"),
    ])
    #expect(results.map { $0.first?.id } == ["b", "a"])
  }
}
