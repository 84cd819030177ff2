@testable import QuoteMatching
import Testing

@Suite("Analysis: words, paraphrases, classes")
struct AnalysisTests {
  let m = QuoteMatcher()

  func surfaces(_ text: String, _ lang: String? = "en") -> [UInt64] { m.analyze(text, language: lang).terms.map(\.surface) }

  @Test(arguments: ["That won't happen,", "This will not happen", "It won't happen", "it's not going to happen.", "It’s not going to happen."])
  func fiveRenderingsGiveOneSequence(_ text: String) {
    #expect(surfaces(text) == ["it", "will", "not", "happen"].map(WordHash.of))
  }

  /// A quotation too short for its language to be told is read with the English rules too
  /// (they key on English words only).
  @Test func shortQuotationsOfNoKnownLanguageGetTheEnglishRules() {
    #expect(m.analyze("Won't happen.", language: nil).language == nil)
    #expect(m.analyze("No one died.", language: nil).language == nil)
    #expect(surfaces("No one died.", nil) == ["nobody", "died"].map(WordHash.of))
  }

  /// A quotation of no known language and one read as English give the same word one term
  /// (`evacuated` is `evacuate` on both sides): the same words always align.
  @Test func noKnownLanguageReadsInflectionsAsEnglishDoes() {
    #expect(m.analyze("Hundreds were evacuated", language: nil).language == nil)
    let a = m.analyze("Hundreds of people were evacuated", language: nil)
    let b = m.analyze("Hundreds were evacuated", language: nil)
    #expect(a.language == "en")
    #expect(a.terms.last?.lexeme == b.terms.last?.lexeme)
    #expect(m.match("Hundreds of people were evacuated", "Hundreds were evacuated").verdict == .contains)
  }

  @Test func goingToAJourneyStays() {
    #expect(surfaces("We are going to the border").contains(WordHash.of("going")))
  }

  @Test func bracketsElisionsAndLeadIns() throws {
    let q = m.analyze("No, the Secretary of State (Marco Rubio) was here … and left", language: "en")
    let flags = q.terms.map(\.flags)
    #expect(flags[0].contains(.leadIn))
    #expect(q.terms.filter { $0.flags.contains(.bracketed) }.count == 2)
    let and = try #require(q.terms.firstIndex { $0.surface == WordHash.of("and") })
    #expect(flags[and].contains(.gapBefore))
  }

  @Test func acronymsAndNumbers() {
    let q = m.analyze("The U.S. government paid 25,000 dollars", language: "en")
    #expect(q.words.contains("u.s."))
    #expect(q.terms.contains { $0.surface == Acronyms.mark(WordHash.of("us")) })
  }

  /// An acronym and its phrase are one term; a common word with the acronym's letters is not
  /// the acronym unless written as one (WordNet pairs).
  @Test func acronymsAndTheirPhrases() {
    let us = [Acronyms.mark(WordHash.of("us"))]
    for text in ["the United States acts", "the U.S. acts", "the US acts"] {
      #expect(surfaces(text).dropFirst().prefix(1).elementsEqual(us), "\(text)")
    }
    #expect(surfaces("they hate us").last == WordHash.of("us"))
    // Acronyms of one first sense are one term (`USA` is `US`); a phrase of another sense of
    // one of them keeps its own (`the United States Army` is not `the USA`).
    for text in ["the USA acts", "the U.S.A. acts", "the United States of America acts"] {
      #expect(surfaces(text).dropFirst().prefix(1).elementsEqual(us), "\(text)")
    }
    #expect(surfaces("the United States Army acts") != surfaces("the USA acts"))
    #expect(surfaces("ADHD is common") == surfaces("attention deficit disorder is common"))
    #expect(surfaces("NATO acts") == surfaces("North Atlantic Treaty Organization acts"))
    #expect(surfaces("Nato acts") == surfaces("NATO acts"))
    #expect(surfaces("the WHO said") != surfaces("the who said"))
    #expect(surfaces("who said it").first == WordHash.of("who"))
    let q = m.analyze("the Federal Bureau of Investigation said", language: "en")
    #expect(q.terms.count == 3)
    #expect(q.terms[1].tokens == 1..<5)
  }

