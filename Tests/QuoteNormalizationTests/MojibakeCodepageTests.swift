import Foundation
import Testing

@testable import QuoteNormalization

/// UTF-8 read as Windows-1251 (Cyrillic) or Windows-1250 (Central European), the two
/// single-byte codepages after Windows-1252 that most mojibake on the Web comes from, and as
/// Windows-1253 (Greek), Windows-1254 (Turkish), Windows-1257 (Baltic), codepage 437 (the DOS
/// console) and ISO 8859-2. Each
/// `found` was made from its `expected` with Python's codecs
/// (`s.encode("utf-8").decode("cp1251")`, `"cp1250"`, …), not with the tables under test.
@Suite("MojibakeRepairer: Windows-1251, -1250, -1253, -1254, -1257, codepage 437, ISO 8859-2")
struct MojibakeCodepageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let language: String
    let encoding: MojibakeEncoding
    let found: String
    let expected: String
    init(_ language: String, _ encoding: MojibakeEncoding, _ found: String, _ expected: String) {
      self.language = language
      self.encoding = encoding
      self.found = found
      self.expected = expected
    }
    var testDescription: String { "\(language) as \(encoding): \(found)" }
  }

  static let cases: [Case] = [
    // One sequence alone in a line: a capital inside a lower-case word (`buzĂłn`).
    .init("es", .windows1250, "el buzĂłn de voz", "el buzón de voz"),
    // Neighbouring accented letters that no orthography writes together (`Ă` and `Ť`, `Ž`,
    // in capitals, where case tells nothing. (`Ăş` is Romanian `ăş` as well as `ú`.)
    .init("es", .windows1250, "SIN NINGUNA GARANTĂŤA", "SIN NINGUNA GARANTÍA"),
    .init("fr", .windows1250, "--suffix=CHAĂŽNE", "--suffix=CHAÎNE"),
    // A word of its own between spaces is running text too (Norwegian `å`).
    .init("nb", .windows1250, "for ĂĄ optimalisere", "for å optimalisere"),
    .init(
      "ru", .windows1251, "В«Р\u{AD}С‚Рѕ РЅРµ РїСЂРѕРёР·РѕР№РґС‘С‚В», вЂ” Р·Р°СЏРІРёР»Р° РѕРЅР°.",
      "«Это не произойдёт», — заявила она."),
    .init(
      "ru", .windows1250, "Â«Đ\u{AD}Ń‚Đľ Đ˝Đµ ĐżŃ€ĐľĐ¸Đ·ĐľĐąĐ´Ń‘Ń‚Â», â€” Đ·Đ°ŃŹĐ˛Đ¸Đ»Đ° ĐľĐ˝Đ°.",
      "«Это не произойдёт», — заявила она."),
    .init(
      "ru", .windows1251, "Р’СЃС‘ С…РѕСЂРѕС€Рѕ, СЃРїР°СЃРёР±Рѕ Р·Р° РІР°С€ РѕС‚РІРµС‚.",
      "Всё хорошо, спасибо за ваш ответ."),
    .init(
      "bg", .windows1251, "РўРѕРІР° РЅСЏРјР° РґР° СЃРµ СЃР»СѓС‡Рё, РєР°Р·Р° С‚СЏ.",
      "Това няма да се случи, каза тя."),
    .init(
      "cs", .windows1251, "ЕЅluЕҐouДЌkГЅ kЕЇЕ€ ГєpД›l ДЏГЎbelskГ© Гіdy.",
      "Žluťoučký kůň úpěl ďábelské ódy."),
    .init("pl", .windows1251, "ZaЕјГіЕ‚Д‡ gД™Е›lД… jaЕєЕ„ w ЕЃodzi.", "Zażółć gęślą jaźń w Łodzi."),
    .init("hu", .windows1251, "ГЃrvГ\u{AD}ztЕ±rЕ‘ tГјkГ¶rfГєrГіgГ©p.", "Árvíztűrő tükörfúrógép."),
    .init(
      "hr", .windows1251, "ДЊaД‡iД‡ je Д‘ak, a ЕЎiЕЎmiЕЎ leti.", "Čaćić je đak, a šišmiš leti."),
    .init(
      "hr", .windows1250, "ÄŚaÄ‡iÄ‡ je Ä‘ak, a ĹˇiĹˇmiĹˇ leti.", "Čaćić je đak, a šišmiš leti."),
    .init(
      "sk", .windows1251, "ДЋaleko na vГЅchode je KoЕЎice a ЕЅilina.",
      "Ďaleko na východe je Košice a Žilina."),
    .init(
      "sk", .windows1250, "ÄŽaleko na vĂ˝chode je KoĹˇice a Ĺ˝ilina.",
      "Ďaleko na východe je Košice a Žilina."),
    .init("ro", .windows1251, "AceastДѓ ЕЈarДѓ Еџi oraЕџul.", "Această ţară şi oraşul."),
    // Two Windows-1250 fixes are enough to take a word-initial `Ăş` (`ú`) at a tie.
    .init(
      "pt", .windows1250, "Lista de teclados disponĂ\u{AD}veis, Ăştil para a configuraĂ§ĂŁo",
      "Lista de teclados disponíveis, útil para a configuração"),
    // One-letter words read as words in capitals (`РІ`, `СЃ`, `Рє`) amid Cyrillic mojibake.
    .init(
      "ru", .windows1251,
      "РћРЅ Р¶РёРІС‘С‚ РІ РњРѕСЃРєРІРµ Рё СЂР°Р±РѕС‚Р°РµС‚ СЃ РЅР°РјРё Рє РІРµСЃРЅРµ",
      "Он живёт в Москве и работает с нами к весне"),
    .init(
      "el", .windows1253, "Ξ— Ξ‘ΞΈΞ®Ξ½Ξ± ΞµΞ―Ξ½Ξ±ΞΉ ΟƒΟ„Ξ·Ξ½ Ξ•Ξ»Ξ»Ξ¬Ξ΄Ξ±, Ο„Ξ± Ξ½Ξ­Ξ± ΞΌΞ±Ο‚.",
      "Η Αθήνα είναι στην Ελλάδα, τα νέα μας."),
    // Baltic letters mostly read the same under Windows-1252; `į` (C4 AF) does not.
    // An abbreviation of lone letters (`т.д.`) reads as well as `т.Рґ.` once costed as one.
    .init("ru", .windows1251, "РЅР°РїСЂРёРјРµСЂ Рё С‚.Рґ.", "например и т.д."),
    .init("lt", .windows1257, "Man ÄÆdomu, kaip jÅ«s ÄÆsivaizduojate ateitÄÆ.", "Man įdomu, kaip jūs įsivaizduojate ateitį."),
    .init("en", .cp437, "ItΓÇÖs a ΓÇ£testΓÇ¥ ΓÇö done.", "It’s a “test” — done."),
    .init(
      "ru", .cp437, "╨£╨╛╤ü╨║╨▓╨░ ΓÇö ╤ü╤é╨╛╨╗╨╕╤å╨░ ╨á╨╛╤ü╤ü╨╕╨╕.",
      "Москва — столица России."),
    // A soft hyphen after a word's first letter is no hyphenation point: `í` is C3 AD.
    .init("es", .windows1250, "Consulte el Ă\u{AD}ndice general", "Consulte el índice general"),
    // Two non-ASCII capitals opening a lower-case word, alone on a line: `ü` is C3 BC.
    .init("de", .windows1250, "die ĂĽbergeordnete Ebene", "die übergeordnete Ebene"),
    .init("fr", .windows1250, "c'est peut-ĂŞtre vrai", "c'est peut-être vrai"),
    // Two non-ASCII capitals ending a lower-case word, alone on a line: `å` is C3 A5.
    .init("no", .windows1250, "Det er smĂĄ ting", "Det er små ting"),
    // A middle dot glued to a Cyrillic capital: Windows-1251 of `·` (C2 B7), alone on a line.
    .init("en", .windows1251, "2025-12-21 В· de", "2025-12-21 · de"),
    // Box drawing alone, but opening a word and reading as punctuation: not line art.
    .init("es", .cp437, "┬┐que diferencia hay?", "¿que diferencia hay?"),
    .init("en", .cp437, "It was 25┬░C outside.", "It was 25°C outside."),
    // A Hebrew word alone on a line: the spacing modifier `˘` (0xA2) is no Latin letter, so the
    // line has no script of its own and the Hebrew reading is not foreign to it.
    .init("he", .windows1250, "×‘×”×•×“×˘×”", "בהודעה"),
    // ISO 8859-2, which reads most Central European glyphs as other bytes than Windows-1250
    // does (`ĹĄ` is `š` here, `ť` there): a control where Windows-1250 has a glyph shows it
    // (`Ĺ\u{99}`: Windows-1250 would show `Ĺ™`).
    .init(
      "cs", .iso88592, "P\u{139}\u{99}\u{102}\u{AD}li\u{139}\u{104} \u{139}\u{17E}lu\u{139}\u{13D}ou"
        + "\u{C4}\u{8D}k\u{102}\u{2DD} k\u{139}\u{17B}\u{139}\u{88}",
      "Příliš žluťoučký kůň"),
    .init(
      "pl", .iso88592, "Za\u{139}\u{17A}\u{102}\u{142}\u{139}\u{82}\u{C4}\u{87}"
        + " g\u{C4}\u{99}\u{139}\u{9B}l\u{C4}\u{85}",
      "Zażółć gęślą"),
    // ISO 8859-2 without a control to show it: `Âˇ` is `¡` under Windows-1250, but an
    // inverted mark opens a phrase glued to its first word, so before a space it is `·`.
    .init("en", .iso88592, "2025-12-21 \u{C2}\u{2C7} de", "2025-12-21 · de"),
    // ISO 8859-2 and Windows-1250 read `ĂĄ` as `á` and `å`: the letters both read alike in the
    // line's lower-case words (`í`) say Spanish, which writes `á` and no `å`.
    .init(
      "es", .iso88592,
      "La llamada con las opciones -h harĂĄ que muestre una ayuda en la lĂ\u{AD}nea de "
        + "mandatos de una pĂĄgina de referencia rĂĄpida.",
      "La llamada con las opciones -h hará que muestre una ayuda en la línea de mandatos de una "
        + "página de referencia rápida."),
    // `Ăź` is `ü` or `ß`: `ß` never follows a consonant or opens a word.
    .init(
      "de", .iso88592, "Die SchlĂźssel fĂźr JĂźrgen sind Ăźbergeordnete Objekte.",
      "Die Schlüssel für Jürgen sind übergeordnete Objekte."),
    // A Spanish name in a German quotation says nothing of the quotation's language.
    .init(
      "de", .windows1250,
      "â€žDas groĂźe Verdienst ist, daĂź sie die Angst genommen habenâ€ś, sagte AndrĂ©s "
        + "Manuel LĂłpez Obrador.",
      "„Das große Verdienst ist, daß sie die Angst genommen haben“, sagte Andrés Manuel López "
        + "Obrador."),
    // Once ISO 8859-2 made a fix on the line, a run of Windows-1252 glyphs is read under it too.
    .init(
      "fr", .iso88592,
      "Copyright \u{C2}\u{160} 2022 FSF. Licence GPLv3+ ou ult\u{102}\u{160}rieure",
      "Copyright © 2022 FSF. Licence GPLv3+ ou ultérieure"),
    // Windows-1254 (Turkish): Windows-1252 but for `Ğ İ Ş ğ ı ş`, so only sequences with one
    // of their bytes differ: Cyrillic (lead 0xD0) and four-byte emoji (lead 0xF0).
    .init("tr", .windows1254, "Harika bir gün ğŸ˜€ teşekkürler", "Harika bir gün 😀 teşekkürler"),
    .init(
      "ru", .windows1254,
      "ĞœĞ¾Ñ\u{81}ĞºĞ²Ğ° â€” Ñ\u{81}Ñ‚Ğ¾Ğ»Ğ¸Ñ†Ğ° Ğ\u{A0}Ğ¾Ñ\u{81}Ñ\u{81}Ğ¸Ğ¸, "
        + "Ñ\u{81}ĞºĞ°Ğ·Ğ°Ğ»Ğ° Ğ¾Ğ½Ğ°.",
      "Москва — столица России, сказала она."),
  ]

  @Test("Every codepage has a lane, and the lanes are the ones the hot loops visit")
  func lanes() {
    #expect(Array(SingleByteEncoding.shifts) == SingleByteEncoding.allCases.map(\.shift))
    for encoding in SingleByteEncoding.allCases {
      #expect(SingleByteEncoding(shift: encoding.shift) == encoding)
    }
  }

  @Test("Mojibake through each codepage is repaired", arguments: cases)
  func repairs(_ c: Case) {
    let scalars = Array(c.found.unicodeScalars)
    let fixes = MojibakeRepairer().fixes(in: scalars)
    let out = String(String.UnicodeScalarView(MojibakeRepairer.applying(fixes, to: scalars)))
    #expect(out.unicodeScalars.elementsEqual(c.expected.unicodeScalars), "\(out)")
    #expect(fixes.contains { $0.encoding == c.encoding })
  }

  /// Correct Cyrillic and Central European text holds Windows-1251 and -1250 leads and
  /// continuations side by side (`её`, `і`, `»`, `Ł`), and must pass unchanged.
  static let correct: [String] = [
    "«Это не произойдёт», — заявила она. Всё, её, ещё.",
    "Це українська мова: їжак, ґанок, єнот і її. ВІН і ЇЇ, ЄС.",
    "Съобщение: „Това няма да се случи“, каза тя.",
    "Žluťoučký kůň úpěl ďábelské ódy. ČR, ŘÍJEN, ŽÁDNÉ.",
    "Zażółć gęślą jaźń w Łodzi. ŁÓDŹ, ŻÓŁW, „cytat”.",
    "Árvíztűrő tükörfúrógép; ŐSZ és ŰR.",
    "ÄŒ is how Č looks in Windows-1252 mojibake: “ÄŒ”.",
    "Η Αθήνα είναι πόλη της Ελλάδας. ΕΛΛΑΔΑ, «Ναι».",
    "Rīga, Latvija; Šveices baņķieri; Lietuvos sostinė, ĮDOMU.",
    "┌──┐ │ │ └──┘ ╔═╗ box drawing; α β Γ π Σ σ µ τ Φ Θ Ω δ ∞ φ ε ∩ ≡ ± ≥ ≤ ÷ ≈ °",
    // Line art whose pairs would read as letters under codepage 437 (`├┤` is C3 B4, `ô`).
    "├┤o┼┐e┼┐i ╞╡x",
    // `п»` and `в»` are the first two bytes of a BOM and of U+2B00 under Windows-1251.
    "Предлоги «в» и «п», «стоп» и «ї» — слова. Пїтер?",
    "и т.д. и т.п., г. Москва, т.е. κ.λπ.",
    // A middle dot glued to Latin (Catalan) and Greek (the ano teleia after NFC) words.
    "col·lecció, il·lusió; λέξη· άλλη; Москва · Россия",
    // Accented neighbours of one orthography each, Romanian with cedillas included.
    "Dvořák, naïveté, Ødegård, smørrebrød, ştiinţă, ŞTIINŢĂ, Nguyễn Thị Minh Khai, Guðmundsdóttir",
    // Turkish, whose `Ğ İ Ş ğ` are UTF-8 leads under Windows-1254, before punctuation.
    "Ağır işçi; DOĞU’NUN, İŞ’İN, ŞİŞLİ’DE; ağ… dağ» Erdoğan’ın «söz»ü",
  ]

  @Test("Correct Cyrillic and Central European text is left byte-identical", arguments: correct)
  func keepsCorrectText(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(MojibakeRepairer().fixes(in: scalars).isEmpty)
    #expect(
      Normalizer(profile: .repair).normalize(text).text.unicodeScalars.elementsEqual(
        text.unicodeScalars))
  }
}

