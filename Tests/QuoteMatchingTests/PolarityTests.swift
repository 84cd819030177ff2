import QuoteMatching
import Testing

/// A quotation and the same words with a negation added or dropped say opposite things: a
/// fact-checker must not see them as one statement. Paraphrases that negate the same way, or
/// move the negation into a word, are not such pairs.
@Suite("QuoteMatcher: opposite polarity")
struct PolarityTests {
  let m = QuoteMatcher()

  @Test("The same words with a negation added or dropped are related at most",
    arguments: [
      ("We will accept the deal.", "We will not accept the deal."),
      ("The minister said the border is open.", "The minister said the border is not open."),
      ("Dijo que vamos a aceptar el acuerdo.", "Dijo que no vamos a aceptar el acuerdo."),
      // `no one` is `nobody`, a negation, even in a quotation too short to tell its language.
      ("No one died.", "One died."),
      // A negation swapped for its positive counterpart.
      ("The president has done nothing wrong.", "The president has done something wrong."),
      ("I never said that about the governor.", "I always said that about the governor."),
      ("There is no solution to this crisis.", "There is always a solution to this crisis."),
      ("No hicimos nada malo.", "Hicimos algo malo."),
    ])
  func oppositePolarity(_ a: String, _ b: String) {
    let r = m.match(a, b)
    #expect(r.verdict == .related || r.verdict == .different, "\(a) / \(b): \(r.verdict) \(r.score)")
    #expect(r.score < m.configuration.linkThreshold)
    // The same in both orders.
    #expect(m.match(b, a).score == r.score)
  }

  @Test("Negating the same way, a lead-in No, or a negation outside the shared words: unchanged",
    arguments: [
      ("That won't happen,", "It's not going to happen.", MatchVerdict.same),
      ("No, Mexico is a free, independent and sovereign country.",
       "Mexico is a free, independent and sovereign country.", .same),
      // Negative concord: negated on both sides (the reordered word makes it `contains`).
      ("No lo hizo nunca, dijo el ministro.", "Nunca lo hizo, dijo el ministro.", .contains),
      ("We will never give up, and we will win.", "we will win", .contains),
      // A partial quote whose negation the reporter kept outside the quotation marks.
      ("We will not accept any interference.", "accept any interference", .contains),
      // Indefinite pronouns: `no one` / `nobody`, `anybody` / `anyone`.
      ("No one is above the law.", "Nobody is above the law.", .same),
      ("No one died.", "Nobody died.", .same),
      ("Anybody can see that.", "Anyone can see that.", .same),
      // Negated both ways.
      ("I have done nothing wrong.", "I have not done anything wrong.", .contained),
    ])
  func samePolarity(_ a: String, _ b: String, _ verdict: MatchVerdict) {
    let r = m.match(a, b)
    #expect(r.verdict == verdict, "\(a) / \(b): \(r.verdict) \(r.score)")
    #expect(r.score >= m.configuration.linkThreshold)
  }

  @Test("Clustering keeps a statement and its negation apart")
  func clustering() {
    let records = [
      QuoteRecord(id: "a", text: "We will accept the deal on tariffs.", speaker: "Sheinbaum"),
      QuoteRecord(id: "b", text: "We will accept the deal on tariffs", speaker: "Sheinbaum"),
      QuoteRecord(id: "c", text: "We will not accept the deal on tariffs.", speaker: "Sheinbaum"),
    ]
    let r = QuoteClusterer().cluster(records)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 0) != r.clusterID(of: 2))
  }
}
