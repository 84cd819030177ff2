import Foundation
import Testing

@testable import QuoteNormalization

/// The variant rules in the `match` profile: switches, seeds, fused path, offsets, idempotence.
@Suite("variants: match profile")
struct VariantProfileTests {
  @Test func everyBritishSpellingOfTheSeedsGetsItsAmericanKey() throws {
    let n = Normalizer(profile: .match)
    let table = SpellingTable.shared
    var found: Set<String> = []
    for (name, text) in try seedTexts() {
      let r = n.normalize(text)
      expectConsistentMap(r)
      let key = Array(r.text.unicodeScalars)
      VariantWords.forEach(in: key) { range in
        // No British spelling is left in a match key, whatever its case in the text.
        let left = table.entry(british: key[range]) != nil
        #expect(!left, "\(name): British spelling left in the key: \(String(String.UnicodeScalarView(key[range])))")
      }
      for w in ["organisations", "categorised", "signalled", "authorising", "whilst"]
      where text.lowercased().contains(w) { found.insert(w) }
    }
    #expect(found.isSuperset(of: ["organisations", "categorised", "signalled", "authorising", "whilst"]))
  }

  @Test func switches() {
    let text = "Whilst 25,000 organisations won't"
    #expect(Normalizer(profile: .match).normalize(text).text == "while 25000 organizations will not")
    let none = Normalizer(options: Normalizer.Options.match.subtracting(.variants))
    #expect(none.normalize(text).text == "whilst 25,000 organisations won't")
    #expect(Normalizer(options: Normalizer.Options.match.subtracting(.spelling)).normalize(text).text == "whilst 25000 organisations will not")
    #expect(Normalizer(options: Normalizer.Options.match.subtracting(.numbers)).normalize(text).text == "while 25,000 organizations will not")
    #expect(Normalizer(options: Normalizer.Options.match.subtracting(.contractions)).normalize(text).text == "while 25000 organizations won't")
  }

  @Test func rulesInEdits() {
    let r = Normalizer(profile: .match).normalize("Organisations: 25,000 won't")
    let rules = Set(r.edits.flatMap(\.rule.components))
    #expect(rules.isSuperset(of: [.spelling, .number, .contraction]))
    #expect(NormalizationRule(rawValue: "spelling") == .spelling)
    #expect(NormalizationRule(rawValue: "alias") == .alias)
    expectConsistentMap(r)
  }

  @Test func fusedEqualsStepwiseWithVariants() throws {
    let fused = Normalizer(options: Normalizer.Options.match.union(.names))
    for (_, text) in try seedTexts() {
      #expect(scalars(fused.normalize(text).text) == scalars(fused.unfused.normalize(text).text))
    }
    for text in generatedTexts(count: 200, seed: 99) + ["Ã©tÃ© organisations 25,000 won’t Zelenskyy"] {
      let a = fused.normalize(text)
      #expect(scalars(a.text) == scalars(fused.unfused.normalize(text).text))
      expectConsistentMap(a)
      #expect(scalars(fused.normalize(a.text).text) == scalars(a.text), "not idempotent: \(text.debugDescription)")
    }
  }

  @Test func variantTextIsIdempotentAndMapped() {
    let n = Normalizer(options: Normalizer.Options.match.union(.names))
    let fragments = [
      "organisations", " ", "Whilst", "25,000", "25\u{A0}000", "3,5", "%", " per cent", "won’t", "it’s",
      "l’État", "del", "twenty-five", "veinticinco", "1er", "1.º", "Zelenskyy", "AMLO", "colour’s",
      "-", ",", ".", "'", "\n", "1", "000", "mil", " millones", "thousand", "one", "and",
    ]
    var rng = SeededGenerator(state: 42)
    for _ in 0..<400 {
      let text = (0..<Int.random(in: 1...12, using: &rng)).map { _ in fragments.randomElement(using: &rng) ?? "" }.joined()
      let once = n.normalize(text)
      #expect(scalars(n.normalize(once.text).text) == scalars(once.text), "\(text.debugDescription) → \(once.text.debugDescription)")
      expectConsistentMap(once)
    }
  }
}
