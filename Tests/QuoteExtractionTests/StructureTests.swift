import Foundation
import QuoteExtraction
import Testing

/// Nesting, statements over paragraphs and around cues, and local recovery from bad marks.
@Suite("Structure")
struct StructureTests {
  @Test func nestingDepthAndParent() {
    let r = QuoteExtractor().extract(from: "“A ‘b “c” d’ e,” he said.", language: "en")
    #expect(r.quotes.map(\.text) == ["A ‘b “c” d’ e,", "b “c” d", "c"])
    #expect(r.quotes.map(\.depth) == [0, 1, 2])
    #expect(r.quotes.map(\.parent) == [nil, 0, 1])
  }

  @Test func multiParagraphConvention() throws {
    let text =
      "Maria Lopez took the floor.\n\n“We came here with a plan.\n\n“And we will finish it,” Lopez said.\n"
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map(\.text) == ["We came here with a plan.", "And we will finish it,"])
    let first = try #require(r.quotes.first)
    #expect(first.closingMark == nil)
    #expect(first.diagnostics.map(\.code) == [.continuesInNextParagraph])
    #expect(r.quotes[1].statement == 0)
    #expect(r.quotes.allSatisfy { $0.speaker?.name == "Maria Lopez" })
  }

  @Test func splitAroundTheCueInOneSentence() {
    let text = "Tom Hill was asked. “I wouldn't,” he said, “answer that.”"
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map(\.text) == ["I wouldn't,", "answer that."])
    #expect(r.quotes[1].statement == 0)
    #expect(r.quotes.map { $0.speaker?.name } == ["Tom Hill", "Tom Hill"])
  }

  @Test func splitAcrossSentences() {
    let text =
      "Ana Ruiz spoke. \"There is collaboration,\" she replied. \"But there is no subordination.\""
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.count == 2)
    #expect(r.quotes[1].statement == 0)
    #expect(r.quotes[1].cue == nil)
    #expect(r.quotes[1].speaker?.name == "Ana Ruiz")
    #expect(r.statements.count == 1)
  }

  @Test func unclosedQuoteEndsWithItsParagraph() throws {
    let text = "He said “no to everything.\nAna Ruiz said “yes,” and went home.\n"
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.map(\.text) == ["no to everything.", "yes,"])
    let first = try #require(r.quotes.first)
    #expect(first.diagnostics.map(\.code) == [.unclosedQuote])
    #expect(first.closingMark == nil)
    #expect(r.quotes[1].diagnostics.isEmpty)
    #expect(r.quotes[1].speaker?.name == "Ana Ruiz")
  }

  @Test func mismatchedMarksPairWithADiagnostic() {
    let r = QuoteExtractor().extract(from: "“Yes,\" she said.", language: "en")
    #expect(r.quotes.map(\.text) == ["Yes,"])
    #expect(r.quotes.first?.diagnostics.map(\.code) == [.mismatchedMarks])
  }

  @Test func strayClosingMarkIsReportedAndSkipped() {
    let r = QuoteExtractor().extract(from: "He left.” Then “yes,” she said.", language: "en")
    #expect(r.quotes.map(\.text) == ["yes,"])
    #expect(r.diagnostics.map(\.code) == [.unopenedQuote])
  }

  @Test func innerQuotationClosedByTheOuterMark() {
    let r = QuoteExtractor().extract(
      from: "«Il a dit “non et puis rien», conclut-elle.", language: "fr")
    #expect(r.quotes.map(\.text) == ["Il a dit “non et puis rien", "non et puis rien"])
    #expect(r.quotes[1].diagnostics.map(\.code) == [.closedByOuterMark])
  }

  @Test func oneBadParagraphDoesNotSpoilTheRest() {
    let bad = String(repeating: "He said “oops. ", count: 3)
    let text = bad + "\n“Fine,” Ana Ruiz said.\n“Good,” she added.\n"
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.suffix(2).map(\.text) == ["Fine,", "Good,"])
    #expect(
      r.quotes.suffix(2).allSatisfy { $0.diagnostics.isEmpty && $0.speaker?.name == "Ana Ruiz" })
  }

  @Test func hardWrappedParagraphsHoldQuotations() {
    let text = """
      The minister spoke at length on Tuesday about the budget and the many difficult
      choices that lie ahead for the government. “We will not raise taxes on working
      families this year or next year, whatever happens in the markets,” Ana Ruiz said
      in the capital, where she met union leaders and representatives of the banks
      that hold most of the public debt. Analysts were not convinced by the promise
      and said so in notes to their clients, pointing to the size of the deficit and
      to the cost of the new pension plan that parliament approved in the spring.

      """
    let r = QuoteExtractor().extract(from: text, language: "en")
    #expect(r.quotes.count == 1)
    #expect(r.quotes.first?.text.hasSuffix("markets,") == true)
    #expect(r.quotes.first?.speaker?.name == "Ana Ruiz")
  }

  @Test func theSameOpeningMarkAgainEndsAnUnclosedQuotation() {
    let r = QuoteExtractor().extract(
      from: "“We will go, he said. “Then we will see.” She left.", language: "en")
    #expect(r.quotes.map(\.text) == ["We will go, he said.", "Then we will see."])
    #expect(r.quotes.map(\.depth) == [0, 0])
    #expect(r.quotes[0].diagnostics.map(\.code) == [.unclosedQuote])
    #expect(r.quotes[0].diagnostics[0].message.contains("next opening mark"))
    // Guillemets nest in French and straight marks nest: they keep nesting.
    let fr = QuoteExtractor().extract(from: "« Il a dit « non » hier », dit-elle.", language: "fr")
    #expect(fr.quotes.map(\.depth) == [0, 1])
  }

  @Test func unclosedMarksStayLinear() {
    // Every mark opens and none closes: each quotation ends at the next mark, not at the
    // paragraph's end, so the quotations' text adds up to the paragraph's, not its square.
    let curly = String(repeating: "“word ", count: 5_000)
    let r = QuoteExtractor().extract(from: curly, language: "en")
    #expect(r.quotes.count == 5_000)
    #expect(r.quotes.allSatisfy { $0.text == "word" && $0.depth == 0 })
    // Straight marks nest, up to the limit of open quotations; later marks are reported.
    let straight = String(repeating: "\"word ", count: 2_000)
    let s = QuoteExtractor().extract(from: straight, language: "en")
    #expect(s.quotes.count <= 16)
    #expect(s.quotes.map(\.depth).max() == 15)
    // Five reported one by one, the rest counted in one summary for the paragraph.
    let deep = s.diagnostics.filter { $0.code == .nestingTooDeep }
    #expect(deep.count == 6)
    #expect(deep.last?.message.hasPrefix("\(2_000 - 16 - 5) more marks") == true)
    var c = QuoteExtractor.Configuration()
    c.maxOpenQuotations = 3
    #expect(QuoteExtractor(configuration: c).extract(from: straight, language: "en").quotes.count <= 3)
  }

  /// Inputs `make fuzz` (or the growth table) found breaking extraction, each fixed, replayed
  /// with the fuzz target's structural checks: `statement` names a quotation that starts its
  /// own statement (a part continuing a continuation named the middle part), spans in range,
  /// quotations nested or disjoint, marks outside their content.
  @Test func savedFuzzInputsStayFixed() throws {
    let dir = Fixtures.url("Fuzz/regressions/fuzz-extract")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(files.contains("statement-chain") && files.contains("mojibake-mark-maps-to-whole-run"))
    for file in files {
      let data = try Data(contentsOf: dir.appendingPathComponent(file))
      let text = String(decoding: data, as: UTF8.self)
      let r = QuoteExtractor().extract(from: text, language: "en")
      let count = text.unicodeScalars.count
      for (i, q) in r.quotes.enumerated() {
        #expect(q.statement <= i && r.quotes[q.statement].statement == q.statement, "\(file) #\(i)")
        #expect(q.content.scalars.lowerBound >= 0 && q.content.scalars.upperBound <= count, "\(file) #\(i)")
        // Marks and content are disjoint in the original too, also where repair decoded a
        // mojibake run holding the mark (one edit per repaired character).
        #expect((q.openingMark?.scalars.upperBound ?? 0) <= q.content.scalars.lowerBound, "\(file) #\(i)")
        #expect((q.closingMark?.scalars.lowerBound ?? count) >= q.content.scalars.upperBound, "\(file) #\(i)")
        if let p = q.parent {
          #expect(r.quotes[p].content.scalars.lowerBound <= q.content.scalars.lowerBound, "\(file) #\(i)")
          #expect(r.quotes[p].content.scalars.upperBound >= q.content.scalars.upperBound, "\(file) #\(i)")
        } else if i > 0, let prev = r.quotes[..<i].last(where: { $0.parent == nil }) {
          #expect(prev.content.scalars.upperBound <= q.content.scalars.lowerBound, "\(file) #\(i)")
        }
      }
    }
  }
}


