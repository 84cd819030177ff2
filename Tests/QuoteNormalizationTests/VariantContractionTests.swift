import Testing

@testable import QuoteNormalization

/// Contractions and clitics, per language, with the apostrophe variants the core folds.
@Suite("variants: contractions")
struct VariantContractionTests {
  func key(_ s: String, _ language: String? = nil) -> String {
    Normalizer(profile: .match, language: language).normalize(s).text
  }

  @Test(arguments: [
    ("That won’t happen", "that will not happen"), ("I can't", "i cannot"),
    ("we shan't", "we shall not"), ("they don't, it doesn't, he didn't", "they do not, it does not, he did not"),
    ("It’s over", "it is over"), ("its own", "its own"), ("Trump's plan", "trump's plan"),
    ("they're here", "they are here"), ("we've gone", "we have gone"), ("I'd say", "i would say"),
    ("you'll see", "you will see"), ("I'm sure", "i am sure"), ("let's go", "let us go"),
    ("who's there", "who is there"), ("'it's over,' she said", "'it is over,' she said"),
    ("it`s ok", "it is ok"), ("it´s ok", "it is ok"), ("itʼs ok", "it is ok"),
  ])
  func english(input: String, expected: String) {
    #expect(key(input) == expected)
    #expect(key(key(input)) == key(input))
  }

  @Test func englishVariantsAgree() {
    #expect(key("“That won’t happen,”") == key("\"That will not happen,\""))
    #expect(key("It’s true") == key("it is true"))
  }

  @Test(arguments: [
    ("Fue al mercado del pueblo", "fue a el mercado de el pueblo"),
    ("el alcalde", "el alcalde"),
  ])
  func spanish(input: String, expected: String) {
    #expect(key(input, "es") == expected)
    #expect(key(input) == expected)
  }

  @Test func spanishArticlesOnlyInSpanishOrUnknown() {
    #expect(key("Al Gore", "en") == "al gore")
  }

  @Test(arguments: [
    ("L’État, c’est moi", "le etat, ce est moi"), ("qu'il fasse", "que il fasse"),
    ("s'il vous plaît", "si il vous plait"), ("jusqu'à demain", "jusque a demain"),
    ("d'accord", "de accord"), ("j'ai dit", "je ai dit"),
  ])
  func french(input: String, expected: String) {
    #expect(key(input, "fr") == expected)
  }

  @Test(arguments: [
    ("dell'Italia", "dello italia"), ("l'uomo", "lo uomo"), ("un'altra", "una altra"),
    ("nell'anno", "nello anno"),
  ])
  func italian(input: String, expected: String) {
    #expect(key(input, "it") == expected)
  }

  @Test func innerApostrophesAndQuotesAreNotClitics() {
    #expect(key("rock'n'roll") == "rock'n'roll")
    #expect(key("O'Brien") == "o'brien")
  }

  @Test func editsCarryTheRule() {
    let r = Normalizer(profile: .match).normalize("Won’t")
    #expect(r.text == "will not")
    #expect(r.edits.contains { $0.rule.components.contains(.contraction) })
    expectConsistentMap(r)
  }
}
