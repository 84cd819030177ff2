import Testing

@testable import QuoteNormalization

/// Mojibake that was damaged again after the bad decoding, as scrapers do: the no-break space
/// inside `à` (C3 A0) or U+00A0 itself (C2 A0) turned into an ordinary space, and the bytes
/// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) dropped with the C1 controls
/// they decoded to. Each case's `found` was made from its `expected` with Python's codecs
/// (`s.encode("utf-8").decode("cp1252", "surrogateescape")`, then the damage by hand).
@Suite("MojibakeRepairer: damage after the bad decoding")
struct MojibakeLossTests {
  static let repaired: [RepairCase] = [
    // A lost no-break space: with the space that followed it (two spaces), collapsed into
    // it, at the line's start, at its end.
    .init("et voilÃ  tout", "et voilà tout"),
    .init("et voilÃ tout", "et voilà tout"),
    .init("Ã la carte, sâ€™il vous plaÃ®t", "à la carte, s’il vous plaît"),
    .init("il est Ã  Paris", "il est à Paris"),
    .init("Ã‰tÃ© Ã  Paris, cafÃ© Ã  Lyon", "Été à Paris, café à Lyon"),
    .init("il faut y aller, voilÃ ", "il faut y aller, voilà"),
    // U+00A0 itself, attached to what it followed.
    .init("a 10Â km walk", "a 10\u{A0}km walk"),
    .init("Â«Â nonÂ Â», dit-il", "«\u{A0}non\u{A0}», dit-il"),
    // A capital continued in lower case took the space as its own byte (`Ро`).
    .init("Ð Ð¾Ð¼Ð° Ð¸ ÐœÐ¾Ñ\u{81}ÐºÐ²Ð°", "Рома и Москва"),
    // The last byte of a three-byte letter, in a script that does not space its words.
    .init("à¸ à¸²à¸žà¸ªà¸§à¸¢", "ภาพสวย"),
    // The middle byte of a three-byte letter (`場` is E5 A0 B4).
    .init("ã\u{81}“ã\u{81}®å ´å\u{90}ˆã€\u{81}è¨\u{AD}å®šã\u{81}¯æ¨™æº–ã\u{81}§ã\u{81}™", "この場合、設定は標準です"),
    // No space before closing punctuation, or before consonants alone (`às`, Vietnamese
    // `hành`); the space stays before a word (`à la`) and an elided one (`à l’`).
    .init("cittÃ , universitÃ â€¦", "città, università…"),
    .init("tout-Ã -fait", "tout-à-fait"),
    .init("com atenÃ§Ã£o Ã s crianÃ§as", "com atenção às crianças"),
    .init("Ä‘áº·t hÃ nh", "đặt hành"),
    // In Vietnamese a lone `i`, `o`, `u` or `y` ends the syllable; `là tài` keeps its space.
    .init("QuÃ¡ trÃ¬nh cÃ i Ä‘áº·t nÃ y lÃ  tÃ i liá»‡u", "Quá trình cài đặt này là tài liệu"),
    .init("Ã lâ€™ouest, Ã la carte", "à l’ouest, à la carte"),
    // A line that kept its spaces (`serÃ  enviat`: the byte and the separator) has no
    // separator to spare elsewhere: a single space is the byte alone, inside the word.
    .init(
      "la mateixa importÃ ncia: un error tipogrÃ fic serÃ  enviat",
      "la mateixa importància: un error tipogràfic serà enviat"),
    // With no such evidence, letters that no word starts with (`nc`, `nd`, `ct`) are the rest
    // of the word (WordOnset); a possible word keeps its space (`voilÃ tout` above).
    .init(
      "la mateixa importÃ ncia, un estÃ ndard prÃ ctic i la histÃ²ria",
      "la mateixa importància, un estàndard pràctic i la història"),
    // A word in title case: after its one capital, before a lower-case word.
    .init("4.1.1. CÃ i Ä‘áº·t tá»« Ä‘Ä©a CD-ROM", "4.1.1. Cài đặt từ đĩa CD-ROM"),
    // A capital or a letter of a script without case that takes the space as its last byte
    // continues its word: only a lower-case letter is often a word's end (`à`).
    .init("Î•ÎœÎ ÎŸÎ¡Î•Î¥Î£Î™ÎœÎŸÎ¤Î—Î¤Î‘Î£", "ΕΜΠΟΡΕΥΣΙΜΟΤΗΤΑΣ"),
    // Likewise under Windows-1251, where the plain reading leaves the capital's lead before a
    // space and the reading of the lost space ties with it.
    .init("Р РёСЃСѓРЅРѕРє 1.2. РљРѕРјРїРёР»СЏС†РёСЏ РїР°РєРµС‚Р°", "Рисунок 1.2. Компиляция пакета"),
    // A space that ends the line is the byte's: no writer leaves one.
    .init("veuillez envoyer un message Ã ", "veuillez envoyer un message à"),
    // A capital whose 0xA0 became a space (`Š` is C5 A0) is read amid mojibake of the same
    // codepage, where alone it keeps the margin: Latvian under Windows-1252, Lithuanian under
    // Windows-1257 (`ÄÆ` is `į` there).
    .init("Å ogad Ä¶Ä«nas eksports pieauga par 5 %, ziÅ†o birojs", "Šogad Ķīnas eksports pieauga par 5 %, ziņo birojs"),
    .init("Å iandien ÄÆvyko susitikimas, ÄÆ kurÄÆ atvyko ministrai", "Šiandien įvyko susitikimas, į kurį atvyko ministrai"),
    // Under the codepage that garbled the rest of the text, a lead before a space lost its
    // no-break space too: French through Windows-1251 (`Г ` is `à`, C3 A0), with three other
    // fixes or one; Vietnamese through Windows-1250 (`Ă ` is `à`; `ş` reads only there).
    .init("La rГ©gion de Dnepropetrovsk se trouve Г lвЂ™ouest de lвЂ™Ukraine", "La région de Dnepropetrovsk se trouve à l’ouest de l’Ukraine"),
    .init("faites attention Г bien vous renseigner avant sur le mГ©dicament", "faites attention à bien vous renseigner avant sur le médicament"),
    .init("Xem clip hĂ i, phim hĂ i má»›i hay nháşĄt", "Xem clip hài, phim hài mới hay nhất"),
    // A Windows-1252 fix that is the same bytes under Windows-1250 (`Â«` → `«`, which removes
    // `Â`) does not count against it: French through Windows-1250.
    .init(
      "Outrepasser les options passĂ©es Ă  less (par dĂ©faut Â« FRSXMK Â»).",
      "Outrepasser les options passées à less (par défaut « FRSXMK »)."),
    // Alone on its line, a Windows-1251 or -1250 capital glued to a lower-case word before a
    // space is evidence of that codepage in itself (C3 A0 is `à`).
    .init("Nous allons la creerГ  il y a deux ans.", "Nous allons la creerà il y a deux ans."),
    .init("Esta serĂ  suficient per a tots.", "Esta serà suficient per a tots."),
    .init("la modalitĂ  di lavoro", "la modalità di lavoro"),
    // Likewise after a hyphen that follows a lower-case letter, and alone before two spaces
    // (the byte's and the separator).
    .init("Coefficient de blocs, c'est-Ă -dire le nombre", "Coefficient de blocs, c'est-à-dire le nombre"),
    .init("Signaler toute erreur de traduction Г  <https://example.org/fr.html>", "Signaler toute erreur de traduction à <https://example.org/fr.html>"),
    // A Cyrillic capital right after a Latin letter: Vietnamese `Làm` through Windows-1251.
    .init("Phбє§n 6.2.6, вЂњLГ m viб»‡c vб»›i", "Phần 6.2.6, “Làm việc với"),
    // U+00A0 itself under another codepage, against mojibake of that codepage only: the French
    // `« ` and ` »` through Windows-1251 (`В«В `, `В В»`).
    .init(
      "В«В Notez que cette information est attachГ©e.В В», a dГ©clarГ© Dilma Rousseff.",
      "«\u{A0}Notez que cette information est attachée.\u{A0}», a déclaré Dilma Rousseff."),
    // The last byte of `”` (E2 80 9D) dropped: punctuation is completed.
    // `à` before a U+00A0 that lost its 0xA0 too, before `»`.
    .init("un message Ã Â Â», a dÃ©clarÃ© Marco Rubio.", "un message à\u{A0}», a déclaré Marco Rubio."),
    .init("He said â€œhelloâ€ to me", "He said “hello” to me"),
    // Which byte a CJK bracket lost (0x81 `、`, 0x8D `」`, 0x8F `』`…): the one that closes the
    // bracket left open; with none open, no guess.
    .init("第 6 章「インストールã€を参照", "第 6 章「インストール」を参照"),
    .init("システム（「安定版ã€).", "システム（「安定版」)."),
    .init("説明ã€ほか", "説明ã€ほか"),
    .init("â€œWe will not yield,â€ she said.", "“We will not yield,” she said."),
    .init("â€œThat wonâ€™t happenâ€", "“That won’t happen”"),
  ]

