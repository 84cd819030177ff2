import Foundation
import QuoteExtraction
import Testing

/// Offsets into the text the user gave: through repair (entities, mojibake), in scalars.
@Suite("Offsets")
struct OffsetTests {
  @Test func htmlEntitiesMapBack() throws {
    let text = "&ldquo;Yes,&rdquo; she said."
    let r = QuoteExtractor().extract(from: text, language: "en")
    let q = try #require(r.quotes.first)
    #expect(q.text == "Yes,")
    #expect(q.content.scalars == 7..<11)
    #expect(q.openingMark.map { r.text(of: $0) } == "&ldquo;")
    #expect(q.closingMark.map { r.text(of: $0) } == "&rdquo;")
    #expect(q.speaker.map { r.text(of: $0.mention) } == "she")
  }

  @Test func mojibakeMapsBack() throws {
    let text = "He said â€˜noâ€™ and left the room."
    let r = QuoteExtractor().extract(from: text, language: "en")
    let q = try #require(r.quotes.first)
    #expect(q.text == "no")
    #expect(q.openingMark.map { r.text(of: $0) } == "â€˜")
  }

  @Test func scalarOffsetsCountAstralCharactersOnce() throws {
    let text = "😀 \"Yes,\" she said."
    let q = try #require(QuoteExtractor().extract(from: text, language: "en").quotes.first)
    #expect(q.content.scalars == 3..<7)
    #expect(q.openingMark?.scalars == 2..<3)
  }

  @Test func everyRangeSlicesTheOriginal() throws {
    for file in try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("seeds").path) {
      let text = try Fixtures.text("seeds/" + file)
      let scalars = Array(text.unicodeScalars)
      let r = QuoteExtractor().extract(from: text, language: "en")
      for q in r.quotes {
        #expect(String(String.UnicodeScalarView(scalars[q.content.scalars])) == q.text)
        #expect(r.text(of: q.content) == q.text)
        if let s = q.speaker {
          #expect(String(String.UnicodeScalarView(scalars[s.mention.scalars])) == s.text)
        }
        for m in [q.openingMark, q.closingMark].compactMap({ $0 }) {
          #expect(m.scalars.count == 1)
        }
      }
    }
  }

  @Test func extractionIsStableUnderRepairOfCleanText() {
    let text = "“Yes,” she said.\n"
    let plain = QuoteExtractor(configuration: .init(options: [.attribution, .regions])).extract(
      from: text, language: "en")
    let repaired = QuoteExtractor().extract(from: text, language: "en")
    #expect(plain.quotes == repaired.quotes)
  }

  @Test func textWithoutMarksIsSkippedQuickly() {
    let r = QuoteExtractor().extract(from: "Nothing quoted here, isn't it?", language: "en")
    #expect(r.quotes.isEmpty)
    #expect(r.diagnostics.isEmpty)
  }
}
