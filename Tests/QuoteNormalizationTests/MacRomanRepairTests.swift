import Testing

@testable import QuoteNormalization

/// UTF-8 read as Mac OS Roman where no word stands beside the sequence, or where the line has
/// no other mojibake to lend evidence: the glyphs are math signs and punctuation (`¬∑` is `·`,
/// `–≤` is `в`, `√®` is `è`), which cost little one by one. Glued together they are a mojibake
/// shape (``MojibakeRepairer/implausibility(of:in:)``). Each input was made with Python's
/// `mac_roman` codec from the expected text (Benchmarks/damage_variants.py measures the kind on
/// the corpus).
@Suite("Mac OS Roman mojibake without a word beside it")
struct MacRomanRepairTests {
  static let repaired: [RepairCase] = [
    // A separator between a date and a language code, alone on its line.
    .init("2025-12-21 ¬∑ de", "2025-12-21 · de"),
    .init("Die Seite ¬∑ Kontakt", "Die Seite · Kontakt"),
    .init("5 ¬∑ 3 = 15", "5 · 3 = 15"),
    // One-letter Russian words (`в`, `и`, `к`) between spaces, amid repaired Cyrillic.
    .init(
      "–æ—Ç–∫–ª—é—á–∞–µ—Ç —É—Å—Ç—Ä–æ–π—Å—Ç–≤–∞ –≤ –ø—Ä–æ—Ü–µ—Å—Å–µ (–≤ –ø—Ä–∏–º–µ—Ä–µ)",
      "отключает устройства в процессе (в примере)"),
    // A Russian word in an English sentence.
    .init(
      "more information (see –†–∞–∑–¥–µ–ª 14.7.3, ¬´Keeping Everything¬ª)",
      "more information (see Раздел 14.7.3, «Keeping Everything»)"),
    // A letter alone after an elision, and a one-letter Norwegian word.
    .init("C'√® una certa sovrapposizione", "C'è una certa sovrapposizione"),
    .init(
      "Det er for √• tilfredsstille disse kravene", "Det er for å tilfredsstille disse kravene"),
  ]

  /// Signs that stand together in correct text: an ASCII-art face (`¬´`, Latin-1 signs only),
  /// prices and math, ratings, coordinates.
  static let kept = [
    "OK??:(   `¬´    ):",
    "Prices: 5 € – 10 € · ∑ of all",
    "x ≤ y ≥ z and √2 ≈ 1.414",
    "Rated ★★★★☆ — “great” ©®",
    "40°26′46″N 79°58′56″W",
    "Il a dit : « oui » — puis « non ».",
  ]

  @Test("Mac OS Roman sequences on their own are repaired", arguments: repaired)
  func repairs(_ c: RepairCase) {
    c.check()
  }

  @Test("Signs glued together in correct text stay", arguments: kept)
  func keeps(_ text: String) {
    #expect(Normalizer(profile: .repair).normalize(text).edits.isEmpty)
  }
}
