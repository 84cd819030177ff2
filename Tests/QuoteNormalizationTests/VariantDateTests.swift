import Foundation
import Testing

@testable import QuoteNormalization

/// Dates and times: the house styles of English outlets give one match key.
@Suite("variants: dates")
struct VariantDateTests {
  func key(_ s: String, _ language: String? = nil) -> String {
    Normalizer(profile: .match, language: language).normalize(s).text
  }

  @Test(arguments: [
    ("November 4", "4 november"), ("Nov. 4", "4 november"), ("Nov 4th", "4 november"),
    ("4 Nov", "4 november"), ("4th November", "4 november"), ("the 4th of November", "the 4 november"),
    ("November 4, 2025", "4 november 2025"), ("Nov. 4, 2025", "4 november 2025"),
    ("4 November, 2025", "4 november 2025"), ("4 November 2025", "4 november 2025"),
    ("Sept. 30", "30 september"), ("Sep 30", "30 september"), ("Dec. 25", "25 december"),
    ("NOVEMBER 04", "4 november"), ("(4 Nov)", "(4 november)"), ("May 1st", "1 may"),
    ("on 4 Nov.", "on 4 november."), ("Nov. 4 and 5", "4 november and 5"),
  ])
  func canonical(input: String, expected: String) {
    #expect(key(input).unicodeScalars.elementsEqual(expected.unicodeScalars), "\(key(input))")
    #expect(key(key(input)) == key(input))
  }

  /// AP, Reuters and a British outlet print one sentence three ways; the keys agree.
  @Test func houseStylesAgree() {
    let styles = [
      "\"We will sign it on Nov. 4,\" she said.",
      "\"We will sign it on November 4th,\" she said.",
      "\"We will sign it on 4 November,\" she said.",
      "\"We will sign it on the 4th of November,\" she said.",
    ]
    let keys = Set(styles.prefix(3).map { key($0) })
    #expect(keys == ["\"we will sign it on 4 november,\" she said."])
    #expect(key(styles[3]) == "\"we will sign it on the 4 november,\" she said.")
  }

  @Test(arguments: [
    "we may 4 times", "May 15:30", "November 4-5", "4-5 November", "Nov. 32", "Nov. 123",
    "in March 2024", "Nov. 4.5", "November 4/5", "the 4 of November", "out of November 4x",
    "march 4", "Marching 4",
  ])
  func leftAlone(input: String) {
    let folded = Normalizer(options: Normalizer.Options.match.subtracting(.variants)).normalize(input).text
    #expect(key(input) == folded)
  }

  @Test(arguments: [
    ("at 5 p.m.", "at 17:00."), ("at 5pm", "at 17:00"), ("at 5 PM", "at 17:00"),
    ("at 5:00 p.m. on Friday", "at 17:00 on friday"), ("9.30am", "9:30"), ("12 a.m. on", "0:00 on"),
    ("12 p.m., she said", "12:00, she said"), ("12:45 a.m. on", "0:45 on"), ("a las 5 p. m. del viernes", "a las 17:00 de el viernes"),
    ("at 5 p.m. Then we left", "at 17:00. then we left"), ("at 10am Jul 31", "at 10:00 31 july"),
    ("Nov. 4, 2025, at 5 p.m.", "4 november 2025, at 17:00."),
  ])
  func times(input: String, expected: String) {
    #expect(key(input).unicodeScalars.elementsEqual(expected.unicodeScalars), "\(key(input))")
    #expect(key(key(input)) == key(input))
  }

  @Test(arguments: ["5 amps", "13 pm", "1:5 pm", "1:75 pm", "5 p.m", "100 pm", "2.5pm3", "v1.5 pm"])
  func notTimes(input: String) {
    let folded = Normalizer(options: Normalizer.Options.match.subtracting(.variants)).normalize(input).text
    #expect(key(input) == folded)
  }

  /// Only English text (or text of unknown language) is read: `Mar 4` is no date in Spanish.
  @Test func englishOnly() {
    #expect(key("Nov. 4", "en") == "4 november")
    #expect(key("Nov. 4", "es") == "nov. 4")
    #expect(key("Nov. 4", "fr") == "nov. 4")
    #expect(key("el 4 de nov. a las 5 p. m.", "es") == "el 4 de nov. a las 17:00.")
  }

  /// The date's edit maps the whole key span back onto the date as written.
  @Test func offsetsCoverTheDateAsWritten() {
    let text = "On Nov. 4, 2025, she said it"
    let r = Normalizer(profile: .match).normalize(text)
    expectConsistentMap(r)
    let date = r.edits.first { $0.rule.components.contains(.date) }
    #expect(date?.input == 3..<15)
    #expect(date?.output == 3..<18)
    #expect(r.edits.contains { $0.rule.rawValue.hasSuffix("date") })
  }

  /// Dates, times and numbers thrown together: every key is a fixed point and maps back. The
  /// fragments are those that found the cases handled in ``DateStep`` and ``NumberStep``
  /// (`10am p.m.`, `5pm,431`, `5pm per cent`, `25,000,November 1st`, `five 100,000`,
  /// `five 000tn`).
  @Test(arguments: 0..<4)
  func generatedDatesAreIdempotent(batch: Int) {
    let fragments = [
      "000", "100", " 100", "five", "twenty", "Sept", ":", "'", "/", "12,5", "1.5", "\u{A0}", "Nov",
      "November", "May", "march", "4", "12", "31", "04", "4th", "1st", "of", ",", ".", ":30", ".30",
      "2025", "p.m.", "pm", "PM", "a. m.", "am", "p.", "m.", " ", " ", " ", " ", "the", "Dec.", "-",
      "25,000", "\"", "(", "Jul", "10am", "I", "Then", "$", "£", "m", "bn", "k", "tn", "million",
      "per cent", "%",
    ]
    var rng = SeededGenerator(state: UInt64(batch) &* 104_729 &+ 17)
    let normalizers = [nil, "en", "es"].map { Normalizer(profile: .match, language: $0) }
    for _ in 0..<2500 {
      let text = (0..<Int.random(in: 1...14, using: &rng)).map { _ in
        fragments.randomElement(using: &rng) ?? ""
      }.joined()
      for n in normalizers {
        let once = n.normalize(text)
        let twice = n.normalize(once.text)
        #expect(scalars(twice.text) == scalars(once.text), "not idempotent: \(text)")
        expectConsistentMap(once)
      }
    }
  }

  /// `--no-numbers` keeps dates as written too.
  @Test func followsTheNumbersOption() {
    let n = Normalizer(options: Normalizer.Options.match.subtracting(.numbers))
    #expect(n.normalize("Nov. 4").text == "nov. 4")
  }
}
