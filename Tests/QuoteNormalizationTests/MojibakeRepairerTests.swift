import Testing

@testable import QuoteNormalization

/// Applies sorted, non-overlapping fixes to `text`.
private func applying(_ fixes: [MojibakeFix], to text: [Unicode.Scalar]) -> [Unicode.Scalar] {
  var result: [Unicode.Scalar] = []
  var position = 0
  for fix in fixes {
    result += text[position..<fix.range.lowerBound]
    result += fix.replacement
    position = fix.range.upperBound
  }
  return result + text[position...]
}

/// `text` with every fix the repairer finds applied.
private func repaired(_ text: String) -> [Unicode.Scalar] {
  let scalars = Array(text.unicodeScalars)
  return applying(MojibakeRepairer().fixes(in: scalars), to: scalars)
}

/// The mojibake tables were made with Python's codecs (`s.encode("utf-8").decode("cp1252")`
/// with the five undefined bytes kept as C1 controls, `"latin-1"`, `"mac_roman"`), not with the
/// tables under test.
@Suite("MojibakeRepairer")
struct MojibakeRepairerTests {
  /// One repair case: text as found and as it should come out.
  struct Repair: Sendable, CustomTestStringConvertible {
    let language: String
    let found: String
    let expected: String

    init(_ language: String, _ found: String, _ expected: String) {
      self.language = language
      self.found = found
      self.expected = expected
    }

    var testDescription: String { "\(language): \(found)" }
  }

