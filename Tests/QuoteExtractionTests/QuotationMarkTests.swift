import QuoteExtraction
import Testing

/// Every quotation-mark convention the issue lists, pairing and nesting, in context.
@Suite("Quotation-mark conventions")
struct QuotationMarkTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var lang: String?
    var quotes: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "English “…”", text: "“Yes,” she said.", lang: "en", quotes: ["Yes,"]),
    Case(name: "English ‘…’", text: "‘No,’ he said.", lang: "en", quotes: ["No,"]),
    Case(name: "straight \"…\"", text: "\"Maybe,\" they said.", lang: "en", quotes: ["Maybe,"]),
    Case(name: "straight '…'", text: "'Perhaps,' she said.", lang: "en", quotes: ["Perhaps,"]),
    Case(name: "German „…“", text: "„Nein“, sagte er.", lang: "de", quotes: ["Nein"]),
    Case(name: "Polish „…”", text: "„Tak”, powiedział.", lang: "pl", quotes: ["Tak"]),
    Case(
      name: "German ‚…‘ nested", text: "„Er sagte ‚nie‘.“", lang: "de",
      quotes: ["Er sagte ‚nie‘.", "nie"]),
    Case(
      name: "low single ‚…’", text: "„On řekl ‚ne’ a odešel.“", lang: "cs",
      quotes: ["On řekl ‚ne’ a odešel.", "ne"]),
    Case(
      name: "French « … » with no-break spaces", text: "«\u{A0}Oui\u{A0}», dit-il.", lang: "fr",
      quotes: ["Oui"]),
    Case(
      name: "French « … » with narrow spaces", text: "«\u{202F}Non\u{202F}», a-t-elle répondu.",
      lang: "fr", quotes: ["Non"]),
    Case(
      name: "French «…» unspaced", text: "«Peut-être», dit-il.", lang: "fr", quotes: ["Peut-être"]),
    Case(
      name: "Swiss ‹…›", text: "«Er sagte ‹nie›.»", lang: "de-CH",
      quotes: ["Er sagte ‹nie›.", "nie"]),
    Case(name: "German »…«", text: "»Nein«, sagte er.", lang: "de", quotes: ["Nein"]),
    Case(
      name: "German ›…‹ nested", text: "»Er sagte ›nie‹.«", lang: "de",
      quotes: ["Er sagte ›nie‹.", "nie"]),
    Case(name: "Swedish ”…”", text: "”Ja”, sa hon.", lang: "sv", quotes: ["Ja"]),
    Case(
      name: "Swedish ’…’ nested", text: "”Han sa ’nej’ igen”, sa hon.", lang: "sv",
      quotes: ["Han sa ’nej’ igen", "nej"]),
    Case(name: "Finnish »…»", text: "»Kyllä», hän sanoi.", lang: "fi", quotes: ["Kyllä"]),
    Case(name: "Japanese 「…」", text: "彼は「はい」と言った。", lang: "ja", quotes: ["はい"]),
    Case(
      name: "Japanese 『…』 nested", text: "「彼は『いいえ』と言った」と述べた。", lang: "ja",
      quotes: ["彼は『いいえ』と言った", "いいえ"]),
    Case(
      name: "Chinese “…” without spaces", text: "他说：“我们会赢。”然后离开了。", lang: "zh", quotes: ["我们会赢。"]),
    Case(name: "fullwidth ＂…＂", text: "他说＂好＂。", lang: "zh", quotes: ["好"]),
    Case(name: "backticks ``…''", text: "``Hello,'' he said.", lang: "en", quotes: ["Hello,"]),
    Case(
      name: "backtick and apostrophe `…'", text: "`Hello,' he said.", lang: "en", quotes: ["Hello,"]
    ),
    Case(name: "acute accents ´…´", text: "´Hola´, dijo ella.", lang: "es", quotes: ["Hola"]),
    Case(
      name: "Spanish «…» with “…” inside", text: "«Me dijo “no” otra vez», afirmó.", lang: "es",
      quotes: ["Me dijo “no” otra vez", "no"]),
    Case(
      name: "Russian «…» with „…“ inside", text: "«Он сказал „нет“», — заявила она.", lang: "ru",
      quotes: ["Он сказал „нет“", "нет"]),
    Case(name: "Chinese 《…》 titles", text: "他读了《红楼梦》。", lang: "zh", quotes: ["红楼梦"]),
    Case(
      name: "a plural possessive inside '…'", text: "'The farmers' concerns are ours,' he said.",
      lang: "en", quotes: ["The farmers' concerns are ours,"]),
    Case(
      name: "a plural possessive closing '…'", text: "He praised the 'farmers' and left.",
      lang: "en", quotes: ["farmers"]),

    Case(
      name: "mixed straight and curly apostrophe",
      text: "Sheinbaum said, \"It’s not going to happen.\"", lang: "en",
      quotes: ["It’s not going to happen."]),
  ]

  @Test(arguments: cases)
  func pairs(_ c: Case) {
    let r = QuoteExtractor().extract(from: c.text, language: c.lang)
    #expect(r.quotes.map(\.text) == c.quotes)
    #expect(r.quotes.allSatisfy { $0.diagnostics.isEmpty })
  }

  @Test(arguments: [
    ("es", "Dijo: «Vamos a trabajar.\n\n»No habrá excepciones».\n", "No habrá excepciones"),
    ("de", "Er sagte: »Wir arbeiten.\n\n»Es gibt keine Ausnahmen.«\n", "Es gibt keine Ausnahmen."),
    ("fr", "Il a dit : « Nous arrivons.\n\n« Sans exception. »\n", "Sans exception."),
  ])
  func continuedParagraphOpensWithItsConventionsMark(lang: String, text: String, second: String) {
    // Spanish repeats the closing guillemet at the head of a continued paragraph.
    let r = QuoteExtractor().extract(from: text, language: lang)
    #expect(r.quotes.count == 2)
    #expect(r.quotes.last?.text == second)
    #expect(r.quotes.map(\.statement) == [0, 0])
  }

  @Test func chineseTitleBracketsAreTitles() {
    let r = QuoteExtractor().extract(from: "他读了《红楼梦》。", language: "zh")
    #expect(r.quotes.first?.kind == .title)
  }

  @Test(arguments: [
    "I don't think so.", "The victims' families waited.", "They played rock 'n' roll all night.",
    "'Twas a dark night.", "Mr. O'Brien arrived.", "Music of the '90s returned.", "Jesus' words.",
    "He is 6'2\" tall.",
  ])
  func apostrophesAreNotQuotes(_ text: String) {
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.isEmpty)
    #expect(r.diagnostics.isEmpty)
  }

  @Test func apostrophesInsideAQuotation() {
    let text =
      "He said 'I don't like rock 'n' roll from the '90s, O'Brien' and left. Victims' families agreed."
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map(\.text) == ["I don't like rock 'n' roll from the '90s, O'Brien"])
  }

  @Test func straightMarksPairByContext() {
    let text = #"He said "no" and "yes" and then "maybe.""#
    #expect(
      QuoteExtractor().extract(from: text, language: "en").quotes.map(\.text) == [
        "no", "yes", "maybe.",
      ])
    let nested = #""He said "no" to me," she said."#
    let r = QuoteExtractor().extract(from: nested, language: "en")
    #expect(r.quotes.map(\.text) == [#"He said "no" to me,"#, "no"])
    #expect(r.quotes.map(\.depth) == [0, 1])
  }

  @Test func localeConventionResolvesAmbiguousMarks() {
    // In Swedish ” opens and closes; glued to letters on both sides it is read by convention.
    let r = QuoteExtractor().extract(from: "Hon sa ”ja” och gick.", language: "sv")
    #expect(r.quotes.map(\.text) == ["ja"])
  }

  @Test func aMarkIsFoundAtEveryOffsetOfTheWordScan() {
    // The quick check reads eight bytes at a time: a mark (or an entity, or a byte past ASCII)
    // at any position within a word, and near the end, must still be seen.
    for pad in 0..<20 {
      let lead = String(repeating: "x", count: pad) + " "
      for (text, expected) in [
        (lead + "\"Yes,\" she said.", "Yes,"), (lead + "“No,” he said.", "No,"),
        (lead + "&quot;Maybe,&quot; she said.", "Maybe,"), (lead + "'Never,' he said.", "Never,"),
      ] {
        let r = QuoteExtractor().extract(from: text, language: "en")
        #expect(r.quotes.map(\.text) == [expected], "\(pad): \(text)")
      }
      #expect(QuoteExtractor().extract(from: lead + "no marks at all here, none", language: "en").quotes.isEmpty)
    }
  }
}

