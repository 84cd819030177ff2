import Foundation
import Testing

@testable import QuoteNormalization

/// Numbers: grouping and decimals of every locale, percent forms, ordinals, number words.
@Suite("variants: numbers")
struct VariantNumberTests {
  func key(_ s: String, _ language: String? = nil) -> String {
    Normalizer(profile: .match, language: language).normalize(s).text
  }

  @Test(arguments: [
    ("25,000", "25000"), ("25.000", "25000"), ("25\u{A0}000", "25000"), ("25\u{202F}000", "25000"),
    ("25’000", "25000"), ("1,234,567", "1234567"), ("1 234 567", "1234567"), ("3.5", "3.5"),
    ("3,5", "3.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"), ("25%", "25%"), ("25 %", "25%"),
    ("25 per cent", "25%"), ("25 percent", "25%"), ("25 por ciento", "25%"), ("25 pour cent", "25%"),
    ("3,5 %", "3.5%"), ("2.5 million", "2500000"), ("25 mil", "25000"), ("1,5 millones", "1500000"),
    ("21st", "21st"), ("2e", "2nd"), ("1er", "1st"), ("3ème", "3rd"), ("1.º", "1st"), ("3ª", "3rd"),
    ("11th", "11th"), ("twenty-five", "25"), ("Twenty five", "25"), ("one hundred and five", "105"),
    ("twenty-five thousand", "25000"), ("veinticinco", "25"), ("mil novecientos noventa y nueve", "1999"),
    ("veintiséis", "26"), ("twenty-five per cent", "25%"), ("2.5bn", "2500000000"),
    ("£2.5bn", "£2500000000"), ("$5m", "$5000000"), ("€50k", "€50000"), ("3tn", "3000000000000"),
    ("4mn", "4000000"), ("US$1.2m", "us$1200000"), ("5 trillion", "5000000000000"),
    ("a million people", "1000000 people"), ("a hundred and five", "105"), ("a thousand", "1000"),
  ])
  func canonical(input: String, expected: String) {
    #expect(key(input) == expected)
    #expect(key(key(input)) == key(input))
  }

  @Test(arguments: [
    "1,2,3", "1.5.2020", "555 123 4567", "one of them", "no one",
    "covid-19", "version 2.0.1", "3a", "the 2o", "Once upon a time", "a 5m wall", "50k run",
    "$5mm", "2.5bnx", "a one", "a hundredth", "a dozen", "a and",
  ])
  func leftAlone(input: String) {
    let folded = Normalizer(options: Normalizer.Options.match.subtracting(.variants)).normalize(input).text
    #expect(key(input) == folded)
  }

  /// A number word before digits that join into a longer number: the first pass decides as the
  /// second will, which sees the longer number.
  @Test(arguments: ["five 100,000 people", "five 100 000 people", "five 100 100", "five 100,5 people"])
  func wordBeforeGroupedDigitsIsIdempotent(input: String) {
    #expect(key(key(input)) == key(input), "\(key(input)) → \(key(key(input)))")
  }

  @Test func wordsThatDoNotParseAsOneNumberStaySeparate() {
    #expect(key("five twenty") == "5 20")
    #expect(key("twenty hundred") == "20 hundred")
  }

  /// Newsroom abbreviations and spelled-out scales agree (BBC `£2bn`, AP `2 billion pounds`).
  @Test func scaleAbbreviationsAgree() {
    #expect(key("It costs £2bn") == key("It costs £2 billion"))
    #expect(key("a $5m deal") == key("a $5 million deal"))
  }

  @Test func oneNumberOneKey() {
    let keys = Set(["25,000", "25 000", "25.000", "25’000", "twenty-five thousand"].map { key("\($0) people") })
    #expect(keys.count == 1, "\(keys)")
    #expect(key("25,000 people") == key("25.000 people"))
    #expect(key("25\u{A0}000 people") == key("25,000 people"))
  }

  /// Our spelling of numbers is ICU's `%spellout-numbering` (the parse accepts nothing else).
  @Test func spellingMatchesICU() {
    let folder = Normalizer(options: [.nfkcCasefold, .diacritics])
    for (language, locale) in [(NumberWords.Language.english, "en"), (.spanish, "es")] {
      let f = NumberFormatter()
      f.numberStyle = .spellOut
      f.locale = Locale(identifier: locale)
      var values = Array(0...1200) + [1999, 2024, 21_000, 25_000, 31_000, 100_000, 101_000, 999_999, 1_000_000, 2_500_000, 21_000_000]
      values += stride(from: 1201, to: 1_000_000, by: 7919).map { $0 }
      for v in values {
        guard let icu = f.string(from: NSNumber(value: v)) else { continue }
        let words = folder.normalize(icu).text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        #expect(NumberWords.spell(v, language) == words, "\(locale) \(v): \(icu)")
        #expect(NumberWords.value(of: words, language: language) == v, "\(locale) \(v)")
      }
    }
  }
}