  /// Initials with a space after each dot (`U. S.`, `I. A.`, `J. K.`) and Spanish doubled
  /// plurals (`EE. UU.`) are one acronym, as written without spaces or dots; a sentence that
  /// ends in one letter is not (`plan B. A new`).
  @Test func spacedInitialsAreOneAcronym() {
    #expect(surfaces("the U. S. acts") == surfaces("the U.S. acts"))
    #expect(surfaces("the U. S. acts") == surfaces("the US acts"))
    #expect(surfaces("said J. K. Rowling") == surfaces("said JK Rowling"))
    for es in ["EE. UU. financia la I. A.", "EE.UU. financia la I.A."] {
      #expect(surfaces(es, "es") == surfaces("EEUU financia la IA", "es"), "\(es)")
    }
    #expect(surfaces("it was plan B. A new plan").count == 7)
    #expect(surfaces("George W. Bush said").count == 4)
  }

  /// Closed, open and hyphenated spellings of a compound give the same terms (English only).
  @Test(arguments: [
    ["healthcare", "health care", "health-care"], ["ceasefire", "cease-fire", "cease fire"],
    ["email", "e-mail"], ["websites", "web sites", "web-sites"],
  ])
  func compoundSpellingsAgree(_ spellings: [String]) {
    let keys = Set(spellings.map { surfaces("the \($0) works") })
    #expect(keys.count == 1, "\(spellings)")
    #expect(surfaces("the \(spellings[0]) works", "es").count == 3)
  }

  @Test func compoundSplitMapsToTheWrittenWord() {
    let r = m.match("We want a ceasefire now", "We want a cease-fire now")
    #expect(r.verdict == .same)
    let q = m.analyze("a ceasefire now", language: "en")
    #expect(q.terms.count == 4)
    #expect(q.terms[1].tokens == q.terms[2].tokens)
  }

  /// Two romanizations of one name match (`TermMatch.name`), in any language; a word the text
  /// did not capitalize as a name gets no skeleton.
  @Test func namesMatchAcrossRomanizations() {
    for (a, b) in [
      ("Zelenskyy said we will win", "Zelensky said we will win"),
      ("We talked to Gaddafi about it", "We talked to Qaddafi about it"),
      ("Hablamos con Zelenski ayer", "Hablamos con Selenskyj ayer"),
    ] {
      let r = m.match(a, b)
      #expect(r.verdict == .same, "\(a) / \(b): \(r.score)")
    }
    #expect(m.match("We met Smith yesterday", "We met Jones yesterday").verdict != .same)
    let q = m.analyze("the zelensky plan and the Zelensky plan", language: "en")
    #expect(q.terms[1].name == 0)
    #expect(q.terms[5].name == WordHash.of("selenski"))
    // The two terms of a split word carry no name.
    #expect(m.analyze("Healthcare works", language: "en").terms.allSatisfy { $0.name == 0 })
  }

  /// A WordNet adjective with a negative prefix is `not` and the adjective it negates; the
  /// adjective and its prefixed antonym still say opposite things.
  @Test func negativePrefixesReadAsNot() {
    #expect(surfaces("unacceptable") == ["not", "acceptable"].map(WordHash.of))
    for (a, b) in [
      ("The tariffs are unacceptable.", "The tariffs are not acceptable."),
      ("It is impossible to negotiate under these conditions", "It is not possible to negotiate under these conditions"),
    ] {
      #expect(m.match(a, b).verdict == .same, "\(a) / \(b)")
    }
    #expect(m.match("The tariffs are acceptable.", "The tariffs are unacceptable.").verdict == .related)
    // Not every prefixed word: `invaluable` is no antonym of `valuable`.
    #expect(surfaces("invaluable") == ["invaluable"].map(WordHash.of))
  }

