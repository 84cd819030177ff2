import Testing

@testable import QuoteNormalization

/// Mojibake that a lossy step marked, encoded in surrogate pairs, or made by Windows-1251 from
/// Western punctuation. Each `found` was made from its `expected` with Python's codecs:
/// `s.encode("utf-8").decode("cp1252", "replace")` (U+FFFD for the five undefined bytes), the
/// same with `?` for U+FFFD (a lossy encoder), CESU-8 (each surrogate of a pair encoded alone,
/// `"surrogatepass"`) read as sloppy Windows-1252, and `.decode("cp1251")`.
@Suite("MojibakeRepairer: marked bytes, CESU-8, Windows-1251 punctuation")
struct MojibakeMarkerTests {
  static let repaired: [RepairCase] = [
    // A byte replaced by U+FFFD: its sequence becomes one U+FFFD, the rest decodes.
    .init("Ð Ð¾Ñ\u{FFFD}Ñ\u{FFFD}Ð¸Ñ\u{FFFD} Ð¸ Ð‘ÐµÐ»Ð°Ñ€ÑƒÑ\u{FFFD}ÑŒ", "Ро\u{FFFD}\u{FFFD}и\u{FFFD} и Белару\u{FFFD}ь"),
    .init("Å\u{FFFD}Ã³dÅº is a city", "\u{FFFD}ódź is a city"),
    .init("SlovenÄ\u{FFFD}ina je jazyk", "Sloven\u{FFFD}ina je jazyk"),
    // The same under Windows-1253 and -1250, whose undefined bytes hold `ρ`, `ό` and `Ł`.
    .init(
      "Ξ\u{FFFD} Ο€Ο\u{FFFD}Ο‰ΞΈΟ…Ο€ΞΏΟ…Ο\u{FFFD}Ξ³Ο\u{FFFD}Ο‚ ΞΌΞ―Ξ»Ξ·ΟƒΞµ ΟƒΞ®ΞΌΞµΟ\u{FFFD}Ξ± Ξ³ΞΉΞ± Ο„Ξ·Ξ½ Ξ•Ξ»Ξ»Ξ¬Ξ΄Ξ±.",
      "\u{FFFD} π\u{FFFD}ωθυπου\u{FFFD}γ\u{FFFD}ς μίλησε σήμε\u{FFFD}α για την Ελλάδα."),
    .init("Polska: Ĺ\u{FFFD}ĂłdĹş i GdaĹ„sk, KrakĂłw.", "Polska: \u{FFFD}ódź i Gdańsk, Kraków."),
    // A `?` for the byte, after a continuation.
    .init("â€œYesâ€? he said", "“Yes\u{FFFD} he said"),
    // CESU-8 emoji.
    .init("Great game í\u{A0}½í¸€ see you", "Great game 😀 see you"),
    .init("hug í\u{A0}¾í´— and í\u{A0}½í±\u{8D}", "hug 🤗 and 👍"),
    // Western punctuation through Windows-1251, in English text.
    .init("ItвЂ™s a вЂњtestвЂќ вЂ” done", "It’s a “test” — done"),
    .init("Tip 2 вЂ“ Broadcast", "Tip 2 – Broadcast"),
    .init("Acmeв„ў phones", "Acme™ phones"),
    // One whole three-byte sequence is evidence enough on its own.
    .init("Done âœ” ok", "Done ✔ ok"),
  ]

  @Test("Marked, CESU-8 and Windows-1251 mojibake is repaired, once for all", arguments: repaired)
  func repairs(_ c: RepairCase) {
    c.check()
  }

  /// Real text with a question mark after an accented letter, U+FFFD after correct text, and
  /// Cyrillic with the letters whose Windows-1251 bytes lead or continue sequences.
  static let correct: [String] = [
    "¿Qué? Ça va? Où? ¿Adónde vas? Was ist das für ein Spaß?",
    "É A MAÇÃ? SIM, A MAÇÃ?",
    "cafÃ© ¿Qué? ÇA?",
    "Він сказав, що це вірно… «Так»",
    "Всё твёрдо, вђ и вѓ",
    "broken byte \u{FFFD} in plain text, café\u{FFFD}",
  ]

  @Test("Correct text is left byte-identical (mojibake elsewhere in a line only is repaired)",
    arguments: correct)
  func keepsCorrectText(_ text: String) {
    let out = repair(text)
    let expected = text.replacingMojibakeCafe()
    #expect(out.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(text) → \(out)")
  }

  @Test("A marked sequence maps back to all its scalars")
  func offsets() {
    let r = Normalizer(profile: .repair).normalize("Ð¸Ñ\u{FFFD} Ð¸")
    #expect(r.text == "и\u{FFFD} и")
    // The U+FFFD (output 1) comes from `Ñ` and the marker (input 2..<4).
    #expect(r.map.inputRange(forOutput: 1..<2) == 2..<4)
  }

  @Test("NEL inside Latin-1 mojibake is a byte; a lone NEL is the ellipsis 0x85")
  func nextLine() {
    #expect(repair("Ù\u{85}Ø¹") == "مع")
    #expect(repair("parl\u{E9}\u{85} Tu sais") == "parl\u{E9}\u{2026} Tu sais")
  }

}

extension String {
  /// The one piece of mojibake the correct-text cases hold, repaired.
  fileprivate func replacingMojibakeCafe() -> String {
    var s = self
    while let r = s.range(of: "cafÃ©") { s.replaceSubrange(r, with: "café") }
    return s
  }
}
