import Testing

@testable import QuoteLanguage

@Suite struct CrossLingualScorerTests {
  static let installed = CrossLingualFixtures.apertiumInstalled

  /// Every statement of the fixture forms one cluster, in whatever languages its quotations
  /// are; no two statements share a cluster; unrelated distractors stay alone. Hard negatives
  /// (same topic, same nouns) may attach to a statement, never bridge two.
  @Test(.enabled(if: installed)) func fixtureClusters() throws {
    let fixture = try CrossLingualFixtures.statements()
    let quotes = fixture.quotes
    let scorer = CrossLingualScorer()
    let c = try scorer.prepare(quotes)
    #expect(c.diagnostics.isEmpty, "\(c.diagnostics)")
    let clusters = scorer.clusters(in: c)
    let statementIDs = Set(fixture.statements.map(\.id))
    let distractorIDs = Set(fixture.distractors.map(\.id))
    for s in fixture.statements {
      let members = clusters.first { $0.contains { quotes[$0].id == s.id } } ?? []
      let own = members.filter { quotes[$0].id == s.id }
      #expect(own.count == s.quotes.count, "\(s.id) is split: \(members.map { quotes[$0].text })")
    }
    for cluster in clusters {
      let ids = Set(cluster.map { quotes[$0].id })
      #expect(ids.intersection(statementIDs).count <= 1, "statements merged: \(ids)")
      if ids.count > 1 {
        #expect(
          ids.isDisjoint(with: distractorIDs),
          "a distractor joined: \(cluster.map { quotes[$0].text })")
      }
    }
  }

  /// Sheinbaum's "(Eso) no va a ocurrir" and the wire renderings: the Spanish quote links to the
  /// rendering its translation reaches ("It's not going to happen" ↔ "No va a pasar"), and
  /// through it to the others (Apertium's dictionaries have `ocurrir` only as `occur`, so
  /// "That won't happen" alone shares nothing but "not" with it).
  @Test(.enabled(if: installed)) func sheinbaumAndHerRenderings() throws {
    let quotes = [
      CrossLingualQuote(id: "es", text: "Eso no va a ocurrir.", language: "es"),
      CrossLingualQuote(id: "afp", text: "That won't happen,", language: "en"),
      CrossLingualQuote(id: "reuters", text: "This will not happen.", language: "en"),
      CrossLingualQuote(id: "lt", text: "It's not going to happen.", language: "en"),
      CrossLingualQuote(id: "x", text: "Mexico will pay a tariff on everything.", language: "en"),
    ]
    let scorer = CrossLingualScorer()
    let c = try scorer.prepare(quotes)
    #expect(scorer.match(0, 3, in: c).score >= 0.5, "\(scorer.match(0, 3, in: c))")
    // One run of the pair's pipeline keeps the full stop that `apertium -f line` dropped.
    #expect(scorer.match(0, 3, in: c).translationA == "This does not go to occur.")
    #expect(scorer.clusters(in: c) == [[0, 1, 2, 3], [4]], "\(scorer.match(0, 3, in: c))")
    #expect(scorer.match(0, 4, in: c).score < 0.5)
  }

  @Test(.enabled(if: installed)) func partialQuoteIsContained() throws {
    let m = try CrossLingualScorer().match(
      "Vamos a seguir trabajando dentro de este marco de entendimiento, que tiene principios muy claros y que respeta nuestra soberanía y nuestra territorialidad.",
      language: "es",
      "We will continue working within that framework that has very clear principles,",
      language: "en")
    #expect(m.score >= 0.5, "\(m)")
    #expect(m.verdict == .contains, "\(m)")
  }

  @Test(.enabled(if: installed)) func languagesAreIdentifiedWhenNotGiven() throws {
    let c = try CrossLingualScorer().prepare([
      CrossLingualQuote(id: "a", text: "México es un país libre, independiente y soberano."),
      CrossLingualQuote(id: "b", text: "Mexico is a free, independent and sovereign country."),
    ])
    #expect(c.quotes.map(\.language) == ["es", "en"])
    #expect(c.translation(of: 0, into: "en")?.contains("Mexico") == true)
    #expect(CrossLingualScorer().match(0, 1, in: c).verdict == .same)
  }

  /// Without any translation, numbers and names still anchor a pair, and nothing throws.
  @Test func anchorsWithoutTranslation() throws {
    var config = CrossLingualScorer.Configuration()
    config.translator = PassthroughTranslator()
    config.lexicon = nil
    let scorer = CrossLingualScorer(configuration: config)
    let c = try scorer.prepare([
      CrossLingualQuote(
        id: "es", text: "Según López Obrador, llegaron 25.000 personas a Tijuana.", language: "es"),
      CrossLingualQuote(
        id: "en", text: "According to López Obrador, 25,000 people arrived in Tijuana.",
        language: "en"),
      CrossLingualQuote(id: "x", text: "The weather was fine on Sunday.", language: "en"),
    ])
    let e = scorer.evidence(0, 1, in: c)
    #expect(e.numbers == 1)
    #expect(e.names > 0.5)
    #expect(scorer.score(0, 1, in: c) > scorer.score(0, 2, in: c))
  }

  @Test func missingPairIsADiagnosticNotAFailure() throws {
    var config = CrossLingualScorer.Configuration()
    let none = ApertiumInstallation(modesDirectory: "/nonexistent")
    config.translator = ApertiumTranslator(installation: none)
    config.lexicon = LexiconTranslator(installation: none)
    let c = try CrossLingualScorer(configuration: config).prepare([
      CrossLingualQuote(id: "a", text: "Hola", language: "es"),
      CrossLingualQuote(id: "b", text: "Hello", language: "en"),
    ])
    #expect(c.diagnostics.contains { $0.contains("apertium-eng-spa") })
  }

  @Test func sameLanguageUsesThePluggedScorer() throws {
    var config = CrossLingualScorer.Configuration()
    config.translator = PassthroughTranslator()
    config.lexicon = nil
    config.sameLanguage = { _, _, _ in
      CrossLingualMatch(
        score: 0.9, verdict: .same, coverageA: 1, coverageB: 1,
        evidence: CrossLingualEvidence(
          translationCoverageA: 1, translationCoverageB: 1, lexicalCoverageA: 1,
          lexicalCoverageB: 1,
          numbers: 0.5, names: 0.5, lengthRatio: 1))
    }
    let scorer = CrossLingualScorer(configuration: config)
    let c = try scorer.prepare([
      CrossLingualQuote(id: "a", text: "That won't happen", language: "en"),
      CrossLingualQuote(id: "b", text: "It's not going to happen", language: "en"),
    ])
    #expect(scorer.match(0, 1, in: c).score == 0.9)
  }
}