/// Scraped HTML: tags do not make every paragraph a heading, and offsets point into the HTML.
@Suite("HTML input")
struct HTMLInputTests {
  @Test func quotationsOfAnHTMLArticleWithOffsetsIntoIt() throws {
    let html = """
      <html><body><h1>Zelenskiy: <em>&ldquo;We will not back down&rdquo;</em></h1>
      <p>&ldquo;We will not back down,&rdquo; <a href="/zelenskiy">Zelenskiy</a> said in his nightly address.</p>
      <p>&quot;Never,&quot; said Ana Ruiz, a <b>nurse</b>.</p></body></html>
      """
    let r = QuoteExtractor().extract(from: html, language: "en")
    #expect(r.quotes.map(\.text) == ["We will not back down", "We will not back down,", "Never,"])
    #expect(r.quotes.map(\.kind) == [.headline, .direct, .direct])
    #expect(r.quotes.map { $0.speaker?.name } == ["Zelenskiy", "Zelenskiy", "Ana Ruiz"])
    let source = Array(html.unicodeScalars)
    for q in r.quotes {
      #expect(String(String.UnicodeScalarView(source[q.content.scalars])) == q.text)
    }
    #expect(r.quotes[1].openingMark.map { r.text(of: $0) } == "&ldquo;")
  }
}

