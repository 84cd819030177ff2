import Testing

@testable import QuoteNormalization

/// UTF-8 read as ISO 8859-2 or as Windows-1250, which read most bytes alike: `ĂĄ` is `á` under
/// the first (Ą is 0xA1) and `å` under the second (Ą is 0xA5). A line whose repaired letters
/// tell no language is read in the text's language when the caller gives it. Each input was
/// made with Python's `iso8859_2` codec from the expected text.
@Suite("Mojibake readings ranked by the text's language")
struct MojibakeLanguageTests {
  static let cases: [MojibakeRepairerTests.Repair] = [
    .init(
      "es", "La pĂĄgina consume ligeramente mĂĄs memoria",
      "La página consume ligeramente más memoria"),
    // `ó` is written in Spanish and in many other languages: the letters agree with the text's
    // language, which then also reads `Ăą` as `ñ`, not `ù`.
    .init(
      "es", "la traducciĂłn al espaĂąol de esta pĂĄgina", "la traducción al español de esta página"),
    .init("nb", "Logiske volumer, nĂĽr de er opprettet", "Logiske volumer, når de er opprettet"),
  ]

  @Test("The given language ranks the shared codepages' readings", arguments: cases)
  func languageRanksReadings(_ c: MojibakeRepairerTests.Repair) {
    let n = Normalizer(profile: .repair, language: c.language)
    let once = n.normalize(c.found)
    #expect(Array(once.text.unicodeScalars) == Array(c.expected.unicodeScalars))
    #expect(n.normalize(once.text).edits.isEmpty, "not idempotent")
  }

  @Test("Each language's reading differs: the language decides, not a default")
  func readingsDiffer() {
    let found = "La pĂĄgina consume ligeramente mĂĄs memoria"
    let spanish = Normalizer(profile: .repair, language: "es").normalize(found).text
    let norwegian = Normalizer(profile: .repair, language: "nb").normalize(found).text
    #expect(spanish.contains("más"))
    #expect(norwegian.contains("mås"))
  }

  @Test("A language tag maps to its orthography by its primary subtag")
  func languageMask() {
    #expect(Orthographies.mask(ofLanguage: "es-MX") == Orthographies.mask(ofLanguage: "es"))
    #expect(Orthographies.mask(ofLanguage: "es") != 0)
    #expect(Orthographies.mask(ofLanguage: "ja") == 0)
  }
}
