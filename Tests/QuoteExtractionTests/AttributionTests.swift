import QuoteExtraction
import Testing

/// Attribution patterns per language: speaker name and cue of the first quotation.
@Suite("Attribution")
struct AttributionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var lang: String
    var speaker: String?
    var cue: String?
    var testDescription: String { "\(lang): \(text.prefix(48))" }
  }

  static let cases: [Case] = [
    // English
    Case(text: #""We will win," Smith said."#, lang: "en", speaker: "Smith", cue: "said"),
    Case(text: #""We will win," said John Smith."#, lang: "en", speaker: "John Smith", cue: "said"),
    Case(text: #"John Smith said: "We will win.""#, lang: "en", speaker: "John Smith", cue: "said"),
    Case(
      text: #"Maria Lopez arrived. "We will win," she told reporters."#, lang: "en",
      speaker: "Maria Lopez", cue: "told reporters"),
    Case(
      text: #"Maria Lopez emphasized, "We will win.""#, lang: "en", speaker: "Maria Lopez",
      cue: "emphasized"),
    Case(
      text: #"Maria Lopez stated that "the plan works.""#, lang: "en", speaker: "Maria Lopez",
      cue: "stated"),
    Case(
      text: #""It works," Jane Doe recounted."#, lang: "en", speaker: "Jane Doe", cue: "recounted"),
    Case(
      text: #"According to Jane Doe, "the plan works.""#, lang: "en", speaker: "Jane Doe",
      cue: "According to"),
    Case(
      text: #""The plan works," according to Jane Doe."#, lang: "en", speaker: "Jane Doe",
      cue: "according to"),
    // A document named after the source preposition speaks for its author.
    Case(
      text: #""The border will remain open," according to a statement from the Interior Ministry."#,
      lang: "en", speaker: "Interior Ministry", cue: "according to"),
    Case(
      text: #"According to a joint statement issued by the ministry, "the border stays open.""#,
      lang: "en", speaker: "ministry", cue: "According to"),
    Case(
      text: #""We are ready," according to the report."#, lang: "en", speaker: "report",
      cue: "according to"),
    // A sentence-initial adverb is no name; a colon introduction may have its cue further back.
    Case(
      text: "Tal como comentó Paul Mills-Hicks, director comercial de Sainsbury's: “Hemos transformado los pasillos”.",
      lang: "es", speaker: "Paul Mills-Hicks", cue: "comentó"),
    Case(
      text: "Además, West dijo al público que lo había pasado mal.\n\n«Se metieron conmigo».", lang: "es",
      speaker: "West", cue: nil),
    Case(
      text: "El miércoles, Trump afirmó que no había ningún plazo para esto: «Podemos tardar dos años».",
      lang: "es", speaker: "Trump", cue: "afirmó"),
    Case(
      text: "«No habrá excepciones», según un comunicado del Ministerio de Hacienda.", lang: "es",
      speaker: "Ministerio de Hacienda", cue: "según"),
    Case(
      text: "« Nous sommes prêts », selon un communiqué du ministère de l'Intérieur.", lang: "fr",
      speaker: "ministère", cue: "selon"),
    Case(
      text: #"Donald Trump called it "a disgrace to our country.""#, lang: "en", speaker: "Donald Trump",
      cue: "called it"),
    // A name right before the cue is its subject; the phrase after it, the object.
    Case(
      text: #"Donald Trump warns Mexico: "We will act.""#, lang: "en", speaker: "Donald Trump",
      cue: "warns"),
    Case(
      text: #"Marco Rubio slams the minister: "This is unacceptable.""#, lang: "en",
      speaker: "Marco Rubio", cue: "slams"),
    Case(text: #"Jane Doe: "The plan works""#, lang: "en", speaker: "Jane Doe", cue: ":"),
    Case(text: "“The plan works.” — Jane Doe", lang: "en", speaker: "Jane Doe", cue: "—"),
    Case(
      text: #"Jane Doe took the stage. "The plan works.""#, lang: "en", speaker: "Jane Doe",
      cue: nil),
    Case(
      text: #"Jane Doe spoke first. Then Tom Hill spoke. "I agree," she said."#, lang: "en",
      speaker: "Jane Doe", cue: "said"),
    Case(
      text: #"Senator Jane Doe spoke. "We will win," the senator added."#, lang: "en",
      speaker: "Jane Doe", cue: "added"),
    Case(
      text: #"President Ana Ruiz spoke. "No," the Mexican leader said."#, lang: "en",
      speaker: "Ana Ruiz", cue: "said"),
    Case(
      text: #"Ana Ruiz spoke. "No," the left-wing Ruiz added."#, lang: "en", speaker: "Ana Ruiz",
      cue: "added"),
    Case(
      text: #""It is over," a senior official told the outlet."#, lang: "en",
      speaker: "senior official", cue: "told"),
    Case(
      text: #"Tom Hill left. "Later," he later added."#, lang: "en", speaker: "Tom Hill",
      cue: "added"),
    Case(
      text: #"Jane Doe rejected the offer, saying "Mexico is free.""#, lang: "en",
      speaker: "Jane Doe", cue: "saying"),
    // Spanish
    Case(
      text: "«Ganaremos», dijo el presidente Pedro Sánchez.", lang: "es", speaker: "Pedro Sánchez",
      cue: "dijo"),
    Case(
      text: "Según Ana García, «el plan funciona».", lang: "es", speaker: "Ana García", cue: "Según"
    ),
    Case(
      text: "De acuerdo con el ministro Luis Pérez, «todo va bien».", lang: "es",
      speaker: "Luis Pérez", cue: "De acuerdo con"),
    Case(
      text: "La ministra Ana García habló. «Ganaremos», afirmó ella.", lang: "es",
      speaker: "Ana García", cue: "afirmó"),
    Case(
      text: "«No hay acuerdo», señaló Luis Pérez.", lang: "es", speaker: "Luis Pérez", cue: "señaló"
    ),
    Case(
      text: "Luis Pérez aseguró: «No hay acuerdo».", lang: "es", speaker: "Luis Pérez",
      cue: "aseguró"),
    Case(
      text: "«No hay acuerdo», sostuvo la alcaldesa Ana García.", lang: "es", speaker: "Ana García",
      cue: "sostuvo"),
    // German
    Case(
      text: "„Wir schaffen das“, sagte Angela Merkel.", lang: "de", speaker: "Angela Merkel",
      cue: "sagte"),
    Case(
      text: "Angela Merkel erklärte: „Wir schaffen das.“", lang: "de", speaker: "Angela Merkel",
      cue: "erklärte"),
    Case(text: "„Wir schaffen das“, so Merkel.", lang: "de", speaker: "Merkel", cue: "so"),
    Case(
      text: "Laut Olaf Scholz ist die Lage „sehr ernst, aber lösbar“.", lang: "de",
      speaker: "Olaf Scholz", cue: "Laut"),
    Case(
      text: "„Das reicht nicht“, sagte der Regierungssprecher Steffen Hebestreit.", lang: "de",
      speaker: "Steffen Hebestreit", cue: "sagte"),
    // French
    Case(
      text: "« Nous gagnerons », a déclaré Emmanuel Macron.", lang: "fr",
      speaker: "Emmanuel Macron", cue: "a déclaré"),
    Case(
      text: "Selon Marine Le Pen, « tout va mal ».", lang: "fr", speaker: "Marine Le Pen",
      cue: "Selon"),
    Case(
      text: "Jean Dupont parle. « Non », a-t-il dit.", lang: "fr", speaker: "Jean Dupont",
      cue: "dit"),
    // The auxiliary before a participle the lexicon holds alone.
    Case(
      text: "« On ne négocie pas », a tranché Marine Le Pen sur X.", lang: "fr",
      speaker: "Marine Le Pen", cue: "a tranché"),
    // Italian
    Case(
      text: "«Vinceremo», ha detto Giorgia Meloni.", lang: "it", speaker: "Giorgia Meloni",
      cue: "ha detto"),
    Case(
      text: "Secondo Mario Draghi, «la crescita continua».", lang: "it", speaker: "Mario Draghi",
      cue: "Secondo"),
    Case(
      text: "«È una resa», ha commentato Elly Schlein.", lang: "it", speaker: "Elly Schlein",
      cue: "ha commentato"),
    // An affiliation glued before a given name is not part of the name.
    Case(
      text: "„To jest dzień hańby” – ocenił prezes PiS Jarosław Kaczyński.", lang: "pl",
      speaker: "Jarosław Kaczyński", cue: "ocenił"),
    Case(
      text: "«Мы готовы к переговорам», — сказал пресс-секретарь президента России Дмитрий Песков.",
      lang: "ru", speaker: "Дмитрий Песков", cue: "сказал"),
    // A title abbreviated with a dot is part of the phrase, and no sentence ends there.
    Case(
      text: #""This is a disaster," said Rep. Jim Jordan, R-Ohio."#, lang: "en",
      speaker: "Jim Jordan", cue: "said"),
    Case(text: #""No," said Mr. Smith."#, lang: "en", speaker: "Smith", cue: "said"),
    // A name modifying a lower-case role is not the speaker: the role is, or the name after it.
    Case(
      text: #""We lost everything," said an Oregon farmer who asked not to be named."#,
      lang: "en", speaker: "Oregon farmer", cue: "said"),
    Case(text: #""It hurts," said a White House official."#, lang: "en", speaker: "White House official", cue: "said"),
    Case(
      text: #""No comment," said Obama spokesman Josh Earnest."#, lang: "en",
      speaker: "Josh Earnest", cue: "said"),
    // The object of a phrase ending the subject does not speak: its head does.
    Case(
      text: #""The deal is dead," a source close to Jones said."#, lang: "en", speaker: "source",
      cue: "said"),
    Case(
      text: #""The water is rising," a resident in Phoenix noted."#, lang: "en",
      speaker: "resident", cue: "noted"),
    Case(
      text: #""We are ready," an official familiar with the talks said."#, lang: "en",
      speaker: "official", cue: "said"),
    Case(
      text: #""It is over," John Smith of Acme Corp said."#, lang: "en",
      speaker: "John Smith of Acme Corp", cue: "said"),
    // A noun in -ly after a determiner is no adverb; a possessive determines what it owns; a
    // phrase that is no mention of its own may end the subject.
    Case(text: #""We are heartbroken," the family said."#, lang: "en", speaker: "family", cue: "said"),
    Case(
      text: #""It is unacceptable," Mexico's foreign ministry said."#, lang: "en",
      speaker: "Mexico's foreign ministry", cue: "said"),
    Case(
      text: #""This is not over," the mother of three said outside the courthouse."#, lang: "en",
      speaker: "mother", cue: "said"),
    Case(
      text: #""It is a historic day," the minister's spokeswoman, Ana Torres, said."#, lang: "en",
      speaker: "Ana Torres", cue: "said"),
    Case(
      text: #""It is over," said Trump's lawyer Jay Sekulow."#, lang: "en", speaker: "Jay Sekulow",
      cue: "said"),
    // A verb of belief or worry attributes the words it quotes.
    Case(
      text: #"The mayor worries that "the money will not last.""#, lang: "en", speaker: "mayor",
      cue: "worries"),
    // An organization keeps its title words; a person's title is still stripped.
    Case(
      text: #""It is over," the Justice Department said."#, lang: "en",
      speaker: "Justice Department", cue: "said"),
    Case(text: #""It is over," Justice Kennedy wrote."#, lang: "en", speaker: "Kennedy", cue: "wrote"),
    // A party and state after the name: its periods end no sentence.
    Case(
      text: #""It is outrageous," Alexandria Ocasio-Cortez, D-N.Y., wrote on X."#, lang: "en",
      speaker: "Alexandria Ocasio-Cortez", cue: "wrote on"),
    Case(
      text: #""It is outrageous," Sen. Elizabeth Warren, D-Mass., said."#, lang: "en",
      speaker: "Elizabeth Warren", cue: "said"),
    Case(
      text: #"A spokesman for the ministry told reporters: "We are ready.""#, lang: "en",
      speaker: "spokesman", cue: "told reporters"),
    Case(
      text: #"The president of Mexico said: "We will not pay.""#, lang: "en",
      speaker: "president", cue: "said"),
    Case(
      text: #""The deal is dead," said a source close to Jones."#, lang: "en", speaker: "source",
      cue: "said"),
    // A document someone speaks through gives the floor to its author.
    Case(
      text: #""We regret the incident," a statement from the ministry said."#, lang: "en",
      speaker: "ministry", cue: "said"),
    // A participle after its auxiliary; an apposition ending the sentence names the described
    // (`José` a given name with its accent).
    Case(
      text: "«Vamos a ganar», ha asegurado el líder del PP, Alberto Núñez Feijóo.", lang: "es",
      speaker: "Alberto Núñez Feijóo", cue: "ha asegurado"),
    Case(
      text: "«La situación es grave», advirtió el alcalde de Madrid, José Luis Martínez-Almeida.",
      lang: "es", speaker: "José Luis Martínez-Almeida", cue: "advirtió"),
    Case(
      text: "«Nos vemos en los tribunales», tuiteó el expresidente.", lang: "es",
      speaker: "expresidente", cue: "tuiteó"),
    // The imperfect reports speech too.
    Case(
      text: "Una fuente cercana a Jones afirmaba que ayer «no se habló de temas empresariales».",
      lang: "es", speaker: "fuente", cue: "afirmaba"),
    // The inverted subject past a short phrase after the cue.
    Case(
      text: "«Se acabó», escribió en X el expresidente Donald Trump.", lang: "es",
      speaker: "Donald Trump", cue: "escribió"),
    Case(
      text: "«Vamos a seguir», dijo a EFE la portavoz del Gobierno, Pilar Alegría.", lang: "es",
      speaker: "Pilar Alegría", cue: "dijo"),
    Case(
      text: "Una fuente cercana a Jones dijo: «El acuerdo está muerto».", lang: "es",
      speaker: "fuente", cue: "dijo"),
    Case(
      text: "«El acuerdo está muerto», dijo una fuente cercana a Jones.", lang: "es",
      speaker: "fuente", cue: "dijo"),
    // A title ending inside the capitalized run, before the cue.
    Case(
      text: "La presidente del Consiglio Giorgia Meloni ha detto che l'Italia «non firmerà».",
      lang: "it", speaker: "Giorgia Meloni", cue: "ha detto"),
    // Portuguese
    Case(text: "“Vamos vencer”, disse Lula.", lang: "pt", speaker: "Lula", cue: "disse"),
    Case(
      text: "Segundo Fernando Haddad, “as contas fecham”.", lang: "pt", speaker: "Fernando Haddad",
      cue: "Segundo"),
  ]

  @Test(arguments: cases)
  func speakerAndCue(_ c: Case) throws {
    let r = QuoteExtractor().extract(from: c.text, language: c.lang)
    let q = try #require(r.quotes.first)
    #expect(q.speaker?.name == c.speaker)
    #expect(q.cue.map { r.text(of: $0) } == c.cue)
  }

  @Test func speakerSpanPointsAtTheMention() throws {
    let text = #"Ana Ruiz spoke. "No," the left-wing Ruiz added."#
    let r = QuoteExtractor().extract(from: text, language: "en")
    let s = try #require(r.quotes.first?.speaker)
    #expect(s.text == "the left-wing Ruiz")
    #expect(r.text(of: s.mention) == "the left-wing Ruiz")
  }

  @Test func pronounWithoutAnyoneToResolveStaysUnnamed() throws {
    let r = QuoteExtractor().extract(from: #""No," she said."#, language: "en")
    let s = try #require(r.quotes.first?.speaker)
    #expect(s.name == nil)
    #expect(s.text == "she")
  }

  @Test func lexiconsAreOpenEnded() throws {
    let text = #""Not today," Tom Hill chortled."#
    #expect(QuoteExtractor().extract(from: text, language: "en").quotes.first?.speaker == nil)
    let more = try CueLexicon(language: "en", tsv: "cue\tchortled\n")
    let en = try #require(CueLexicon.builtIn("en")).merging(more)
    let x = QuoteExtractor(configuration: .init(lexicons: ["en": en]))
    #expect(x.extract(from: text, language: "en").quotes.first?.speaker?.name == "Tom Hill")
  }

  @Test func phraseAfterAParticipleIsNotTheSpeaker() throws {
    // The phrase between the cue and the quotation is what the quotation is about when a
    // speaker stands before the cue and no punctuation sets the quotation off.
    let text = #"The Senate passed the bill, with Chuck Schumer saying the vote "buys us time.""#
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.first?.speaker?.name == "Chuck Schumer")
    // Set off by a colon, the phrase after the cue is the speaker (inverted order).
    let object = QuoteExtractor().extract(
      from: "Friedrich Merz parle. Ce dernier a jugé la situation « préoccupante ».",
      language: "fr")
    #expect(object.quotes.first?.speaker?.text != "la situation")
    let inverted = QuoteExtractor().extract(
      from: #"The vote passed. Said the majority leader: "It buys us time.""#, language: "en")
    #expect(inverted.quotes.first?.speaker?.text == "the majority leader")
  }

  @Test func contractedFirstPersonInsideAQuotationIsItsSpeaker() throws {
    // "I've said" inside Rand Paul's words: `I've` is the pronoun `I` (not a name), so the
    // quotation he quotes himself saying is his.
    let text =
      #"Senator Rand Paul replied: "Absolutely not. I've said it before and I'll say it again: 'Continuing resolutions are a failure.'""#
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.count == 2)
    #expect(r.quotes.map { $0.speaker?.name } == ["Rand Paul", "Rand Paul"])
    #expect(r.quotes.last?.speaker?.text == "I")
  }

  @Test func appositionNamesTheDescribedSpeaker() throws {
    // Without the apposition, "el secretario" resolved to the last man quoted (Trump).
    let text = """
      El presidente Donald Trump dijo: "Haremos lo necesario". Según el secretario de \
      Seguridad, Omar García Harfuch, los operativos conjuntos "han dado resultados".
      """
    let r = QuoteExtractor().extract(from: text, language: "es")
    #expect(r.quotes.map { $0.speaker?.name } == ["Donald Trump", "Omar García Harfuch"])
  }

  @Test func cueWithoutSubjectSpeaksForThePreviousSpeaker() throws {
    // Spanish drops the subject: `"…", aseguró.` is the previous quotation's speaker; a cue
    // before a quotation with no subject (`When asked if "…"`) is not.
    let es = QuoteExtractor().extract(
      from: #"Omar García Harfuch dijo que "hay resultados". "Seguiremos trabajando", aseguró."#,
      language: "es")
    #expect(es.quotes.map { $0.speaker?.name } == ["Omar García Harfuch", "Omar García Harfuch"])
    let en = QuoteExtractor().extract(
      from: #"Ana Ruiz said "no." When asked if he was considering "strikes", Trump nodded."#,
      language: "en")
    #expect(en.quotes.last?.speaker?.name != "Ana Ruiz")
  }

  @Test func shortQuotationReportedAfterThatIsPartial() throws {
    // `afirmó … que México "no aceptará"`: reported speech, not a scare quotation.
    let r = QuoteExtractor().extract(
      from: #"Claudia Sheinbaum afirmó el martes que México "no aceptará" una intervención."#,
      language: "es")
    let q = try #require(r.quotes.first)
    #expect(q.kind == .partial)
    #expect(q.speaker?.name == "Claudia Sheinbaum")
  }

  @Test func participleCueFindsItsSubjectPastARoleAndAScareQuotation() throws {
    let text =
      #"Conservative leader Kemi Badenoch accused him of "dithering", saying: "Britain cannot wait.""#
    let r = QuoteExtractor().extract(from: text, language: "en")
    let q = try #require(r.quotes.last)
    #expect(q.speaker?.name == "Kemi Badenoch")
    #expect(q.cue.map { r.text(of: $0) } == "saying")
  }

  @Test func relativeClauseBetweenSpeakerAndCue() throws {
    let text = #""We are monitoring the situation," the spokesperson, who asked not to be named, said."#
    let r = QuoteExtractor().extract(from: text, language: "en")
    let q = try #require(r.quotes.first)
    #expect(q.speaker?.text == "the spokesperson")
    #expect(q.cue.map { r.text(of: $0) } == "said")
    #expect(q.kind == .direct)
  }

  @Test func aRoleStandsOnlyForSomeoneNamedWithARole() throws {
    // "the spokesperson" is not Maria Garcia, quoted by name with no role; "la mandataria" is
    // the president named in apposition to her title.
    let en = QuoteExtractor().extract(
      from: #""It was terrifying," said Maria Garcia. "We are ready," the spokesperson said."#,
      language: "en")
    #expect(en.quotes.map { $0.speaker?.name } == ["Maria Garcia", "spokesperson"])
    let es = QuoteExtractor().extract(
      from: "La presidenta de México, Claudia Sheinbaum, habló. «Hay colaboración», afirmó la mandataria.",
      language: "es")
    #expect(es.quotes.first?.speaker?.name == "Claudia Sheinbaum")
  }

  @Test func anOfficeStandsOnlyForSomeoneNamedWithIt() throws {
    // "the former president" is not the Treasury Secretary quoted before, nor "the mayor" the
    // police spokesman; "the chancellor" skips the senator quoted last for the chancellor
    // named earlier, and "the senator" finds "Sen.".
    let text = """
      "The economy is strong," Treasury Secretary Janet Yellen said.

      "I have no regrets," the former president wrote.

      Police spokesman Sgt. John Doe arrived. "The plan is working," said the mayor.

      German Chancellor Olaf Scholz came too. "It is a sad day," Sen. Elizabeth Warren said.

      "We act now," the chancellor said. "It matters," the senator added.

      "They lied to us," one protester shouted.
      """
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(
      r.quotes.map { $0.speaker?.name } == [
        "Janet Yellen", "former president", "mayor", "Elizabeth Warren", "Olaf Scholz",
        "Elizabeth Warren", "protester",
      ])
    // A role that is no office stands only for someone named with it: "the mother" is not the
    // hospital's chief executive; "the spokesman" is the police spokesman.
    let roles = QuoteExtractor().extract(
      from: #"Police spokesman John Doe and the hospital's chief executive, Dr. Sarah Lee, spoke. "I want my son back," pleaded the mother. "We are searching," the spokesman said."#,
      language: "en")
    #expect(roles.quotes.map { $0.speaker?.name } == ["mother", "John Doe"])
    #expect(roles.quotes.map { $0.speaker?.isDescription } == [true, false])
  }

  @Test func subjectOfTheSentenceBeforeAndPassiveCues() throws {
    // `Biden was more cautious.` opens its sentence alone but was named in full before: the
    // subject of the sentence right before is who `he` is, over the last speaker.
    let text = """
      President Joe Biden met Mike Johnson on Tuesday.

      "We had a productive conversation," Johnson told reporters.

      Biden was more cautious. "There is still a lot of work to do," he said.

      A White House official, speaking on condition of anonymity, said the president "is not going to accept cuts."

      He was told, "you have power when so many women are powerless."

      Johnson was saying, "We will vote on Friday."

      "We will help," the Red Cross said. "This could get worse," it added.

      "It is over," Maria Lopez said. "It was a long fight," it said.
      """
    let r = QuoteExtractor().extract(from: text, language: "en")
    // `it` is the organization that just spoke, never a person.
    #expect(
      r.quotes.map { $0.speaker?.name } == [
        "Mike Johnson", "Joe Biden", "White House official", nil, "Mike Johnson", "Red Cross",
        "Red Cross", "Maria Lopez", nil,
      ])
  }

  @Test func aParagraphEndingWithCueAndColonIntroducesTheNext() throws {
    let text = "The minister told reporters on Monday:\n\n\"We have clear results.\"\n"
    let r = QuoteExtractor().extract(from: text, language: "en")
    let q = try #require(r.quotes.first)
    #expect(q.speaker?.text == "The minister")
    #expect(q.cue.map { r.text(of: $0) } == "told reporters")
  }

  @Test func titledSpeakerBeforeAParticipleClause() throws {
    let text = #"Secretary of State Marco Rubio, speaking in Canberra, said the two countries had "never cooperated more closely.""#
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.first?.speaker?.name == "Marco Rubio")
  }

  @Test func aParticipleCueAfterAQuotationOfTheSameSentenceKeepsItsSpeaker() throws {
    let text = #""We will not negotiate under pressure," the official said, adding: "The ball is in their court.""#
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map { $0.speaker?.text } == ["the official", "the official"])
    #expect(r.quotes.last?.cue.map { r.text(of: $0) } == "adding")
  }

  @Test func attributionCanBeSwitchedOff() {
    let x = QuoteExtractor(configuration: .init(options: [.repair, .regions]))
    let r = x.extract(from: #""No," Tom Hill said."#, language: "en")
    #expect(r.quotes.count == 1)
    #expect(r.quotes.first?.speaker == nil)
  }
}
