import QuoteNormalization
import Testing

@testable import QuoteExtraction

/// The extractor repairs mojibake in the article's language: the one given, or the one guessed
/// from the repaired text (repaired again in it). ISO 8859-2 and Windows-1250 read `ĂĄ` as `á`
/// and `å`; only the language tells which (input made with Python's `iso8859_2` codec).
@Suite("Extraction repairs mojibake in the article's language")
struct RepairLanguageTests {
  static let article =
    "El informe dijo: «La pĂĄgina consume ligeramente mĂĄs memoria», y que la nueva no cambia "
    + "nada de lo que se ve en la pantalla."

  @Test("A given language", arguments: ["es", "spa"])
  func givenLanguage(_ language: String) throws {
    let r = QuoteExtractor().extract(from: Self.article, language: language)
    let quote = try #require(r.quotes.first)
    #expect(quote.repaired == "La página consume ligeramente más memoria")
    #expect(quote.text == "La pĂĄgina consume ligeramente mĂĄs memoria")
  }

  @Test("A guessed language")
  func guessedLanguage() throws {
    let r = QuoteExtractor().extract(from: Self.article)
    #expect(r.language == "es")
    let quote = try #require(r.quotes.first)
    #expect(quote.repaired == "La página consume ligeramente más memoria")
  }
}