  /// Hand-picked repairs: typography, spaces and soft hyphens as bytes, every UTF-8 length.
  static let singleCases: [Repair] = [
    .init("en", "ItÃ¢â‚¬â„¢s", "It’s"),
    .init("en", "â€œQuotedâ€\u{9D} and â€˜singleâ€™", "“Quoted” and ‘single’"),
    .init("en", "Wait â€” no â€“ yesâ€¦", "Wait — no – yes…"),
    .init("en", "Only â‚¬5 for ACMEâ„¢", "Only €5 for ACME™"),
    .init("en", "Â© 2024, 10Â\u{A0}km, 5Â°C", "© 2024, 10\u{A0}km, 5°C"),
    .init("fr", "cafÃ© â€¦ cafÃ©", "café … café"),
    .init("fr", "voilÃ\u{A0} la rÃ©ponse", "voilà la réponse"),
    .init("fr", "Ã\u{A0} la maison", "à la maison"),
    .init("fr", "HÃ”TEL DE VILLE", "HÔTEL DE VILLE"),
    .init("fr", "Â«\u{A0}ouiÂ\u{A0}Â»", "«\u{A0}oui\u{A0}»"),
    .init("es", "lÃ\u{AD}nea y FÃ\u{AD}sica", "línea y Física"),
    .init("es", "DOS AÃ‘OS", "DOS AÑOS"),
    .init("es", "NicolÃ¡s NÃºÃ±ez", "Nicolás Núñez"),
    .init("de", "RUF MICH ZURÃœCK", "RUF MICH ZURÜCK"),
    .init("de", "die Ãœbersetzung", "die Übersetzung"),
    .init("pt", "informaÃ§Ãµes e aÃ§Ã£o", "informações e ação"),
    .init("it", "cittÃ\u{A0} e perchÃ©", "città e perché"),
    .init("pl", "ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ…", "Zażółć gęślą"),
    .init("cs", "PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ\u{8D}kÃ½", "Příliš žluťoučký"),
    .init("tr", "Ä°stanbul ve HÄ±rsÄ±z", "İstanbul ve Hırsız"),
    .init("lv", "RÄ«ga", "Rīga"),
    .init("ru", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
    .init("ru", "Ð’ Ð¼Ð¸Ñ€Ðµ", "В мире"),
    .init("el", "ÎšÎ±Î»Î·Î¼Î­Ï\u{81}Î±", "Καλημέρα"),
    .init("he", "×©×œ×•×\u{9D}", "שלום"),
    .init("ar", "Ù…Ø±Ø­Ø¨Ø§", "مرحبا"),
    .init("vi", "Táº¡i sao giÃ¡ láº¡i lÃªn?", "Tại sao giá lại lên?"),
    .init("ja", "æ—¥æœ¬èªž", "日本語"),
    .init("zh", "ä¸­æ–‡", "中文"),
    .init("ko", "í•œêµ­ì–´", "한국어"),
    .init("emoji", "ðŸ˜€ ok", "😀 ok"),
    .init("emoji", "He's Justinâ\u{9D}¤", "He's Justin❤"),
    .init("macRoman", "Le r√©gime √©quilibr√©", "Le régime équilibré"),
    .init("macRoman", "wei√ü und Zam√≤", "weiß und Zamò"),
    .init("macRoman", "t‚Äö√†√∂¬¨¬©l‚Äö√†√∂¬¨¬©charger", "télécharger"),
    .init("latin1", "Itâ\u{80}\u{99}s â\u{80}\u{98}pressureâ\u{80}\u{99}", "It’s ‘pressure’"),
    .init("latin1", "Ã\u{81}rbol, Ã\u{8D}ndice", "Árbol, Índice"),
    .init("doubled", "Iggy Pop (nÃƒÂ© Jim)", "Iggy Pop (né Jim)"),
    .init("tripled", "doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t", "doesn’t"),
  ]

  /// Correct text that looks a little like mojibake and must come out byte-identical.
  static let correctText: [String] = [
    "SEE YOU IN PERÚ”",
    "IL Y A MARQUÉ…",
    "SÃO PAULO É AQUI",
    "A IRMÃ\u{A0}E O IRMÃO",
    "A IRMÔ, disse ele",
    "NÃO… TALVEZ, VOCÊ…",
    "PORTUGUÊS» e ALEMÃ…",
    "et c'était l'été»… puis rien, «oui»… dit-il",
    "c'était l'été»… puis rien",
    "La séquence « Ã© » est un é mal décodé, « Â» aussi",
    "I’m not a fan of Charlotte Brontë’s novels…”",
    "Ñandú y Øresund",
    "√2 ≈ 1.414, ±5 °C, 10 µm, 3×4, ½",
    "(-1/2)! = √π and 2012—∞",
    "4288×…",
    "«\u{A0}Bonjour\u{A0}», dit-il\u{A0}: «\u{A0}À bientôt\u{A0}!\u{A0}»",
    "“État” —école, œuvre, cœur, Œdipe",
    "L’été à l’hôtel, d’élite, qu’à",
    "„Ä“ ist ein Umlaut, »Ö« auch.",
    "GRÖSSE: 5 × 3 cm², MÜNCHEN—BERLIN",
    "£5 off, ©2024 ACME®, Yahoo!™",
    "NESTLÉ® y CAFÉ™",
    "¡Olé! ¿Qué pasó? ¡SÉ¡",
    "PERCHÉ… CITTÀ”",
    "ŁÓDŹ, ŻÓŁW, Gdańsk",
    "PÍŠE ČEŠTINA, Příliš",
    "BLÅBÆR og HÅØYA, Å være",
    "Þú ert ÐETTA, Ísland",
    "ȘTIINȚĂ™ și NICIODATĂ\u{A0}",
    "İSTANBUL’DA ÇOK GÜZEL…",
    "SELKÄ\u{A0}EDELLÄ\u{A0}MAAHAN",
    "HUHLL Õ… and ZZAJÉ’s list",
    "Привет, «мир»! ВІКІ і КИЇВ",
    "Η ¨ανατροφή¨ και ΑΘΗΝΑ…",
    "Việt Nam, THÀNH PHỐ HỒ CHÍ MINH",
    "日本語「テキスト」、中文“引号”。",
    "مرحبا «بالعالم»، שלום «עולם»",
    "a radius of 10 Å—roughly",
    "Smith†, Jones‡, § 12 ¶ 4, 5‰",
    "x² + y³ = z¹, 90°, Nº 5, 1ª",
    "Offering 5×£35 pin ups",
    "OK ¬´ ): and ( o¬ô )",
    "[x]\u{A0}© and ∆° and ∑∏∫",
    "Type «Ã©» to see it; the mojibake “Ã¨” is common.",
    "There are a lot of Ã’s in mojibake text",
    "テキストが「Ã©」、「Ã¨」になる",
    "حروف مثل ”Ã©\u{200E}“ أو ”Ã¨\u{200E}“",
    "C O N C L U S Ã O",
    "ﬁnancial ﬂow, Ōtautahi, ŉ",
    "Con il corpo e lo spirito,\u{A0}è come",
  ]

  /// UTF-8 read as Windows-1252 (five undefined bytes kept as C1 controls).
  static let windows1252: [Repair] = [
    .init(
      "en",
      "Itâ€™s the â€œbestâ€\u{9D} cafÃ© â€” isnâ€™t it? From â‚¬5â€¦",
      "It’s the “best” café — isn’t it? From €5…"
    ),
    .init(
      "es",
      "El niÃ±o pidiÃ³ Â«mÃ¡s cafÃ©Â», Â¿por quÃ© no?",
      "El niño pidió «más café», ¿por qué no?"
    ),
    .init(
      "fr",
      "Lâ€™Ã©tÃ© dernier, HÃ©lÃ¨ne a dit : Â« OÃ¹ ? Â»",
      "L’été dernier, Hélène a dit : « Où ? »"
    ),
    .init(
      "de",
      "GrÃ¶ÃŸere Ãœbersetzungen fÃ¼r â€žStraÃŸeâ€œ",
      "Größere Übersetzungen für „Straße“"
    ),
    .init("pt", "A instalaÃ§Ã£o nÃ£o funcionou, irmÃ£", "A instalação não funcionou, irmã"),
    .init(
      "it",
      "PerchÃ© lâ€™universitÃ\u{A0} Ã¨ giÃ\u{A0} chiusa?",
      "Perché l’università è già chiusa?"
    ),
    .init(
      "pl",
      "ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„. Å\u{81}Ã³dÅº i GdaÅ„sk",
      "Zażółć gęślą jaźń. Łódź i Gdańsk"
    ),
    .init(
      "cs",
      "PÅ™Ã\u{AD}liÅ¡ Å¾luÅ¥ouÄ\u{8D}kÃ½ kÅ¯Åˆ ÃºpÄ›l Ã³dy",
      "Příliš žluťoučký kůň úpěl ódy"
    ),
    .init(
      "ru",
      "ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€! Ð¡ÑŠÐµÑˆÑŒ ÐµÑ‰Ñ‘ Ð±ÑƒÐ»Ð¾Ðº",
      "Привет, мир! Съешь ещё булок"
    ),
    .init(
      "el",
      "ÎšÎ±Î»Î·Î¼Î\u{AD}Ï\u{81}Î± ÎºÏŒÏƒÎ¼Îµ, ÏˆÏ…Ï‡Î¿Ï†Î¸ÏŒÏ\u{81}Î±",
      "Καλημέρα κόσμε, ψυχοφθόρα"
    ),
    .init(
      "tr",
      "YaÄŸÄ±z ÅŸofÃ¶re Ã§abucak gÃ¼vendi, Ä°stanbul",
      "Yağız şoföre çabucak güvendi, İstanbul"
    ),
    .init(
      "vi",
      "Tiáº¿ng Viá»‡t cÃ³ nhiá»\u{81}u dáº¥u, ngÆ°á»\u{9D}i",
      "Tiếng Việt có nhiều dấu, người"
    ),
    // `ễ` (E1 BB 85) and `ỗ` (E1 BB 97) end in `…` and `—`: a word, a guillemet and an ellipsis
    // or a dash to the judge, but the line opens no quotation for `»` to close.
    .init("vi", "Có thể dá»… hiểu, há»— trợ", "Có thể dễ hiểu, hỗ trợ"),
    // Empty guillemets garbled with the text: `Â»` after a repaired `«` is no quoted mention
    // of `Â` (`« Ã© »` alone stays: correct text).
    .init("fr", "La valeur par dÃ©faut est Â« Â».", "La valeur par défaut est « »."),
    .init(
      "ja",
      "æ—¥æœ¬èªžã\u{81}®ãƒ†ã‚\u{AD}ã‚¹ãƒˆã€\u{81}ã€Œã\u{81}“ã‚“ã\u{81}«ã\u{81}¡ã\u{81}¯ã€\u{8D}",
      "日本語のテキスト、「こんにちは」"
    ),
    .init("zh", "ä¸\u{AD}æ–‡æ–‡æœ¬ï¼Œæˆ‘ä»¬ä½¿ç”¨â€œå¼•å\u{8F}·â€\u{9D}ã€‚", "中文文本，我们使用“引号”。"),
    .init("ko", "ì•ˆë…•í•˜ì„¸ìš”, ì„¸ê³„! í•œêµ\u{AD}ì–´", "안녕하세요, 세계! 한국어"),
    .init(
      "ar",
      "Ù…Ø±Ø\u{AD}Ø¨Ø§ Ø¨Ø§Ù„Ø¹Ø§Ù„Ù…ØŒ Ù‡Ø°Ø§ Ù†Øµ Ø¹Ø±Ø¨ÙŠ.",
      "مرحبا بالعالم، هذا نص عربي."
    ),
    .init(
      "he",
      "×©×œ×•×\u{9D} ×¢×•×œ×\u{9D}, ×–×” ×˜×§×¡×˜ ×‘×¢×‘×¨×™×ª.",
      "שלום עולם, זה טקסט בעברית."
    ),
    .init(
      "fa",
      "Ø³Ù„Ø§Ù… Ø¯Ù†ÛŒØ§ØŒ Ø§ÛŒÙ† ÛŒÚ© Ù…ØªÙ† Ù\u{81}Ø§Ø±Ø³ÛŒ Ø§Ø³Øª.",
      "سلام دنیا، این یک متن فارسی است."
    ),
    .init("ro", "È˜tiinÈ›Äƒ È™i È›arÄƒ, Ã®n RomÃ¢nia", "Știință și țară, în România"),
    .init("hu", "Ã\u{81}rvÃ\u{AD}ztÅ±rÅ‘ tÃ¼kÃ¶rfÃºrÃ³gÃ©p", "Árvíztűrő tükörfúrógép"),
    .init("nb", "BlÃ¥bÃ¦rsyltetÃ¸y pÃ¥ Ã†rÃ¸ og Ã…rhus", "Blåbærsyltetøy på Ærø og Århus"),
    .init(
      "emoji",
      "Party ðŸŽ‰ðŸ˜€ðŸ‘\u{8D} with â\u{9D}¤ï¸\u{8F} and âœ”",
      "Party 🎉😀👍 with ❤\u{FE0F} and ✔"
    ),
  ]

  /// UTF-8 read as Latin-1: bytes 0x80–0x9F became C1 controls.
  static let latin1: [Repair] = [
    .init(
      "en",
      "Itâ\u{80}\u{99}s the â\u{80}\u{9C}bestâ\u{80}\u{9D} cafÃ© â\u{80}\u{94} isnâ\u{80}\u{99}"
        + "t it? From â\u{82}¬5â\u{80}¦",
      "It’s the “best” café — isn’t it? From €5…"
    ),
    .init(
      "es",
      "El niÃ±o pidiÃ³ Â«mÃ¡s cafÃ©Â», Â¿por quÃ© no?",
      "El niño pidió «más café», ¿por qué no?"
    ),
    .init(
      "fr",
      "Lâ\u{80}\u{99}Ã©tÃ© dernier, HÃ©lÃ¨ne a dit : Â« OÃ¹ ? Â»",
      "L’été dernier, Hélène a dit : « Où ? »"
    ),
    .init(
      "de",
      "GrÃ¶Ã\u{9F}ere Ã\u{9C}bersetzungen fÃ¼r â\u{80}\u{9E}StraÃ\u{9F}eâ\u{80}\u{9C}",
      "Größere Übersetzungen für „Straße“"
    ),
    .init("pt", "A instalaÃ§Ã£o nÃ£o funcionou, irmÃ£", "A instalação não funcionou, irmã"),
    .init(
      "it",
      "PerchÃ© lâ\u{80}\u{99}universitÃ\u{A0} Ã¨ giÃ\u{A0} chiusa?",
      "Perché l’università è già chiusa?"
    ),
    .init(
      "pl",
      "ZaÅ¼Ã³Å\u{82}Ä\u{87} gÄ\u{99}Å\u{9B}lÄ\u{85} jaÅºÅ\u{84}. Å\u{81}Ã³dÅº i GdaÅ\u{84}sk",
      "Zażółć gęślą jaźń. Łódź i Gdańsk"
    ),
    .init(
      "cs",
      "PÅ\u{99}Ã\u{AD}liÅ¡ Å¾luÅ¥ouÄ\u{8D}kÃ½ kÅ¯Å\u{88} ÃºpÄ\u{9B}l Ã³dy",
      "Příliš žluťoučký kůň úpěl ódy"
    ),
    .init(
      "ru",
      "Ð\u{9F}Ñ\u{80}Ð¸Ð²ÐµÑ\u{82}, Ð¼Ð¸Ñ\u{80}! Ð¡Ñ\u{8A}ÐµÑ\u{88}Ñ\u{8C} ÐµÑ\u{89}Ñ\u{91} Ð±Ñ"
        + "\u{83}Ð»Ð¾Ðº",
      "Привет, мир! Съешь ещё булок"
    ),
    .init(
      "el",
      "Î\u{9A}Î±Î»Î·Î¼Î\u{AD}Ï\u{81}Î± ÎºÏ\u{8C}Ï\u{83}Î¼Îµ, Ï\u{88}Ï\u{85}Ï\u{87}Î¿Ï\u{86}Î¸Ï"
        + "\u{8C}Ï\u{81}Î±",
      "Καλημέρα κόσμε, ψυχοφθόρα"
    ),
    .init(
      "tr",
      "YaÄ\u{9F}Ä±z Å\u{9F}ofÃ¶re Ã§abucak gÃ¼vendi, Ä°stanbul",
      "Yağız şoföre çabucak güvendi, İstanbul"
    ),
    .init(
      "vi",
      "Tiáº¿ng Viá»\u{87}t cÃ³ nhiá»\u{81}u dáº¥u, ngÆ°á»\u{9D}i",
      "Tiếng Việt có nhiều dấu, người"
    ),
    .init(
      "ja",
      "æ\u{97}¥æ\u{9C}¬èª\u{9E}ã\u{81}®ã\u{83}\u{86}ã\u{82}\u{AD}ã\u{82}¹ã\u{83}\u{88}ã\u{80}"
        + "\u{81}ã\u{80}\u{8C}ã\u{81}\u{93}ã\u{82}\u{93}ã\u{81}«ã\u{81}¡ã\u{81}¯ã\u{80}\u{8D}",
      "日本語のテキスト、「こんにちは」"
    ),
    .init(
      "zh",
      "ä¸\u{AD}æ\u{96}\u{87}æ\u{96}\u{87}æ\u{9C}¬ï¼\u{8C}æ\u{88}\u{91}ä»¬ä½¿ç\u{94}¨â\u{80}"
        + "\u{9C}å¼\u{95}å\u{8F}·â\u{80}\u{9D}ã\u{80}\u{82}",
      "中文文本，我们使用“引号”。"
    ),
    .init(
      "ko",
      "ì\u{95}\u{88}ë\u{85}\u{95}í\u{95}\u{98}ì\u{84}¸ì\u{9A}\u{94}, ì\u{84}¸ê³\u{84}! í\u{95}"
        + "\u{9C}êµ\u{AD}ì\u{96}´",
      "안녕하세요, 세계! 한국어"
    ),
    .init(
      "ar",
      "Ù\u{85}Ø±Ø\u{AD}Ø¨Ø§ Ø¨Ø§Ù\u{84}Ø¹Ø§Ù\u{84}Ù\u{85}Ø\u{8C} Ù\u{87}Ø°Ø§ Ù\u{86}Øµ Ø¹Ø±Ø¨Ù"
        + "\u{8A}.",
      "مرحبا بالعالم، هذا نص عربي."
    ),
    .init(
      "he",
      "×©×\u{9C}×\u{95}×\u{9D} ×¢×\u{95}×\u{9C}×\u{9D}, ×\u{96}×\u{94} ×\u{98}×§×¡×\u{98} ×"
        + "\u{91}×¢×\u{91}×¨×\u{99}×ª.",
      "שלום עולם, זה טקסט בעברית."
    ),
    .init(
      "fa",
      "Ø³Ù\u{84}Ø§Ù\u{85} Ø¯Ù\u{86}Û\u{8C}Ø§Ø\u{8C} Ø§Û\u{8C}Ù\u{86} Û\u{8C}Ú© Ù\u{85}ØªÙ\u{86}"
        + " Ù\u{81}Ø§Ø±Ø³Û\u{8C} Ø§Ø³Øª.",
      "سلام دنیا، این یک متن فارسی است."
    ),
    .init(
      "ro",
      "È\u{98}tiinÈ\u{9B}Ä\u{83} È\u{99}i È\u{9B}arÄ\u{83}, Ã®n RomÃ¢nia",
      "Știință și țară, în România"
    ),
    .init("hu", "Ã\u{81}rvÃ\u{AD}ztÅ±rÅ\u{91} tÃ¼kÃ¶rfÃºrÃ³gÃ©p", "Árvíztűrő tükörfúrógép"),
    .init(
      "nb",
      "BlÃ¥bÃ¦rsyltetÃ¸y pÃ¥ Ã\u{86}rÃ¸ og Ã\u{85}rhus",
      "Blåbærsyltetøy på Ærø og Århus"
    ),
    .init(
      "emoji",
      "Party ð\u{9F}\u{8E}\u{89}ð\u{9F}\u{98}\u{80}ð\u{9F}\u{91}\u{8D} with â\u{9D}¤ï¸\u{8F} an"
        + "d â\u{9C}\u{94}",
      "Party 🎉😀👍 with ❤\u{FE0F} and ✔"
    ),
  ]

  /// UTF-8 read as Mac OS Roman.
  static let macRoman: [Repair] = [
    .init(
      "en",
      "It‚Äôs the ‚Äúbest‚Äù caf√© ‚Äî isn‚Äôt it? From ‚Ç¨5‚Ä¶",
      "It’s the “best” café — isn’t it? From €5…"
    ),
    .init(
      "es",
      "El ni√±o pidi√≥ ¬´m√°s caf√©¬ª, ¬øpor qu√© no?",
      "El niño pidió «más café», ¿por qué no?"
    ),
    .init(
      "fr",
      "L‚Äô√©t√© dernier, H√©l√®ne a dit : ¬´ O√π ? ¬ª",
      "L’été dernier, Hélène a dit : « Où ? »"
    ),
    .init(
      "de",
      "Gr√∂√üere √úbersetzungen f√ºr ‚ÄûStra√üe‚Äú",
      "Größere Übersetzungen für „Straße“"
    ),
    .init("pt", "A instala√ß√£o n√£o funcionou, irm√£", "A instalação não funcionou, irmã"),
    .init("it", "Perch√© l‚Äôuniversit√† √® gi√† chiusa?", "Perché l’università è già chiusa?"),
    .init(
      "pl",
      "Za≈º√≥≈Çƒá gƒô≈õlƒÖ ja≈∫≈Ñ. ≈Å√≥d≈∫ i Gda≈Ñsk",
      "Zażółć gęślą jaźń. Łódź i Gdańsk"
    ),
    .init("cs", "P≈ô√≠li≈° ≈ælu≈•ouƒçk√Ω k≈Ø≈à √∫pƒõl √≥dy", "Příliš žluťoučký kůň úpěl ódy"),
    .init(
      "ru",
      "–ü—Ä–∏–≤–µ—Ç, –º–∏—Ä! –°—ä–µ—à—å –µ—â—ë –±—É–ª–æ–∫",
      "Привет, мир! Съешь ещё булок"
    ),
    .init("el", "ŒöŒ±ŒªŒ∑ŒºŒ≠œÅŒ± Œ∫œåœÉŒºŒµ, œàœÖœáŒøœÜŒ∏œåœÅŒ±", "Καλημέρα κόσμε, ψυχοφθόρα"),
    .init(
      "tr",
      "Yaƒüƒ±z ≈üof√∂re √ßabucak g√ºvendi, ƒ∞stanbul",
      "Yağız şoföre çabucak güvendi, İstanbul"
    ),
    .init("vi", "Ti·∫øng Vi·ªát c√≥ nhi·ªÅu d·∫•u, ng∆∞·ªùi", "Tiếng Việt có nhiều dấu, người"),
    .init("ja", "Êó•Êú¨Ë™û„ÅÆ„ÉÜ„Ç≠„Çπ„Éà„ÄÅ„Äå„Åì„Çì„Å´„Å°„ÅØ„Äç", "日本語のテキスト、「こんにちは」"),
    .init("zh", "‰∏≠ÊñáÊñáÊú¨ÔºåÊàë‰ª¨‰ΩøÁî®‚ÄúÂºïÂè∑‚Äù„ÄÇ", "中文文本，我们使用“引号”。"),
    .init("ar", "ŸÖÿ±ÿ≠ÿ®ÿß ÿ®ÿßŸÑÿπÿßŸÑŸÖÿå Ÿáÿ∞ÿß ŸÜÿµ ÿπÿ±ÿ®Ÿä.", "مرحبا بالعالم، هذا نص عربي."),
    .init("he", "◊©◊ú◊ï◊ù ◊¢◊ï◊ú◊ù, ◊ñ◊î ◊ò◊ß◊°◊ò ◊ë◊¢◊ë◊®◊ô◊™.", "שלום עולם, זה טקסט בעברית."),
    .init(
      "fa",
      "ÿ≥ŸÑÿßŸÖ ÿØŸÜ€åÿßÿå ÿß€åŸÜ €å⁄© ŸÖÿ™ŸÜ ŸÅÿßÿ±ÿ≥€å ÿßÿ≥ÿ™.",
      "سلام دنیا، این یک متن فارسی است."
    ),
    .init("nb", "Bl√•b√¶rsyltet√∏y p√• √Ür√∏ og √Örhus", "Blåbærsyltetøy på Ærø og Århus"),
  ]

  /// Windows-1252 mojibake of Windows-1252 mojibake.
  static let doubled: [Repair] = [
    .init("en", "ItÃ¢â‚¬â„¢s Ã¢â‚¬Å“doneÃ¢â‚¬Â\u{9D} Ã¢â‚¬â€\u{9D} okÃ¢â‚¬Â¦", "It’s “done” — ok…"),
    .init("es", "Ã‚Â¿QuÃƒÂ©? Ã‚Â¡OlÃƒÂ©, seÃƒÂ±or!", "¿Qué? ¡Olé, señor!"),
    .init("fr", "LÃ¢â‚¬â„¢ÃƒÂ©tÃƒÂ© ÃƒÂ\u{A0} lÃ¢â‚¬â„¢hÃƒÂ´tel", "L’été à l’hôtel"),
    .init("de", "GrÃƒÂ¶ÃƒÅ¸e Ã¢â‚¬Å¾StraÃƒÅ¸eÃ¢â‚¬Å“", "Größe „Straße“"),
    .init("pt", "NÃƒÂ£o, irmÃƒÂ£, aÃƒÂ§ÃƒÂ£o", "Não, irmã, ação"),
    .init(
      "ru",
      "Ã\u{90}Å¸Ã‘â‚¬Ã\u{90}Â¸Ã\u{90}Â²Ã\u{90}ÂµÃ‘â€š, Ã\u{90}Â¼Ã\u{90}Â¸Ã‘â‚¬",
      "Привет, мир"
    ),
    .init("el", "ÃŽÅ¡ÃŽÂ±ÃŽÂ»ÃŽÂ·ÃŽÂ¼ÃŽÂ\u{AD}Ã\u{8F}Â\u{81}ÃŽÂ±", "Καλημέρα"),
    .init("ja", "Ã¦â€”Â¥Ã¦Å“Â¬Ã¨ÂªÅ¾Ã£â‚¬Å’Ã£Æ’â€\u{A0}Ã£â€šÂ¹Ã£Æ’Ë†Ã£â‚¬Â\u{8D}", "日本語「テスト」"),
    .init("zh", "Ã¤Â¸Â\u{AD}Ã¦â€“â€¡Ã¢â‚¬Å“Ã¥Â¼â€¢Ã¥Â\u{8F}Â·Ã¢â‚¬Â\u{9D}", "中文“引号”"),
    .init("pl", "Ã…Â\u{81}ÃƒÂ³dÃ…Âº, Ã…Â¼ÃƒÂ³Ã…â€šw", "Łódź, żółw"),
    .init("vi", "TiÃ¡ÂºÂ¿ng ViÃ¡Â»â€¡t", "Tiếng Việt"),
    .init("ar", "Ã™â€¦Ã˜Â±Ã˜Â\u{AD}Ã˜Â¨Ã˜Â§ Ã˜Â¨Ã˜Â§Ã™â€žÃ˜Â¹Ã˜Â§Ã™â€žÃ™â€¦", "مرحبا بالعالم"),
    .init("emoji", "Party Ã°Å¸Å½â€°Ã°Å¸Ëœâ‚¬", "Party 🎉😀"),
  ]

  /// Three layers of Windows-1252 mojibake.
  static let tripled: [Repair] = [
    .init(
      "en",
      "ItÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢s ÃƒÂ¢Ã¢â€šÂ¬Ã…â€œdoneÃƒÂ¢Ã¢â€šÂ¬Ã‚Â\u{9D} ÃƒÂ¢Ã¢â€šÂ¬Ã¢â‚¬Â\u{9D} o"
        + "kÃƒÂ¢Ã¢â€šÂ¬Ã‚Â¦",
      "It’s “done” — ok…"
    ),
    .init("es", "Ãƒâ€šÃ‚Â¿QuÃƒÆ’Ã‚Â©? Ãƒâ€šÃ‚Â¡OlÃƒÆ’Ã‚Â©, seÃƒÆ’Ã‚Â±or!", "¿Qué? ¡Olé, señor!"),
    .init(
      "fr",
      "LÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢ÃƒÆ’Ã‚Â©tÃƒÆ’Ã‚Â© ÃƒÆ’Ã‚Â\u{A0} lÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢hÃƒÆ’Ã‚Â´tel",
      "L’été à l’hôtel"
    ),
    .init(
      "de",
      "GrÃƒÆ’Ã‚Â¶ÃƒÆ’Ã…Â¸e ÃƒÂ¢Ã¢â€šÂ¬Ã…Â¾StraÃƒÆ’Ã…Â¸eÃƒÂ¢Ã¢â€šÂ¬Ã…â€œ",
      "Größe „Straße“"
    ),
    .init("pt", "NÃƒÆ’Ã‚Â£o, irmÃƒÆ’Ã‚Â£, aÃƒÆ’Ã‚Â§ÃƒÆ’Ã‚Â£o", "Não, irmã, ação"),
    .init(
      "ru",
      "ÃƒÂ\u{90}Ã…Â¸Ãƒâ€˜Ã¢â€šÂ¬ÃƒÂ\u{90}Ã‚Â¸ÃƒÂ\u{90}Ã‚Â²ÃƒÂ\u{90}Ã‚ÂµÃƒâ€˜Ã¢â‚¬Å¡, ÃƒÂ\u{90}Ã"
        + "‚Â¼ÃƒÂ\u{90}Ã‚Â¸Ãƒâ€˜Ã¢â€šÂ¬",
      "Привет, мир"
    ),
    .init(
      "el",
      "ÃƒÅ½Ã…Â¡ÃƒÅ½Ã‚Â±ÃƒÅ½Ã‚Â»ÃƒÅ½Ã‚Â·ÃƒÅ½Ã‚Â¼ÃƒÅ½Ã‚Â\u{AD}ÃƒÂ\u{8F}Ã‚Â\u{81}ÃƒÅ½Ã‚Â±",
      "Καλημέρα"
    ),
    .init(
      "ja",
      "ÃƒÂ¦Ã¢â‚¬â€\u{9D}Ã‚Â¥ÃƒÂ¦Ã…â€œÃ‚Â¬ÃƒÂ¨Ã‚ÂªÃ…Â¾ÃƒÂ£Ã¢â€šÂ¬Ã…â€™ÃƒÂ£Ã†â€™Ã¢â‚¬Â\u{A0}ÃƒÂ£Ã"
        + "¢â‚¬Å¡Ã‚Â¹ÃƒÂ£Ã†â€™Ã‹â€\u{A0}ÃƒÂ£Ã¢â€šÂ¬Ã‚Â\u{8D}",
      "日本語「テスト」"
    ),
    .init(
      "zh",
      "ÃƒÂ¤Ã‚Â¸Ã‚Â\u{AD}ÃƒÂ¦Ã¢â‚¬â€œÃ¢â‚¬Â¡ÃƒÂ¢Ã¢â€šÂ¬Ã…â€œÃƒÂ¥Ã‚Â¼Ã¢â‚¬Â¢ÃƒÂ¥Ã‚Â\u{8F}Ã‚Â·ÃƒÂ¢"
        + "Ã¢â€šÂ¬Ã‚Â\u{9D}",
      "中文“引号”"
    ),
    .init("pl", "Ãƒâ€¦Ã‚Â\u{81}ÃƒÆ’Ã‚Â³dÃƒâ€¦Ã‚Âº, Ãƒâ€¦Ã‚Â¼ÃƒÆ’Ã‚Â³Ãƒâ€¦Ã¢â‚¬Å¡w", "Łódź, żółw"),
    .init("vi", "TiÃƒÂ¡Ã‚ÂºÃ‚Â¿ng ViÃƒÂ¡Ã‚Â»Ã¢â‚¬Â¡t", "Tiếng Việt"),
    .init("emoji", "Party ÃƒÂ°Ã…Â¸Ã…Â½Ã¢â‚¬Â°ÃƒÂ°Ã…Â¸Ã‹Å“Ã¢â€šÂ¬", "Party 🎉😀"),
  ]

  /// Correct text and its mojibake in one paragraph: both come out correct.
  static let mixed: [Repair] = [
    .init(
      "en",
      "It’s “done” — ok… Itâ€™s â€œdoneâ€\u{9D} â€” okâ€¦",
      "It’s “done” — ok… It’s “done” — ok…"
    ),
    .init(
      "es",
      "¿Qué? ¡Olé, señor! Â¿QuÃ©? Â¡OlÃ©, seÃ±or!",
      "¿Qué? ¡Olé, señor! ¿Qué? ¡Olé, señor!"
    ),
    .init("fr", "L’été à l’hôtel Lâ€™Ã©tÃ© Ã\u{A0} lâ€™hÃ´tel", "L’été à l’hôtel L’été à l’hôtel"),
    .init("de", "Größe „Straße“ GrÃ¶ÃŸe â€žStraÃŸeâ€œ", "Größe „Straße“ Größe „Straße“"),
    .init("pt", "Não, irmã, ação NÃ£o, irmÃ£, aÃ§Ã£o", "Não, irmã, ação Não, irmã, ação"),
    .init("ru", "Привет, мир ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€", "Привет, мир Привет, мир"),
    .init("el", "Καλημέρα ÎšÎ±Î»Î·Î¼Î\u{AD}Ï\u{81}Î±", "Καλημέρα Καλημέρα"),
    .init("ja", "日本語「テスト」 æ—¥æœ¬èªžã€Œãƒ†ã‚¹ãƒˆã€\u{8D}", "日本語「テスト」 日本語「テスト」"),
    .init("zh", "中文“引号” ä¸\u{AD}æ–‡â€œå¼•å\u{8F}·â€\u{9D}", "中文“引号” 中文“引号”"),
    .init("pl", "Łódź, żółw Å\u{81}Ã³dÅº, Å¼Ã³Å‚w", "Łódź, żółw Łódź, żółw"),
    .init("vi", "Tiếng Việt Tiáº¿ng Viá»‡t", "Tiếng Việt Tiếng Việt"),
    .init("ar", "مرحبا بالعالم Ù…Ø±Ø\u{AD}Ø¨Ø§ Ø¨Ø§Ù„Ø¹Ø§Ù„Ù…", "مرحبا بالعالم مرحبا بالعالم"),
    .init("emoji", "Party 🎉😀 Party ðŸŽ‰ðŸ˜€", "Party 🎉😀 Party 🎉😀"),
  ]

  let repairer = MojibakeRepairer()

  @Test("Windows-1252 mojibake is repaired", arguments: windows1252)
  func repairsWindows1252(_ repair: Repair) {
    #expect(repaired(repair.found) == Array(repair.expected.unicodeScalars))
  }

  @Test("Latin-1 mojibake is repaired", arguments: latin1)
  func repairsLatin1(_ repair: Repair) {
    #expect(repaired(repair.found) == Array(repair.expected.unicodeScalars))
  }

  @Test("Mac OS Roman mojibake is repaired", arguments: macRoman)
  func repairsMacRoman(_ repair: Repair) {
    #expect(repaired(repair.found) == Array(repair.expected.unicodeScalars))
  }

  @Test("Doubled and tripled mojibake is repaired", arguments: doubled + tripled)
  func repairsLayers(_ repair: Repair) {
    #expect(repaired(repair.found) == Array(repair.expected.unicodeScalars))
  }

  @Test("Mojibake next to correct text is repaired, the correct text kept", arguments: mixed)
  func repairsMixedText(_ repair: Repair) {
    #expect(repaired(repair.found) == Array(repair.expected.unicodeScalars))
  }

  @Test("Hand-picked repairs", arguments: singleCases)
  func repairsSingleCases(_ repair: Repair) {
    #expect(repaired(repair.found) == Array(repair.expected.unicodeScalars))
  }

  @Test("Correct text is left byte-identical", arguments: correctText)
  func leavesCorrectText(_ text: String) {
    #expect(repairer.fixes(in: Array(text.unicodeScalars)) == [])
  }

  @Test(
    "Correct text in every table is left byte-identical",
    arguments: windows1252 + macRoman + doubled + singleCases)
  func leavesExpectedText(_ repair: Repair) {
    #expect(repairer.fixes(in: Array(repair.expected.unicodeScalars)) == [])
  }

  @Test(
    "Repairing is idempotent",
    arguments: windows1252 + latin1 + macRoman + doubled + tripled + mixed + singleCases)
  func isIdempotent(_ repair: Repair) {
    let once = repaired(repair.found)
    #expect(repairer.fixes(in: once) == [])
  }

  @Test(
    "Fixes are sorted, non-overlapping and inside the text",
    arguments: windows1252 + latin1 + doubled + tripled + mixed)
  func fixesAreOrdered(_ repair: Repair) {
    let text = Array(repair.found.unicodeScalars)
    var position = 0
    for fix in repairer.fixes(in: text) {
      #expect(fix.range.lowerBound >= position && fix.range.upperBound <= text.count)
      #expect(!fix.range.isEmpty)
      position = fix.range.upperBound
    }
  }

  @Test("A fix names the scalars it replaces, the encoding and the layers")
  func describesFixes() {
    let text = Array("cafÃ© ok".unicodeScalars)
    #expect(
      repairer.fixes(in: text) == [
        MojibakeFix(range: 3..<5, replacement: ["é"], encoding: .windows1252, layers: 1)
      ])
    let latin1 = repairer.fixes(in: Array("donâ\u{80}\u{99}t".unicodeScalars))
    #expect(latin1.map(\.encoding) == [.latin1])
    #expect(latin1.map(\.replacement) == [["’"]])
    let macRoman = repairer.fixes(in: Array("r√©gime".unicodeScalars))
    #expect(macRoman.map(\.encoding) == [.macRoman])
    let doubled = repairer.fixes(in: Array("ItÃ¢â‚¬â„¢s".unicodeScalars))
    #expect(doubled.map(\.layers) == [2])
    #expect(doubled.map(\.range) == [2..<10])
    let tripled = repairer.fixes(in: Array("doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t".unicodeScalars))
    #expect(tripled.map(\.layers) == [3])
    #expect(tripled.map(\.replacement) == [["’"]])
  }

