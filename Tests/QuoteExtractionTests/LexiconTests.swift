import Foundation
@testable import QuoteExtraction
import Testing

/// The lexicon files, their format and the compiled-in copy.
@Suite("Lexicons")
struct LexiconTests {
  static let folder = "Sources/QuoteExtraction/Lexicons"

  @Test func compiledLexiconsMatchTheTSVFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url(Self.folder).path)
      .filter { $0.hasSuffix(".tsv") }
    #expect(files.count == LexiconData.files.count)
    for f in files {
      let onDisk = try Fixtures.text(Self.folder + "/" + f)
      let name = String(f.dropLast(4))
      #expect(
        LexiconData.files[name] == onDisk.trimmingCharacters(in: .newlines),
        "\(f) changed: run python3 \(Self.folder)/generate.py")
    }
  }

  @Test func everyBuiltInFileParses() throws {
    for (name, text) in LexiconData.files { _ = try CueLexicon(language: name, tsv: text) }
    #expect(
      Set(CueLexicon.builtInLanguages).isSuperset(of: [
        "en", "es", "de", "fr", "it", "pt", "pl", "sv", "ru", "ja", "zh",
      ]))
  }

  @Test func issueCuesAreListed() throws {
    let expected: [String: [String]] = [
      "en": ["said", "told reporters", "added", "emphasized", "stated", "recounted"],
      "es": ["dijo", "afirmó", "señaló", "aseguró", "sostuvo"],
      "de": ["sagte", "erklärte"], "fr": ["a déclaré"], "it": ["ha detto"], "pt": ["disse"],
    ]
    for (lang, cues) in expected {
      let l = try #require(CueLexicon.builtIn(lang))
      for c in cues { #expect(l.entries(.cue).contains(c), "\(lang): \(c)") }
    }
    #expect(CueLexicon.builtIn("en")?.entries(.source).contains("according to") == true)
    #expect(CueLexicon.builtIn("es")?.entries(.source).contains("de acuerdo con") == true)
    #expect(CueLexicon.builtIn("es")?.entries(.source).contains("según") == true)
    #expect(CueLexicon.builtIn("de")?.entries(.source).contains("laut") == true)
    #expect(CueLexicon.builtIn("fr")?.entries(.source).contains("selon") == true)
  }

  @Test func malformedLinesAreErrorsWithTheirLine() {
    #expect(throws: QuoteExtractionError.self) {
      try CueLexicon(language: "en", tsv: "# ok\nverb\tsaid\n")
    }
    do {
      _ = try CueLexicon(language: "en", tsv: "cue\tsaid\nverb\tsaid\n")
    } catch {
      #expect(error.code == .unknownCategory)
      #expect(error.message.hasPrefix("line 2:"))
    }
    #expect(throws: QuoteExtractionError.self) { try CueLexicon(language: "en", tsv: "cue\t\n") }
    #expect(throws: QuoteExtractionError.self) {
      try CueLexicon(language: "en", tsv: "pronoun\tshe\tx\n")
    }
  }

  @Test func gendersAndFlagsAreRead() throws {
    let l = try CueLexicon(language: "en", tsv: "pronoun\tshe\tf\ndeterminer\ta\tindefinite\n")
    #expect(l.gender(.pronoun, key: WordKey.of("she")) == .feminine)
    #expect(l.isIndefinite(WordKey.of("a")))
  }
}