/// A scraped HTML page (`Fixtures/en/scraped.txt`): head, scripts and styles give nothing,
/// the headline is a headline, related links are boilerplate, speakers are found through tags.
@Suite("HTML fixture")
struct HTMLFixtureTests {
  @Test func theScrapedPage() throws {
    let html = try Fixtures.text("Fixtures/en/scraped.txt")
    let r = QuoteExtractor().extract(from: html, language: "en")
    #expect(
      r.quotes.map { $0.repaired ?? $0.text } == [
        "It’s not going to happen", "It’s not going to happen,",
        "We do not agree with any process of interference or interventionism.",
        "within that framework.", "There is collaboration, and there is coordination,",
        "But there is no subordination.", "must do more",
      ])
    #expect(r.quotes.first?.kind == .headline)
    #expect(r.quotes[1].speaker?.name == "Claudia Sheinbaum")
    #expect(r.quotes[4].speaker?.name == "Marco Rubio")
    #expect(r.quotes.last?.region == .boilerplate)
  }
}

/// `repaired`: what extraction read, where the original needed repair.
@Suite("Repaired quotation text")
struct RepairedTextTests {
  @Test func entitiesMojibakeAndMarkupAreReadRepairedAndKeptAsWritten() throws {
    let r = QuoteExtractor().extract(
      from: "&ldquo;Caf&eacute;,&rdquo; she said. \"ItÃ¢â‚¬â„¢s done,\" he said. \"Clean,\" I said.",
      language: "en")
    #expect(r.quotes.map(\.text) == ["Caf&eacute;,", "ItÃ¢â‚¬â„¢s done,", "Clean,"])
    #expect(r.quotes.map(\.repaired) == ["Café,", "It’s done,", nil])
    let html = QuoteExtractor().extract(from: "<p>\"No <em>way</em>,\" said Ana Ruiz.</p>", language: "en")
    #expect(html.quotes.first?.repaired == "No way,")
    #expect(html.quotes.first?.text == "No <em>way</em>,")
  }
}
