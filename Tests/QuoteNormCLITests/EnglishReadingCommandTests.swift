import Foundation
import Testing

/// Quotations of one language other than English, compared and clustered through their
/// English translations too (`match`, `cluster`), through the built binary.
@Suite("quotenorm: one language read through English")
struct EnglishReadingCommandTests {
  /// Two NTREX renderings of one sentence (pair recall of such renderings is what reading
  /// through English raises), an unrelated sentence, and two that share one word as written
  /// and "did not exit" once translated.
  static let quotes = """
    {"id":"a","text":"En Escocia, cada colegio enseñará diferentes idiomas.","lang":"es"}
    {"id":"b","text":"Dentro de Escocia, cada escuela variará en cuanto a los idiomas que enseñe.","lang":"es"}
    {"id":"c","text":"Pero la invención que lleva su nombre sigue viva.","lang":"es"}
    {"id":"d","text":"No salió bien.","lang":"es"}
    {"id":"e","text":"Me dijeron que no saliese con la gorra puesta.","lang":"es"}

    """

  static func clusters(_ r: CLIResult) throws -> [String: String] {
    var out: [String: String] = [:]
    for o in try CrossLingualCommandTests.objects(r) {
      out[try #require(o["id"] as? String)] = try #require(o["cluster"] as? String)
    }
    return out
  }

  @Test(.enabled(if: CrossLingualCommandTests.installed)) func spanishRenderingsClusterThroughEnglish() throws {
    let r = try CLI.run(["cluster", "--input", "-"], stdin: Data(Self.quotes.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    let c = try Self.clusters(r)
    #expect(c["a"] == c["b"])
    #expect(Set(c.values).count == 4, "\(c)")
    #expect(c["d"] != c["e"])
  }

  @Test func translateWithNoneClustersAsWritten() throws {
    let r = try CLI.run(["cluster", "--translate-with", "none", "--input", "-"], stdin: Data(Self.quotes.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    let c = try Self.clusters(r)
    #expect(Set(c.values).count == 5, "\(c)")
  }

  @Test(.enabled(if: CrossLingualCommandTests.installed)) func matchShowsTheEnglishReading() throws {
    let r = try CLI.run(["match", "--lang", "es", "¿Filtro usted el documento?", "¿Filtraron el documento?"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try #require(try CrossLingualCommandTests.objects(r).first)
    #expect(o["verdict"] as? String == "same", "\(o)")
    let english = try #require(o["english"] as? [String: Any])
    #expect((english["b"] as? String ?? "").contains("document"))
    #expect(o["translation"] == nil)
    let none = try CLI.run([
      "match", "--translate-with", "none", "--lang", "es", "¿Filtro usted el documento?", "¿Filtraron el documento?",
    ])
    let p = try #require(try CrossLingualCommandTests.objects(none).first)
    #expect(p["english"] == nil)
    #expect(p["verdict"] as? String != "same", "as written: \(p)")
    let text = try CLI.run([
      "match", "--format", "text", "--lang", "es", "¿Filtro usted el documento?", "¿Filtraron el documento?",
    ])
    #expect(text.text.contains("B→en They filtered the document?"), "\(text.text)")
  }

  @Test func englishPairsHaveNoEnglishReading() throws {
    let r = try CLI.run(["match", "--lang", "en", "That won't happen", "It's not going to happen"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try #require(try CrossLingualCommandTests.objects(r).first)
    #expect(o["english"] == nil)
    #expect(o["verdict"] as? String == "same")
  }

  @Test(.enabled(if: CrossLingualCommandTests.installed)) func searchReadsThroughEnglish() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qn-search-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let index = directory.appendingPathComponent("index.jsonl")
    let queries = directory.appendingPathComponent("queries.jsonl")
    try """
      {"id":"t1","text":"¿Filtraron el documento?","lang":"es"}
      {"id":"t2","text":"El gobierno anunció nuevos aranceles para el acero.","lang":"es"}

      """.write(to: index, atomically: true, encoding: .utf8)
    try #"{"id":"q1","text":"¿Filtro usted el documento?","lang":"es"}"#.appending("\n")
      .write(to: queries, atomically: true, encoding: .utf8)
    func first(_ args: [String]) throws -> [String: Any] {
      let r = try CLI.run(["search", "--index", index.path, "--query", queries.path, "--top", "1"] + args)
      #expect(r.status == 0, "\(r.stderr)")
      let o = try #require(try CrossLingualCommandTests.objects(r).first)
      let results = try #require(o["results"] as? [[String: Any]])
      return try #require(results.first)
    }
    let english = try first([])
    let written = try first(["--translate-with", "none"])
    #expect(english["id"] as? String == "t1")
    #expect(english["verdict"] as? String == "same", "\(english)")
    #expect((english["score"] as? Double ?? 0) > (written["score"] as? Double ?? 1))
  }

  /// No Debian pair reaches English from Japanese: the collection is compared as written, and
  /// standard error says so (not with --translate-with none, which asks for that).
  @Test func aLanguageWithoutARouteToEnglishIsNoted() throws {
    let quotes = #"{"id":"a","text":"それは起こらない。","lang":"ja"}"# + "\n"
      + #"{"id":"b","text":"それは起こらないだろう。","lang":"ja"}"# + "\n"
    let r = try CLI.run(["cluster", "--input", "-"], stdin: Data(quotes.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("quotations in ja are compared as written only"), "\(r.stderr)")
    let c = try Self.clusters(r)
    #expect(c["a"] == c["b"])
    let none = try CLI.run(["cluster", "--translate-with", "none", "--input", "-"], stdin: Data(quotes.utf8))
    #expect(!none.stderr.contains("compared as written only"))
  }
}
