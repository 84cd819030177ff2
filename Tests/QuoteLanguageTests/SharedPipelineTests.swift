import Foundation
import QuoteMatching
import Testing

@testable import QuoteLanguage

/// One run of a pair's pipeline for translation and dictionary evidence, and clustering and
/// search across languages on the fixture.
@Suite struct SharedPipelineTests {
  static let installed = CrossLingualFixtures.apertiumInstalled

  @Test func aModeSplitsAfterTheDictionaryLookup() throws {
    let spec = """
      lt-proc '/d/spa-eng.automorf.bin' | apertium-tagger -g $2 '/d/spa-eng.prob' | \
      apertium-pretransfer | lt-proc -b '/d/spa-eng.autobil.bin' | lrx-proc -m '/d/x.bin' | \
      lt-proc $1 '/d/spa-eng.autogen.bin'
      """
    guard ApertiumInstallation.findExecutable("lt-proc") != nil,
      ApertiumInstallation.findExecutable("apertium-tagger") != nil,
      ApertiumInstallation.findExecutable("lrx-proc") != nil
    else { return }
    let split = try #require(ApertiumTranslator.splitMode(spec))
    #expect(split.analysis.count == 4)
    #expect(split.analysis[1].arguments == ["-z", "-g", "/d/spa-eng.prob"])
    #expect(split.analysis[3].arguments == ["-z", "-b", "/d/spa-eng.autobil.bin"])
    #expect(split.generation.count == 2)
    #expect(split.generation[1].arguments == ["-z", "-n", "/d/spa-eng.autogen.bin"])
    #expect(ApertiumTranslator.splitMode("lt-proc a.bin > out | lt-proc -b b.bin | x") == nil)
    #expect(ApertiumTranslator.splitMode("lt-proc a.bin") == nil)
  }

  @Test func unescapingUndoesTheStreamFormat() {
    #expect(ApertiumTranslator.unescape(#"a \^b\$ c\\d"#) == #"a ^b$ c\d"#)
  }

