import QuoteMatching
import Testing

@Suite("Utterance identity and article dates")
struct IdentityAndDatingTests {
  @Test(arguments: [
    ("Claudia Sheinbaum", "Sheinbaum", true),
    ("President Sheinbaum", "Claudia Sheinbaum", true),
    ("Claudia Sheinbaum", "Pedro Sheinbaum", false),
    // A speaker only described (its last word an office: `the Mexican president`, `Sheinbaum's
    // spokesman`) names no one: the words decide, as for an unknown speaker.
    ("senior official", "operative", true),
    ("the Mexican president", "Claudia Sheinbaum", true),
    ("Mexico's president", "the Mexican president", true),
    ("the operative", "operative", true),
    // Titles abbreviated.
    ("Pres. Sheinbaum", "Claudia Sheinbaum", true),
    ("Sen. Marco Rubio", "Marco Rubio", true),
    // Initials of a name of three words or more.
    ("AMLO", "Andrés Manuel López Obrador", true),
    ("JFK", "John F. Kennedy", true),
    ("AMLO", "Claudia Sheinbaum Pardo", false),
    ("Xi", "Xavier Ibarra", false),
    ("Andrés Manuel López Obrador", "Lopez Obrador", true),
    // A description before the name, after a comma or in parentheses is not part of it.
    ("Mexican President López Obrador", "Andrés Manuel López Obrador", true),
    ("Mexican President Claudia Sheinbaum", "Claudia Sheinbaum Pardo", true),
    ("U.S. Secretary of State Rubio", "Marco Rubio", true),
    ("Claudia Sheinbaum, Mexico's president", "Mexican President Claudia Sheinbaum", true),
    ("Sheinbaum (Mexico)", "Claudia Sheinbaum", true),
    ("el canciller Juan Ramón de la Fuente", "Juan Ramón de la Fuente", true),
    ("Mexican President Claudia Sheinbaum", "Mexican President Pedro Sheinbaum", false),
    ("Sheinbaum, Claudia", "Sheinbaum, Pedro", false),
    ("White House press secretary Karoline Leavitt", "Donald Trump", false),
    // A full name without the generation of the other is another person; a surname may be either.
    ("Donald Trump", "Donald Trump Jr.", false),
    ("Donald Trump Jr.", "Trump Jr.", true),
    ("Kennedy", "Robert F. Kennedy Jr.", true),
  ])
  func speakers(_ a: String, _ b: String, _ compatible: Bool) {
    let x = UtteranceIdentity(speaker: a, date: nil)
    let y = UtteranceIdentity(speaker: b, date: nil)
    #expect(x.speakerCompatible(with: y) == compatible)
  }

  @Test func dates() {
    let nov4 = UtteranceIdentity(speaker: nil, date: "2025-11-04")
    let nov4time = UtteranceIdentity(speaker: nil, date: "2025-11-04T09:30:00Z")
    let nov5 = UtteranceIdentity(speaker: nil, date: "2025-11-05")
    let event = UtteranceIdentity(speaker: nil, date: "press conference, 18 Nov")
    let none = UtteranceIdentity(speaker: nil, date: nil)
    #expect(nov4.dateCompatible(with: nov4time, toleranceDays: 0))
    #expect(!nov4.dateCompatible(with: nov5, toleranceDays: 0))
    #expect(nov4.dateCompatible(with: nov5, toleranceDays: 1))
    #expect(nov4.dateCompatible(with: none, toleranceDays: 0))
    #expect(event.dateCompatible(with: UtteranceIdentity(speaker: nil, date: "Press conference, 18 Nov"), toleranceDays: 0))
    #expect(!event.dateCompatible(with: UtteranceIdentity(speaker: nil, date: "rally, 20 Nov"), toleranceDays: 0))
  }

  @Test("dates of quotations in the seed articles", arguments: [
    ("000_a1bb128c15978151", "That won't happen,", "2025-11-04"),  // dateline; "on Tuesday" → 4 Nov
    ("003_1f76fd77d8f66e91", "It’s not going to happen.", "2025-11-04"),  // "Nov 04, 2025"; Tuesday
    ("004_f42273d575fc1bef", "It's not going to happen,", "2025-11-18"),  // "on November 18"
    ("004_f42273d575fc1bef", "I wouldn't answer that question,", "2025-11-19"),  // publication date
  ])
  func seedDates(_ file: String, _ quote: String, _ date: String) throws {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("seeds/\(file).txt"), encoding: .utf8)
    let d = ArticleDating(text)
    let offset = try #require(text.unicodeScalars.indices(of: quote))
    #expect(d.date(ofParagraphAt: offset) == date)
  }

  @Test func articlesWithoutDates() throws {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("seeds/002_aa17bf66d3b39eed.txt"), encoding: .utf8)
    #expect(ArticleDating(text).published == nil)
    #expect(ArticleDating(text).date(ofParagraphAt: 100) == nil)
  }
}

extension String.UnicodeScalarView {
  /// The scalar offset of the first occurrence of `s`.
  func indices(of s: String) -> Int? {
    let hay = Array(self)
    let needle = Array(s.unicodeScalars)
    guard needle.count <= hay.count else { return nil }
    for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i }
    return nil
  }
}
