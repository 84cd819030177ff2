import QuoteMatching
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
    // The scorer alone compares terms; a quotation whose rendering differs by a synonym the
    // dictionaries lack (`ocurrir` is only `occur` there) is joined by the same-language
    // reading of its translation, as the clusterer reads it (SharedPipelineTests).
    let matcher = QuoteMatcher()
    for s in fixture.statements {
      let members = clusters.max { a, b in
        a.filter { quotes[$0].id == s.id }.count < b.filter { quotes[$0].id == s.id }.count
      } ?? []
      for q in quotes.indices where quotes[q].id == s.id && !members.contains(q) {
        let read = members.contains { m in
          let r = scorer.match(q, m, in: c).readThrough(
            matcher, a: quotes[q].text, languageA: quotes[q].language, b: quotes[m].text,
            languageB: quotes[m].language)
          return scorer.links(r)
        }
        #expect(read, "\(s.id) is split: \(quotes[q].text) from \(members.map { quotes[$0].text })")
      }
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

  /// Sheinbaum's "(Eso) no va a ocurrir" and the wire renderings: its translation (`This will
  /// not occur.`) reaches each of them through same-language matching, which reads `occur` as
  /// `happen` (Apertium's dictionaries have `ocurrir` only as `occur`).
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
    // The periphrastic future is translated as one (it was `This does not go to occur.`), and
    // one run of the pair's pipeline keeps the full stop that `apertium -f line` dropped.
    #expect(scorer.match(0, 2, in: c).translationA == "This will not occur.")
    // `occur` is not `happen` to the dictionaries: the renderings are reached by reading the
    // translation with same-language matching.
    for r in 1...3 {
      let m = scorer.match(0, r, in: c).readThrough(
        QuoteMatcher(), a: quotes[0].text, languageA: "es", b: quotes[r].text, languageB: "en")
      #expect(scorer.links(m), "\(quotes[r].text): \(m)")
    }
    #expect(scorer.clusters(in: c).contains([1, 2, 3]))
    #expect(scorer.match(0, 4, in: c).score < 0.5)
  }

  /// Term overlap across languages weighs no negation; the reading of a translation does, and
  /// lowers the pair to it: `related` at most, in pairs and clusters.
  @Test(.enabled(if: installed)) func negatedStatementsAcrossLanguagesStayApart() throws {
    let scorer = CrossLingualScorer()
    let matcher = QuoteMatcher()
    for (es, en, opposite) in [
      ("No vamos a aceptar el acuerdo.", "We will accept the deal.", "We will not accept the deal."),
      ("Eso no va a ocurrir.", "That will happen.", "That won't happen."),
    ] {
      let x = try scorer.match(es, language: "es", en, language: "en")
        .readThrough(matcher, a: es, languageA: "es", b: en, languageB: "en")
      #expect(!scorer.links(x), "\(es) / \(en): \(x)")
      let y = try scorer.match(es, language: "es", opposite, language: "en")
        .readThrough(matcher, a: es, languageA: "es", b: opposite, languageB: "en")
      #expect(scorer.links(y), "\(es) / \(opposite): \(y)")
    }
    let records = [
      QuoteRecord(id: "es", text: "No vamos a aceptar el acuerdo.", language: "es"),
      QuoteRecord(id: "en1", text: "We will accept the deal.", language: "en"),
      QuoteRecord(id: "en2", text: "We will not accept the deal.", language: "en"),
    ]
    let r = try CrossLingualClusterer().cluster(records)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 2))
    #expect(r.clusterID(of: 0) != r.clusterID(of: 1))
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
