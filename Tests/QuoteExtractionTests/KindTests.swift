import QuoteExtraction
import Testing

/// The kinds: direct, partial, mixed, scare, headline, title.
@Suite("Kinds")
struct KindTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var lang: String
    var kind: QuoteKind
    var testDescription: String { "\(kind): \(text.prefix(48))" }
  }

  static let cases: [Case] = [
    Case(
      text: #"They designated the cartels as "terrorist" organizations."#, lang: "en", kind: .scare),
    Case(text: #"The so-called "peace dividend plan" failed."#, lang: "en", kind: .scare),
    Case(text: #"He said the plan was "not imminent" at all."#, lang: "en", kind: .partial),
    Case(text: #"He said the country has to "defend" itself."#, lang: "en", kind: .partial),
    // A fragment ending the sentence after narration, not right after the cue.
    Case(
      text: #"Marco Rubio said the two countries had "never cooperated more closely.""#,
      lang: "en", kind: .partial),
    Case(
      text: #"She described it as "a dangerous and reckless gamble" by the board."#, lang: "en",
      kind: .partial),
    Case(
      text: #""We do not agree" with any intervention, Ana Ruiz added."#, lang: "en", kind: .mixed),
    // A characterization ends its sentence and still is a predicate.
    Case(text: #"Trump called it "a disgrace to our country.""#, lang: "en", kind: .partial),
    Case(text: #"Sheinbaum calificó de "inaceptable" la propuesta."#, lang: "es", kind: .partial),
    Case(text: #""We do not agree," Ana Ruiz added."#, lang: "en", kind: .direct),
    Case(text: #"Ana Ruiz said "it is not going to happen.""#, lang: "en", kind: .direct),
    Case(
      text:
        "Ruiz slams the plan: \"That won't happen\"\nAna Ruiz spoke on Tuesday in the capital.\n",
      lang: "en", kind: .headline),
    Case(text: #"She starred in the film "Gone With the Wind" in 1939."#, lang: "en", kind: .title),
    Case(text: "他读了《红楼梦》。", lang: "zh", kind: .title),
    Case(text: "Das sogenannte „Heizungsgesetz“ kommt.", lang: "de", kind: .scare),
    Case(text: "Según Ana García, «el plan no funciona».", lang: "es", kind: .direct),
  ]

  @Test(arguments: cases)
  func kind(_ c: Case) throws {
    let r = QuoteExtractor().extract(from: c.text, language: c.lang)
    #expect(r.quotes.first?.kind == c.kind)
  }

  @Test func scareQuotesHaveNoSpeaker() throws {
    let r = QuoteExtractor().extract(
      from: #"Ana Ruiz said the "terrorist" label was wrong."#, language: "en")
    let q = try #require(r.quotes.first)
    #expect(q.kind == .scare)
    #expect(q.speaker == nil)
  }

  @Test func boilerplateBlocksAreMarked() {
    let text =
      "Body text ends here.\n\nExplore\nStar reports 'broken jaw' after loss\nAnother link\n\nRelatedTRT World - Leader says 'no'\n"
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map(\.text) == ["broken jaw", "no"])
    #expect(r.quotes.allSatisfy { $0.region == .boilerplate })
  }

  @Test func repeatedCaptionIsBoilerplate() {
    let text = "Leader says 'never' to plan\nBody sentence here.\nLeader says 'never' to plan\n"
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map(\.region) == [.heading, .boilerplate])
  }
}
