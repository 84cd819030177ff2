import QuoteMatching
import Testing

/// The same words with another figure, month or day, or an antonym, are another statement or a
/// misquotation: a fact-checker must see them apart, with the differing words in the alignment. Figures
/// written differently (`twenty-five thousand` / `25,000`, `09:30` / `9:30`) and unit
/// conversions that change the words too are not such pairs.
@Suite("QuoteMatcher: conflicting figures and dates")
struct FactConflictTests {
  let m = QuoteMatcher()

  @Test(
    "Another figure, month or day in the same place: related at most",
    arguments: [
      ("Prices rose 3% in October.", "Prices rose 4% in October."),
      ("I will meet President Xi in April.", "I will meet President Xi in May."),
      ("The vote is on Tuesday, the minister said.", "The vote is on Thursday, the minister said."),
      ("Murieron 12 personas en el incendio.", "Murieron 21 personas en el incendio."),
      // 2 and 7 too: function words of other languages (Portuguese `dos`, Italian `siete`) are
      // not keyed as the Spanish numbers they spell.
      ("Prices rose 3% in May", "Prices rose 2% in May"),
      ("Unemployment fell to 5 percent", "Unemployment fell to 7 percent"),
      // English direct antonyms (WordNet) in the same place.
      ("We won the vote in the Senate.", "We lost the vote in the Senate."),
      ("The strike is legal, the union said.", "The strike is illegal, the union said."),
      ("Prices will rise next year.", "Prices will fall next year."),
      ("We accept the proposal of the United States.", "We reject the proposal of the United States."),
      // Opposed little words in the same place, in several languages.
      ("We voted for the bill in the Senate.", "We voted against the bill in the Senate."),
      ("The talks will go on with Russia.", "The talks will go on without Russia."),
      ("We will decide before the election.", "We will decide after the election."),
      ("Inflation is above the target of the bank.", "Inflation is below the target of the bank."),
      ("Habrá más soldados en la frontera.", "Habrá menos soldados en la frontera."),
      ("Nous voterons pour le projet de loi.", "Nous voterons contre le projet de loi."),
      ("The situation at the border is under control.", "The situation at the border is out of control."),
      // Orders of magnitude written as words are figures too.
      ("The attack killed dozens of people.", "The attack killed hundreds of people."),
      ("Miles de personas marcharon en la capital.", "Cientos de personas marcharon en la capital."),
    ])
  func conflicting(_ a: String, _ b: String) {
    let r = m.match(a, b)
    #expect(r.verdict == .related || r.verdict == .different, "\(a) / \(b): \(r.verdict) \(r.score)")
    #expect(r.score < m.configuration.linkThreshold)
    #expect(m.match(b, a).score == r.score)
    // The alignment shows the figures as the words only one side has.
    let ops = r.alignment.segments.map(\.operation)
    #expect(ops.contains(.onlyA) && ops.contains(.onlyB))
  }

  @Test(
    "The same figure written another way, or a figure one side leaves out: unchanged",
    arguments: [
      ("every boat we knock out, we save 25,000 American lives",
       "Every boat we knock out saves twenty-five thousand American lives", MatchVerdict.same),
      ("a las 9:30 del domingo", "a las 09:30 del domingo", .same),
      ("Prices rose 3% in October.", "Prices rose in October.", .same),
      // Units converted: more than the figure differs there.
      ("Se esperan entre 5 y 10 centímetros de lluvia en partes del suroeste.",
       "Se esperan de 2 a 4 pulgadas de lluvia en partes del suroeste.", .related),
      // Antonyms: a negation turning one into the other is not opposite (`not easy` is
      // `difficult`, though the two share too little to be called one statement); synonyms
      // are not antonyms.
      ("It is not easy for our country.", "It is difficult for our country.", .related),
      ("This is a very difficult moment for our country.",
       "This is a very hard moment for our country.", .same),
      // An opposed little word that one side leaves out, or other little words: unchanged.
      ("We voted for the bill in the Senate.", "We voted for this bill in the Senate.", .same),
      ("There will be more troops in the region.", "There will be troops in the region.", .same),
      // Two words for one order of magnitude are one figure.
      ("Centenares de personas marcharon en la capital.", "Cientos de personas marcharon en la capital.", .same),
    ])
  func unchanged(_ a: String, _ b: String, _ verdict: MatchVerdict) {
    let r = m.match(a, b)
    #expect(r.verdict == verdict, "\(a) / \(b): \(r.verdict) \(r.score)")
  }

  /// A translation that loses the difference (Apertium's `soldered` for `soldados` on one side
  /// only, a translator's slip) cannot link what says opposite things as written.
  @Test("A conflict as written is not raised by the translations")
  func translationDoesNotUndoAConflict() {
    let own = m.match(
      "Habrá más soldados en la frontera.", "Habrá menos soldados en la frontera.", languageA: "es",
      languageB: "es")
    #expect(own.evidence.conflict)
    let english = m.match(
      "There will be more soldiers at the border.", "There will be many soldiers at the border.",
      languageA: "en", languageB: "en")
    #expect(m.links(english), "the translations alone link: \(english)")
    #expect(m.combine(own, translated: english) == own)
    let spanish = [
      QuoteRecord(id: "a", text: "Habrá más soldados en la frontera.", language: "es"),
      QuoteRecord(id: "b", text: "Habrá menos soldados en la frontera.", language: "es"),
    ]
    let translated = [
      QuoteRecord(id: "a", text: "There will be more soldiers at the border.", language: "en"),
      QuoteRecord(id: "b", text: "There will be many soldiers at the border.", language: "en"),
    ]
    let r = QuoteClusterer().cluster(QuoteCollection(spanish), translated: QuoteCollection(translated))
    #expect(r.clusterID(of: 0) != r.clusterID(of: 1))
  }

  @Test("Clustering keeps two figures apart")
  func clustering() {
    let records = [
      QuoteRecord(id: "a", text: "Unemployment fell to 4.1% in March.", speaker: "Powell"),
      QuoteRecord(id: "b", text: "unemployment fell to 4.1% in March", speaker: "Powell"),
      QuoteRecord(id: "c", text: "Unemployment fell to 4.7% in March.", speaker: "Powell"),
    ]
    let r = QuoteClusterer().cluster(records)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 0) != r.clusterID(of: 2))
  }

  @Test("Clustering keeps a statement and its antonym apart")
  func clusteringAntonyms() {
    let records = [
      QuoteRecord(id: "a", text: "We won the vote in the Senate.", language: "en", speaker: "Schumer"),
      QuoteRecord(id: "b", text: "we won the vote in the Senate", language: "en", speaker: "Schumer"),
      QuoteRecord(id: "c", text: "We lost the vote in the Senate.", language: "en", speaker: "Schumer"),
    ]
    let r = QuoteClusterer().cluster(records)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 0) != r.clusterID(of: 2))
  }
}
