import Testing

@testable import QuoteMatching

/// Dates as feeds, outlets and spreadsheets write them are one day; text that could be two
/// days stays a label (compared as written, let through against a day).
@Suite("Utterance identity: reading dates")
struct DateReadingTests {
  static let fourthOfNovember = 20396

  @Test(arguments: [
    "2025-11-04", "2025-11-04T09:30:00Z", "2025/11/04", "2025.11.04",
    "November 4, 2025", "Nov. 4, 2025", "4 Nov 2025", "Tue, 04 Nov 2025 14:00:00 GMT",
    "4 de noviembre de 2025", "martes 4 de noviembre de 2025", "4. November 2025",
    "le 4 novembre 2025", "4 novembre 2025", "4 de novembro de 2025", "4 Nov 2025, 14:05",
    "20251104", "04.11.2025", "4.11.2025",
  ])
  func oneDay(_ text: String) {
    #expect(IdentityParsing.day(text) == Self.fourthOfNovember, "\(text)")
  }

  @Test func numericDatesAreReadOnlyWhenUnambiguous() {
    #expect(IdentityParsing.day("25/11/2025") == Self.fourthOfNovember + 21)
    #expect(IdentityParsing.day("11/25/2025") == Self.fourthOfNovember + 21)
    #expect(IdentityParsing.day("25.11.2025") == Self.fourthOfNovember + 21)
    #expect(IdentityParsing.day("04/11/2025") == nil, "April 11 or 4 November")
  }

  @Test(arguments: [
    "press conference 18 Nov", "4 and 5 November 2025", "31 February 2025", "November 2025",
    "the morning conference", "Q3 2025", "2025", "9999/99/99", "2025/13/01", "20251304",
    "12345678", "11.31.2025",
  ])
  func labels(_ text: String) {
    #expect(IdentityParsing.day(text) == nil, "\(text)")
  }

  @Test func mixedFormatsClusterByDay() {
    let records = [
      QuoteRecord(id: "a", text: "That won't happen.", speaker: "Claudia Sheinbaum", date: "2025-11-04T09:30:00Z"),
      QuoteRecord(id: "b", text: "It's not going to happen.", speaker: "Sheinbaum", date: "Tue, 04 Nov 2025 14:00:00 GMT"),
      QuoteRecord(id: "c", text: "This will not happen.", speaker: "Sheinbaum", date: "4 de noviembre de 2025"),
      QuoteRecord(id: "d", text: "It's not going to happen.", speaker: "Sheinbaum", date: "2025/11/18"),
      QuoteRecord(id: "e", text: "It is not going to happen.", speaker: "Sheinbaum", date: "November 18, 2025"),
    ]
    let r = QuoteClusterer().cluster(records)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.clusterID(of: 0) == r.clusterID(of: 2))
    #expect(r.clusterID(of: 3) == r.clusterID(of: 4))
    #expect(r.clusterID(of: 0) != r.clusterID(of: 3), "18 November is another statement")
  }
}