  @Test("Damaged mojibake is repaired, and repairing again changes nothing", arguments: repaired)
  func repairs(_ c: RepairCase) {
    c.check()
  }

  /// Correct text with an accented capital or `Â`/`Ã` before a space, which must not change.
  static let correct: [String] = [
    "Der Fuß ist groß und ich muß gehen, Grüße aus Gießen",
    "303 195 C3 Ã LATIN CAPITAL LETTER A WITH TILDE",
    "302 194 C2 Â LATIN CAPITAL LETTER A WITH CIRCUMFLEX",
    "SÃO PAULO, NÃO, AMANHÃ É DIA DE MAÇÃ VERDE",
    "A IRMÃ E O IRMÃO",
    "Åke Åsa och Ängel",
    "Floden heter Å och rinner genom staden",
    "Mojibake: \"Ã©\" is how é looks, and \"Ã \" is à",
    // A Cyrillic capital before a space stays, unless Windows-1251 garbled the rest of the line
    // (`О ` would be `Π`, `В ` U+00A0, `И ` `Ƞ`); Romanian capitals before a space likewise.
    "О чём это? И всё. В доме, Г. Петров",
    // A lone capital before one space is a letter named, not a lead that lost its 0xA0.
    "Litera Ă este a doua literă a alfabetului, Г a treia.",
    "NICIODATĂ ȘI ROMÂNĂ e Ă la",
  ]

