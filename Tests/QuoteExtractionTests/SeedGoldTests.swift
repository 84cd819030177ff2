import Foundation
import QuoteExtraction
import Testing

/// The five seed articles against their gold (`Fixtures/en/seeds.gold.json`): 45 quotations,
/// 31 of them speech (one mixed, one headline), 10 partial, 4 scare.
@Suite("Seeds: gold quotations, kinds and speakers")
struct SeedGoldTests {
  static let goldPath = "Fixtures/en/seeds.gold.json"

  @Test func goldCountsMatchTheIssue() throws {
    let gold = try Fixtures.gold(Self.goldPath)
    let all = gold.documents.flatMap(\.quotes)
    #expect(all.count == 45)
    #expect(all.filter { $0.kind.isSpeech }.count == 31)
    #expect(all.filter { $0.kind == .partial }.count == 10)
    #expect(all.filter { $0.kind == .scare }.count == 4)
  }

  @Test func scoresDoNotFallBelowWhatWasReached() throws {
    let score = try Score.evaluate(try Fixtures.gold(Self.goldPath))
    print("Seeds:\n\(score)")
    // Reached when this test was written: every span, every kind, every speaker.
    #expect(score.matched >= 45)
    #expect(score.precision >= 1.0)
    #expect(score.speechFound >= 31)
    #expect(score.speakerAccuracy >= 1.0)
    for kind in [QuoteKind.direct, .partial, .mixed, .scare, .headline] {
      #expect(score.f1(kind) >= 1.0, "F1 of \(kind)")
    }
    #expect(score.failures.isEmpty, "\(score.failures)")
  }

  @Test func nestedQuoteHasDepthOneAndItsOwnSpeaker() throws {
    let text = try Fixtures.text("seeds/004_f42273d575fc1bef.txt")
    let r = QuoteExtractor().extract(from: text, language: "en")
    let nested = try #require(r.quotes.first { $0.text.hasPrefix("We offer you") })
    #expect(nested.depth == 1)
    let parent = try #require(nested.parent)
    #expect(r.quotes[parent].text.hasPrefix("He has suggested"))
    #expect(r.quotes[parent].speaker?.name == "Claudia Sheinbaum")
    #expect(nested.speaker?.name == "Donald Trump")
    #expect(nested.openingMark.map { r.text(of: $0) } == "'")
  }

  @Test func scareQuotesAreLabelledScare() throws {
    var scare: [String] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("seeds").path)
      .sorted()
    {
      let r = QuoteExtractor().extract(from: try Fixtures.text("seeds/" + file), language: "en")
      scare += r.quotes.filter { $0.kind == .scare }.map(\.text)
    }
    #expect(scare == ["terrorist", "terrorist", "no information", "many times"])
  }

  @Test func headlineQuoteIsFoundAndAttributed() throws {
    let r = QuoteExtractor().extract(
      from: try Fixtures.text("seeds/001_1b62ace0acadcbe7.txt"), language: "en")
    let q = try #require(r.quotes.first)
    #expect(q.text == "That won't happen")
    #expect(q.kind == .headline)
    #expect(q.region == .heading)
    #expect(q.speaker?.name == "Claudia Sheinbaum")
  }

  @Test func splitQuoteIsOneStatement() throws {
    let r = QuoteExtractor().extract(
      from: try Fixtures.text("seeds/004_f42273d575fc1bef.txt"), language: "en")
    let first = try #require(r.quotes.firstIndex { $0.text.hasPrefix("There is collaboration") })
    let second = try #require(
      r.quotes.firstIndex { $0.text.hasPrefix("But there is no subordination") })
    #expect(r.quotes[second].statement == first)
    #expect(r.statements.contains { $0.count == 2 && $0[0].text.hasPrefix("There is") })
  }

  @Test func relatedLinksAreBoilerplate() throws {
    let r = QuoteExtractor().extract(
      from: try Fixtures.text("seeds/000_a1bb128c15978151.txt"), language: "en")
    let jaw = try #require(r.quotes.first { $0.text == "double broken jaw" })
    #expect(jaw.region == .boilerplate)
    #expect(r.quotes.filter { $0.region == .boilerplate }.count == 1)
  }

  @Test func possessiveApostropheDoesNotUnbalanceTheArticle() throws {
    // textacy drops 004 for its odd number of marks (Victims'): everything still extracts.
    let r = QuoteExtractor().extract(
      from: try Fixtures.text("seeds/004_f42273d575fc1bef.txt"), language: "en")
    #expect(r.quotes.count == 21)
    #expect(r.diagnostics.isEmpty)
    #expect(r.quotes.allSatisfy { $0.diagnostics.isEmpty })
  }
}