extension MojibakeCodepageTests {
  /// Windows-1251 mojibake of three-byte sequences after 0xEF (a byte order mark, a ligature),
  /// which the line scan must send to the repairer like `вЂ™` (``LineFeatures``).
  static let specials: [RepairCase] = [
    .init("п»їПривет, мир", "Привет, мир"),
    .init("п»їHello world", "Hello world"),
    .init("This is signiп¬Ѓcantly lower than the respective share", "This is signiﬁcantly lower than the respective share"),
  ]

  /// A whole three-byte sequence is evidence in itself: at a tie with the smaller margin its
  /// reading wins (`â™«` glued to a word reads as the word `hatikuâ` and two marks otherwise).
  static let symbols: [RepairCase] = [
    .init("Engkau masih yg terindah, indah di dalam hatikuâ™«~", "Engkau masih yg terindah, indah di dalam hatiku♫~"),
    .init("I â™¥ NY and musicâ™ª", "I ♥ NY and music♪"),
    // The overlays that decorate text are in use, not rare marks: a struck-through price.
    .init("hotel $49 $Ì¶6Ì¶3Ì¶ updated 2018", "hotel $49 $\u{336}6\u{336}3\u{336} updated 2018"),
  ]

  @Test("A symbol's whole three-byte sequence glued to a word is repaired", arguments: symbols)
  func symbolsAreRepaired(_ c: RepairCase) {
    c.check()
  }

  @Test("Windows-1251 mojibake after 0xEF reaches the repairer", arguments: specials)
  func specialsAreRepaired(_ c: RepairCase) {
    c.check()
  }
}

extension MojibakeCodepageTests {
  /// Every emoji of the Emoticons block in a Turkish sentence, its UTF-8 read as Windows-1254 by
  /// Foundation's converter (not by the tables under test); those whose bytes Windows-1254 leaves
  /// undefined are skipped.
  @Test("Emoji read as Windows-1254 in Turkish text are repaired")
  func windows1254Emoji() throws {
    var checked = 0
    for value in UInt32(0x1F600)...0x1F64F {
      let emoji = try #require(Unicode.Scalar(value))
      let text = "Çok güzel bir gün \(emoji) teşekkürler, Ağrı’da"
      guard let garbled = String(bytes: Array(text.utf8), encoding: .windowsCP1254) else {
        continue
      }
      #expect(repair(garbled).unicodeScalars.elementsEqual(text.unicodeScalars), "\(garbled)")
      checked += 1
    }
    #expect(checked > 40)
  }
}
