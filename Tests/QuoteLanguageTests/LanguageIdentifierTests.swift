import Testing

@testable import QuoteLanguage

@Suite struct LanguageIdentifierTests {
  static let samples = (try? CrossLingualFixtures.languageSamples()) ?? []

  @Test func fixtureLoads() {
    #expect(Self.samples.count > 80)
  }

  @Test(arguments: samples.filter { $0.kind == "sentence" })
  func sentence(_ sample: CrossLingualFixtures.LanguageSample) {
    let r = LanguageIdentifier().identify(sample.text)
    #expect(r.language == sample.language)
  }

  /// Short quotations (1–4 words) hardly tell their language; most still do.
  @Test func shortQuotes() {
    let short = Self.samples.filter { $0.kind == "short" }
    let id = LanguageIdentifier()
    let right = short.filter { id.identify($0.text).language == $0.language }
    #expect(
      Double(right.count) / Double(short.count) >= 0.8,
      "\(short.filter { id.identify($0.text).language != $0.language }.map(\.text))")
  }

  /// With the article's language preferred, a short quotation that fits it keeps it.
  @Test func preferredLanguageDecidesShortQuotes() {
    let id = LanguageIdentifier()
    let short = Self.samples.filter { $0.kind == "short" }
    for s in short {
      #expect(id.identify(s.text, preferring: s.language).language == s.language, "\(s.text)")
    }
    // …but not against clear evidence.
    #expect(
      id.identify(
        "Der Präsident sagte, die Truppen würden die Grenze nicht überschreiten.", preferring: "es"
      ).language == "de")
  }

  /// Names belong to no language: a Spanish headline about Trump in West Virginia is Spanish
  /// (it was read as Catalan, and a Spanish–Catalan route is not installed).
  @Test func namesAreLeftOut() {
    let id = LanguageIdentifier()
    #expect(id.identify("Trump da un mitin en West Virginia").language == "es")
    #expect(id.identify("Sheinbaum dijo que Marco Rubio no vendrá").language == "es")
    // Too few words without them: the names count (and German nouns stay).
    #expect(id.identify("Das Haus ist groß").language == "de")
  }

  @Test func scriptsDecide() {
    let id = LanguageIdentifier()
    #expect(id.identify("それは起こらない").script == "Hani" || id.identify("それは起こらない").script == "Hira")
    #expect(id.identify("这不会发生").language == "zh")
    #expect(id.identify("これは日本語の文です").language == "ja")
    #expect(id.identify("Москва").script == "Cyrl")
  }

  @Test func noLettersNoLanguage() {
    let r = LanguageIdentifier().identify("25,000 — 3.5% (2025)")
    #expect(r.language == nil)
    #expect(r.confidence == 0)
    #expect(LanguageIdentifier().identify("").language == nil)
  }

  @Test func candidatesRestrictTheAnswer() {
    let iberian = LanguageIdentifier(candidates: ["es", "pt"])
    #expect(
      iberian.identify("The president said the troops would not cross the border.").language != "en"
    )
    let r = iberian.identify("Isso não vai acontecer, disse o presidente.")
    #expect(r.language == "pt")
    #expect(r.confidence > 0.5)
  }

  @Test func mixedCaseAndDiacriticsAreRead() {
    #expect(
      LanguageIdentifier().identify("MÉXICO ES UN PAÍS LIBRE, INDEPENDIENTE Y SOBERANO").language
        == "es")
  }

  /// A Han, kana or Hangul character stands for a syllable or a word: Chinese or Japanese with
  /// English terms in it is Chinese or Japanese; an English sentence with a name in Han is
  /// English.
  @Test func cjkCharactersWeighAsSyllables() {
    let id = LanguageIdentifier()
    #expect(id.identify("这个 socket 选项无效").language == "zh")
    #expect(id.identify("無効な socket option です").language == "ja")
    #expect(id.identify("President Xi Jinping (习近平) said the talks were constructive.").language == "en")
  }
}