  @Test(
    "Invisible characters inside a sequence are skipped and dropped",
    arguments: ["\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}"])
  func skipsInvisibles(_ invisible: String) {
    let found = "caf\u{C3}\(invisible)\u{A9} and \u{E2}\u{20AC}\(invisible)\u{2122}"
    let text = Array(found.unicodeScalars)
    let fixes = repairer.fixes(in: text)
    #expect(applying(fixes, to: text) == Array("café and ’".unicodeScalars))
    #expect(fixes.first?.range == 3..<6)
  }

  @Test("A soft hyphen inside a sequence is the byte 0xAD, not an invisible")
  func softHyphenIsAByte() {
    #expect(repaired("tÃ\u{AD}tulo") == Array("título".unicodeScalars))
    #expect(repaired("el lÃ\u{AD}mite") == Array("el límite".unicodeScalars))
  }

  @Test(
    "Text without a possible lead byte returns no fixes",
    arguments: [
      "Plain ASCII text, with punctuation!", "日本語のテキスト", "Привет, мир", "Καλημέρα",
      "שלום עולם", "", "🎉😀👍",
    ])
  func fastPath(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(MojibakeRepairer.nextCandidate(in: scalars, from: 0) == nil)
    #expect(repairer.fixes(in: scalars) == [])
  }

  @Test("Every byte sequence of every encoding round-trips through the tables")
  func tablesRoundTrip() {
    for encoding in [SingleByteEncoding.sloppyWindows1252, .macRoman] {
      let high =
        encoding == .sloppyWindows1252
        ? SingleByteEncoding.windows1252High : SingleByteEncoding.macRomanHigh
      for (offset, value) in high.enumerated() {
        let scalar = Unicode.Scalar(value)
        #expect(scalar.flatMap(encoding.byte(of:)) == UInt8(0x80 + offset))
      }
    }
    // Latin-1: every C1 control reads back as its own byte.
    for value in UInt32(0x80)...0x9F {
      let scalar = Unicode.Scalar(value)
      #expect(scalar.flatMap(SingleByteEncoding.sloppyWindows1252.byte(of:)) == UInt8(value))
    }
  }
}
