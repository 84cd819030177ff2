import Foundation
import Testing

@testable import QuoteNormalization

/// The variant trigger may only leave out a step that has nothing to do on the line: a step it
/// does not name must return nil there (otherwise the match key would depend on the trigger).
@Suite("variants: trigger")
struct VariantTriggerTests {
  /// Lines as the variant phase sees them (match keys, before variant folding).
  static let lines: [String] = [
    "it costs 25,000 dollars", "in 2019 and 2020", "version 1.2.3 of 2025-12-21", "3,5 %",
    "2.5 million people", "25 per cent", "the 21st century", "le 1er mai", "2e", "3a", "1.o",
    "25 000 euros", "25'000", "2019 100", "555 123 4567", "10.5", "10.5 percent", "a1.5e",
    "won't", "it's over", "trump's plan", "l'homme", "c'c'est", "s'il", "dell'anno", "rock'n'roll",
    "del mar al sur", "1000'del", "colour and organisation", "whilst", "utilise", "one of them",
    "two", "once upon a time", "once mil", "and five", "twenty-five", "veinticinco", "un millon",
    "y dos", "zero 180", "5 two hundred", "one hundred", "mil novecientos", "no one", "dos d'un",
    "l'un", "d'once", "5 l'an", "twenty-l'un", "it's two", "don't 25,000", "grey tyre",
    "25,fifty", "percent 5", "5 pct", "5 %", "mil millones", "2 thousand", "x 3 million y",
    "Nov. 4", "November 4, 2025", "4th of November", "the 4 Dec.", "May 1st", "Sept 30 2025",
    "4 November", "Mar 4", "March 2024", "in March, 4 people", "4 people in March",
    "at 5 p.m.", "5pm", "5:30 PM", "9.30am", "12 a. m. on", "5 amps", "1:5 pm", "13 pm",
    "$5m", "5m", "£2.5bn", "a million", "a thousand times", "a dozen", "a and b", "2.5bn", "3tn", "$50k", "50k", "4mn", "€1,5bn", "5 trillion", "$5mm",
  ]

  static let languages: [String?] = [nil, "en", "es", "fr", "it"]

  @Test(arguments: languages)
  func leftOutStepsDoNothing(language: String?) {
    let contractions = ContractionStep(language: language)
    let numbers = NumberStep(language: language)
    let spelling = SpellingStep(target: .american, folded: true)
    let trigger = VariantTrigger(contractions: contractions, spelling: true, numbers: numbers)
    for text in Self.lines {
      let line = Array(text.utf8)
      let found = line.withUnsafeBufferPointer { trigger.steps(in: $0) }
      let s = Array(text.unicodeScalars)
      var steps: [(VariantTrigger.Steps, any VariantStep)] = [
        (.contractions, contractions), (.spelling, spelling), (.numbers, numbers),
      ]
      steps.append((.dates, DateStep(language: language)))
      for (kind, step) in steps where !found.contains(kind) {
        let r = step.apply(to: s, context: VariantContext(identity: s))
        #expect(r == nil, "\(kind.rawValue) changes \(text) (\(language ?? "any"))")
      }
    }
  }

  @Test func namesStepsForWhatTheyChange() {
    let trigger = VariantTrigger(
      contractions: ContractionStep(language: nil), spelling: true,
      numbers: NumberStep(language: nil))
    func steps(_ s: String) -> VariantTrigger.Steps {
      Array(s.utf8).withUnsafeBufferPointer { trigger.steps(in: $0) }
    }
    #expect(steps("in 2019 the trump's plan was one of them") == [])
    #expect(steps("won't") == .contractions)
    #expect(steps("colour") == .spelling)
    #expect(steps("25,000") == .numbers)
    #expect(steps("twenty-five") == .numbers)
    #expect(steps("on Nov. 4") == .dates)
    #expect(steps("4th of November") == [.numbers, .dates])
    #expect(steps("at 5 p.m.") == .dates)
    #expect(steps("in November we may") == [])
  }

  /// The trigger's eight-bytes-at-a-time word reader finds the word's end and the hash the word
  /// table files it under, whatever its length and wherever it ends.
  @Test func wordReaderHashesAsTheTable() {
    let texts = [
      "colour", "Organisation", "internationalisation, ok", "a", "abcdefgh", "abcdefgh ",
      "ABCDEFGHIJKLMNOP-x", "it's", "x1", "abcdefghijklmnopq", "Won’t", "twenty-five",
    ]
    for text in texts {
      let b = Array(text.utf8)
      var e = 0
      while e < b.count, (b[e] | 0x20) >= 0x61 && (b[e] | 0x20) <= 0x7A { e += 1 }
      let (end, hash) = b.withUnsafeBufferPointer { WordHash.word(in: $0, at: 0) }
      #expect(end == e, "\(text)")
      #expect(hash == b.withUnsafeBufferPointer { WordHash.hash($0, 0, e) }, "\(text)")
      #expect(hash == WordHash.hash(Array(text.unicodeScalars)[0..<e]), "\(text)")
    }
    // Case is ignored, and words that differ only past eight letters differ.
    let a = Array("ColourXYZ".utf8).withUnsafeBufferPointer { WordHash.hash($0, 0, 9) }
    let b = Array("colourxyz".utf8).withUnsafeBufferPointer { WordHash.hash($0, 0, 9) }
    let c = Array("colourxyw".utf8).withUnsafeBufferPointer { WordHash.hash($0, 0, 9) }
    #expect(a == b)
    #expect(a != c)
  }
}