  @Test(.enabled(if: installed)) func oneRunGivesTheTranslationAndEveryDictionaryTranslation()
    throws
  {
    let texts = ["Dijeron que no.", "El marcador era 1-0", "No estamos de acuerdo.", ""]
    let out = try #require(
      try ApertiumTranslator().translateAnalysing(texts, from: "es", to: "en"))
    #expect(out.count == texts.count)
    #expect(out[0].units.first?.lemma.lowercased() == "decir")
    #expect(out[0].units.first?.translations.map { $0.lowercased() }.contains("say") == true)
    // The sentence's full stop survives too (it used to be cut with the last word).
    #expect(out[0].units.last?.partOfSpeech == "sent")
    // The last word of a text is read whole (it used to be cut at the record's end).
    #expect(out[1].units.map(\.lemma).suffix(1) == ["0"])
    #expect(out[1].translation.hasSuffix("1-0"))
    #expect(out[2].translation.lowercased().contains("agree"))
    #expect(out[3].translation.isEmpty && out[3].units.isEmpty)
    // The same evidence as the dictionary backend on its own.
    let lexical = try LexiconTranslator().analyze(texts, from: "es", to: "en")
    #expect(lexical[0].map(\.lemma) == out[0].units.map(\.lemma))
  }

  static func records() throws -> [QuoteRecord] {
    let s = try CrossLingualFixtures.statements()
    var records: [QuoteRecord] = []
    for st in s.statements {
      for (k, q) in st.quotes.enumerated() {
        records.append(QuoteRecord(id: "\(st.id)#\(k)", text: q.text, language: q.lang))
      }
    }
    for d in s.distractors + s.hardNegatives {
      records.append(QuoteRecord(id: "x:\(d.id)", text: d.text, language: d.lang))
    }
    return records
  }

  @Test(.enabled(if: installed)) func clustererJoinsEachStatementAcrossLanguagesAndNothingElse()
    throws
  {
    let records = try Self.records()
    let r = try CrossLingualClusterer().cluster(records)
    for (i, record) in records.enumerated() {
      let statement = record.id.split(separator: "#")[0]
      let cluster = r.clusters[r.clusterIndex[i]]
      let ids = cluster.members.map { records[$0].id }
      if record.id.hasPrefix("x:") {
        #expect(ids == [record.id], "\(record.id) joined \(ids)")
      } else {
        #expect(ids.allSatisfy { $0.hasPrefix(statement + "#") }, "\(ids)")
        let all = records.filter { $0.id.hasPrefix(statement + "#") }.count
        #expect(ids.count == all, "\(statement): \(ids)")
      }
      #expect((r.translations[i] != nil) == (r.languages[i] != r.pivot))
    }
  }

  @Test func oneLanguageNeedsNoTranslation() throws {
    var c = CrossLingualScorer.Configuration()
    c.translator = PassthroughTranslator()
    c.lexicon = nil
    let records = [
      QuoteRecord(id: "a", text: "That won't happen,", language: "en"),
      QuoteRecord(id: "b", text: "It's not going to happen.", language: "en"),
    ]
    let r = try CrossLingualClusterer(scorer: CrossLingualScorer(configuration: c)).cluster(records)
    #expect(r.clusterID(of: 0) == r.clusterID(of: 1))
    #expect(r.translations == [nil, nil])
    #expect(r.scoredPairs == 0)
  }

  @Test(.enabled(if: installed)) func searcherFindsRenderingsInTheOtherLanguage() throws {
    let records = try Self.records()
    let targets = records.filter { $0.language == "en" }
    let queries = records.filter { $0.language == "es" && !$0.id.hasPrefix("x:") }
    let hits = try CrossLingualSearcher().search(queries, in: targets, top: 1)
    for (q, h) in zip(queries, hits) {
      let top = try #require(h.first, "\(q.id): nothing found")
      #expect(top.id.split(separator: "#")[0] == q.id.split(separator: "#")[0], "\(q.id) → \(top.id)")
      #expect(top.translation != nil)
    }
  }

  /// Past ``CrossLingualSearcher/exhaustivePairs``, candidates come from a search in each
  /// language: the English query's Spanish translation (`Aquello es qué pasado.`) shares no
  /// word with its rendering, whose English translation (`This is what occurred.`) finds it.
  @Test(.enabled(if: installed)) func searchRetrievesCandidatesInEveryLanguage() throws {
    let targets = [
      QuoteRecord(id: "ocurrio", text: "Eso es lo que ocurrió.", language: "es"),
      QuoteRecord(id: "hecho", text: "Eso es lo que han hecho estos jugadores.", language: "es"),
      QuoteRecord(id: "queda", text: "Es todo lo que le queda a cada uno de estos jugadores.", language: "es"),
      QuoteRecord(id: "economia", text: "La economía crecerá este año.", language: "es"),
    ]
    let query = QuoteRecord(id: "q", text: "That's what happened.", language: "en")
    var searcher = CrossLingualSearcher()
    searcher.exhaustivePairs = 0
    let top = try #require(try searcher.search([query], in: targets, top: 1).first?.first)
    #expect(top.id == "ocurrio")
  }

  @Test(.enabled(if: installed)) func searcherFindsAQuotationInsideAnArticleOfAnotherLanguage()
    throws
  {
    // A Spanish query against whole English articles: the article's quotation is what
    // matches, its range is the span, and the translation is of that quotation only.
    let article = """
      Mexico rejects US troop plan

      Mexican President Claudia Sheinbaum on Tuesday rejected reports that the United States \
      was preparing to send troops to fight drug cartels on Mexican soil. Speaking at her daily \
      news conference, Sheinbaum said "it's not going to happen." She added that the two \
      countries would keep cooperating on security within the framework agreed earlier this \
      year, and that any operation would need the approval of the Mexican government.
      """
    let other = String(repeating: "Markets rose on Tuesday as investors weighed new data. ", count: 10)
    let targets = [
      QuoteRecord(id: "markets", text: other, language: "en"),
      QuoteRecord(id: "troops", text: article, language: "en"),
    ]
    let query = QuoteRecord(id: "q", text: "Eso no va a ocurrir", language: "es")
    let hits = try CrossLingualSearcher().search([query], in: targets, top: 2)
    let top = try #require(hits.first?.first)
    #expect(top.id == "troops")
    #expect(top.score >= 0.5)
    let span = try #require(top.span)
    let scalars = Array(article.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[span])) == "it's not going to happen.")
    #expect(top.translation.map { $0.count < 40 } == true)
    #expect(hits[0].allSatisfy { $0.id != "markets" || $0.score < 0.5 })
  }

  @Test func articlesAreCutIntoSentencesAndQuotations() {
    let text = String(repeating: "One sentence here. ", count: 30) + "He said \"we will win.\"\nNext line"
    let pieces = CrossLingualSearcher.segments(of: text).map {
      String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0]))
    }
    #expect(pieces.contains("He said \"we will win.\""))
    #expect(pieces.contains("we will win."))
    #expect(pieces.contains("Next line"))
    #expect(CrossLingualSearcher.segments(of: "Short quote. Two.") == [0..<17])
  }
}
