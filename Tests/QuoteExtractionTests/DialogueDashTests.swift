import Foundation
import QuoteExtraction
import Testing

/// Speech set off by dashes (Spanish raya, Russian and Polish dialogue, interviews).
@Suite("Dialogue dashes")
struct DialogueDashTests {
  @Test func incisoSplitsOneStatementAndNamesItsSpeaker() throws {
    let text =
      "—No va a ocurrir —dijo Sheinbaum en su conferencia matutina—. Somos un país libre."
    let r = QuoteExtractor().extract(from: text, language: "es")
    #expect(r.quotes.map(\.text) == ["No va a ocurrir", "Somos un país libre."])
    #expect(r.quotes.map { $0.speaker?.name } == ["Sheinbaum", "Sheinbaum"])
    #expect(r.quotes.map(\.kind) == [.direct, .direct])
    #expect(r.quotes.map(\.statement) == [0, 0])
    let first = try #require(r.quotes.first)
    #expect(first.openingMark.map { r.text(of: $0) } == "—")
    #expect(first.closingMark.map { r.text(of: $0) } == "—")
    #expect(first.cue.map { r.text(of: $0) } == "dijo")
  }

  /// The verbs news prose closes a quotation with (`remató`, `zanjó`, `apostilló`, `replicó`)
  /// open an inciso like `dijo`: a lone turn after quoted paragraphs is speech, cut there.
  @Test(arguments: ["remató", "zanjó", "apostilló", "replicó", "espetó", "ironizó"])
  func newsVerbsOpenAnInciso(_ verb: String) throws {
    let text = """
      Sheinbaum rechazó cualquier intervención. "Eso no va a ocurrir", afirmó la mandataria.

      —No hay subordinación —\(verb) la presidenta ante una pregunta de los periodistas.
      """
    let r = QuoteExtractor().extract(from: text, language: "es")
    #expect(r.quotes.map(\.text) == ["Eso no va a ocurrir", "No hay subordinación"])
    #expect(r.quotes.last?.cue.map { r.text(of: $0) } == verb)
  }

  @Test func russianDashesWithSpaces() throws {
    let text = "— Это не произойдёт, — сказал министр Иван Петров. — Мы суверенная страна."
    let r = QuoteExtractor().extract(from: text, language: "ru")
    #expect(r.quotes.map(\.text) == ["Это не произойдёт,", "Мы суверенная страна."])
    #expect(r.quotes.first?.speaker?.name == "Иван Петров")
  }

  @Test func aTurnAfterACueAndColonAndTheTurnsAroundIt() throws {
    let text = """
      El ministro respondió:

      —Hay resultados claros.

      —¿Y la violencia?

      —Baja cada mes.
      """
    let r = QuoteExtractor().extract(from: text, language: "es")
    #expect(r.quotes.map(\.text) == ["Hay resultados claros.", "¿Y la violencia?", "Baja cada mes."])
    // The first turn is the minister's (the cue and colon before it); the turns after it,
    // with no cue of their own, alternate and are left unattributed.
    #expect(r.quotes.map { $0.speaker?.text } == ["El ministro", nil, nil])
  }

  @Test func aChronicleWithTurnsIncisosAndBullets() throws {
    let text = try Fixtures.text("Fixtures/es/dialogue.txt")
    let r = QuoteExtractor().extract(from: text, language: "es")
    let turns = r.quotes.filter { q in q.openingMark.map { r.text(of: $0) } == "—" }
    #expect(
      turns.map(\.text) == [
        "No va a ocurrir", "Somos un país libre, independiente y soberano.",
        "Hay colaboración, hay coordinación, pero no hay subordinación. Lo he dicho muchas veces: «la soberanía no se negocia».",
        "¿Y si Washington actúa por su cuenta?", "No lo aceptaríamos",
      ])
    // The reporter's question is not the president's; "la presidenta" is.
    #expect(
      turns.map { $0.speaker?.name } == [
        "Claudia Sheinbaum", "Claudia Sheinbaum", "Claudia Sheinbaum", "reportero",
        "Claudia Sheinbaum",
      ])
    // The bullets after "enumeró después:" (no cue before the colon) are not speech.
    #expect(!r.quotes.contains { $0.text.contains("cooperación") })
  }

  @Test func twoIncisosInARowGiveNoEmptyQuotation() throws {
    // The speech between the two incisos is empty: no quotation for it.
    let r = QuoteExtractor().extract(from: "—Hola —dijo él—. —dijo ella—. Fin.", language: "es")
    #expect(r.quotes.map(\.text) == ["Hola", "Fin."])
    #expect(r.quotes.allSatisfy { !$0.content.scalars.isEmpty })
  }

  @Test func aColonAloneBeforeATurnIsNoCue() {
    // Fuzz finding `colon-alone-before-turn`: a paragraph holding only `:` has no words, and
    // reading its last words for a cue trapped (`1...0`).
    let r = QuoteExtractor().extract(from: "Le dijo\n\n:\n\n—Hay resultados claros.\n", language: "es")
    #expect(r.quotes.isEmpty)
  }

  @Test func bulletsAreNotSpeech() {
    let list = "Los puntos del acuerdo:\n\n— la seguridad\n\n— el comercio\n"
    #expect(QuoteExtractor().extract(from: list, language: "es").quotes.isEmpty)
    let alone = "— Primer punto del orden del día.\n"
    #expect(QuoteExtractor().extract(from: alone, language: "es").quotes.isEmpty)
  }

  @Test func markedQuotationInsideATurnIsNested() throws {
    let text = "—Lo he dicho: «la soberanía no se negocia» —insistió Sheinbaum—. Y lo repito."
    let r = QuoteExtractor().extract(from: text, language: "es")
    #expect(r.quotes.count == 3)
    #expect(r.quotes.map(\.depth) == [0, 1, 0])
    #expect(r.quotes[1].parent == 0)
    #expect(r.quotes[1].text == "la soberanía no se negocia")
    #expect(r.quotes[2].statement == 0)
  }

  @Test func anUnclosedMarkAcrossTheIncisoKeepsTheMarkedReading() throws {
    // The « opened in the speech is never closed: the paragraph keeps the pairer's reading
    // (one quotation to the paragraph's end), and nothing overlaps.
    let text = "—Lo he dicho: «la soberanía —insistió Sheinbaum—. Y lo repito."
    let r = QuoteExtractor().extract(from: text, language: "es")
    #expect(r.quotes.allSatisfy { $0.openingMark.map { r.text(of: $0) } != "—" })
    #expect(r.quotes.count == 1)
  }
}