  @Test("Correct text is left byte-identical", arguments: correct)
  func keepsCorrectText(_ text: String) {
    #expect(repair(text).unicodeScalars.elementsEqual(text.unicodeScalars))
  }

  /// A lost letter byte has several plausible completions (`Å` + 0x81 is `Ł`, + 0x8D `ō`,
  /// + 0x90 `Ő`; `Ñ` + 0x81 is `с`, + 0x8F `я`): none is guessed, the rest is repaired.
  @Test("Letters are never guessed for a lost byte")
  func neverGuessesLetters() {
    #expect(repair("ÅÃ³dÅº") == "Åódź")
    let russian = repair("Ð Ð¾ÑÑÐ¸Ñ")
    #expect(!russian.unicodeScalars.contains { "сэяё".unicodeScalars.contains($0) }, "\(russian)")
  }

  @Test("A completed quotation mark maps back to the scalars it replaced")
  func offsets() {
    let text = "He said â€œhelloâ€ to me"
    let r = Normalizer(profile: .repair).normalize(text)
    #expect(r.text == "He said “hello” to me")
    let closing = r.edits.last
    #expect(closing?.rule == .mojibake)
    #expect(closing?.input == 16..<18)  // `â€`
    #expect(closing?.output == 14..<15)  // `”`
  }

}

extension MojibakeLossTests {
  /// Correct Cyrillic next to Windows-1251 mojibake: the mojibake is repaired, and the capitals
  /// before a space (`О чём`, `И всё`) are not read as lost no-break spaces.
  @Test("Cyrillic capitals before a space stay amid Windows-1251 mojibake")
  func cyrillicCapitalsStay() {
    let found = "РќРµ РІСЃРµ РєРѕРјР°РЅРґС‹. О чём это? И всё. В доме. Он сказал: «В доме тихо»."
    let expected = "Не все команды. О чём это? И всё. В доме. Он сказал: «В доме тихо»."
    #expect(repair(found).unicodeScalars.elementsEqual(expected.unicodeScalars), "\(repair(found))")
  }
}