  /// A verb of stance with `dis-` is `not` and the verb, in every form (`We disagree` /
  /// `We do not agree`, the renderings of one Spanish `No estamos de acuerdo`); a `dis-` verb
  /// that undoes an action (`disconnect`, `disarm`) is not read so.
  @Test func stanceVerbsWithDisReadAsNot() {
    #expect(surfaces("disagreed") == ["not", "agreed"].map(WordHash.of))
    #expect(surfaces("distrust") == ["not", "trust"].map(WordHash.of))
    #expect(surfaces("disconnect") == ["disconnect"].map(WordHash.of))
    #expect(surfaces("disarmed") == ["disarmed"].map(WordHash.of))
    for (a, b) in [
      ("Furthermore, we disagree with any process of interference.", "We do not agree with any process of interference."),
      ("She disliked the plan from the start.", "She didn't like the plan from the start."),
    ] {
      #expect(m.match(a, b).verdict == .same, "\(a) / \(b)")
    }
    #expect(m.match("We agree with the plan.", "We disagree with the plan.").verdict == .related)
  }

  @Test func inflectionsAndSynonyms() {
    let agreed = m.analyze("agreed", language: "en").terms[0]
    let agree = m.analyze("agree", language: "en").terms[0]
    #expect(agreed.lexeme == agree.lexeme)
    #expect(agreed.surface != agree.surface)
    let occur = m.analyze("occur", language: "en").terms[0]
    let happen = m.analyze("happen", language: "en").terms[0]
    #expect(occur.lexeme == happen.lexeme)
  }

  /// Synonyms whose uses spread over several senses that all hold both words (no dominant sense
  /// in common) are one lexeme too; a word that shares a sense but mostly means something
  /// else is not (`pass` and `happen`), nor are figures (`twelve`, `dozen`).
  @Test func synonymsBySharedSenses() {
    func lexeme(_ w: String) -> UInt64 { m.analyze(w, language: "en").terms[0].lexeme }
    #expect(lexeme("allow") == lexeme("permit"))
    #expect(lexeme("country") == lexeme("nation"))
    #expect(lexeme("pass") != lexeme("happen"))
    #expect(lexeme("twelve") != lexeme("dozen"))
    #expect(m.match("We will not allow it", "We will not permit it").verdict == .same)
    #expect(m.match("The country is sovereign", "The nation is sovereign").verdict == .same)
    #expect(m.match("We will not allow it", "We will not ban it").verdict != .same)
  }

  @Test func spanishPluralsShareAStem() {
    let a = m.analyze("las propuestas nuevas", language: "es").terms.map(\.lexeme)
    let b = m.analyze("la propuesta nueva", language: "es").terms.map(\.lexeme)
    #expect(a[1...] == b[1...])
  }

  /// The periphrastic future is one term with its infinitive, and the simple future's stem is
  /// the infinitive: both futures give the same terms (`ir a` / `aller` + infinitive).
  @Test(arguments: [
    ("es", "No vamos a permitir ninguna intervención", "No permitiremos ninguna intervención"),
    ("es", "Van a ganar la elección", "Ganarán la elección"),
    ("pt", "Nós vamos vencer a eleição", "Nós venceremos a eleição"),
    ("fr", "Nous allons gagner les élections", "Nous gagnerons les élections"),
  ])
  func romanceFuturesGiveOneSequence(_ lang: String, _ periphrastic: String, _ simple: String) {
    let a = m.analyze(periphrastic, language: lang).terms.map(\.lexeme)
    let b = m.analyze(simple, language: lang).terms.map(\.lexeme)
    #expect(a == b)
    #expect(m.match(periphrastic, simple, languageA: lang, languageB: lang).verdict == .same)
  }

  /// A verb of motion before a place or a noun stays (`va a México`).
  @Test func romanceMotionStays() {
    #expect(m.analyze("Trump va a México mañana", language: "es").terms.count == 5)
  }

  @Test func languageIsGuessedFromFunctionWords() {
    #expect(m.analyze("We do not agree with any process of interference").language == "en")
    #expect(m.analyze("No estamos de acuerdo con ningún proceso de injerencia").language == "es")
  }

  @Test func scriptsWithoutSpacesAreSegmented() {
    let q = m.analyze("我们不同意任何干涉", language: "zh")
    #expect(q.words.count >= 3)
  }
}
