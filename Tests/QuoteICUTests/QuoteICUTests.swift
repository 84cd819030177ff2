import Testing

@testable import QuoteICU

@Suite("ICU boundary")
struct QuoteICUTests {
  @Test func normalizeForms() throws {
    let decomposed: [UInt16] = [0x65, 0x301]
    #expect(try ICUNormalizer.normalize(decomposed, form: .nfc) == [0xE9])
    #expect(try ICUNormalizer.normalize([0xE9], form: .nfd) == [0x65, 0x301])
    #expect(try ICUNormalizer.normalize(Array("ﬁ".utf16), form: .nfkc) == Array("fi".utf16))
    #expect(try ICUNormalizer.normalize("Straße", form: .nfkcCasefold) == "strasse")
    #expect(try ICUNormalizer.normalize([], form: .nfc) == [])
  }

  @Test func quickCheckAndBoundaries() {
    let text: [UInt16] = Array("abc".utf16) + [0x301]
    let yes = text.withUnsafeBufferPointer { ICUNormalizer.quickCheckYesPrefix($0, form: .nfc) }
    #expect(yes < 4)
    #expect(ICUNormalizer.hasBoundaryBefore("a", form: .nfc))
    #expect(!ICUNormalizer.hasBoundaryBefore("\u{301}", form: .nfc))
  }

  /// The plane's flags in one call agree with ICU asked scalar by scalar, for every form and
  /// every BMP scalar.
  @Test(arguments: ICUNormalizationForm.allCases)
  func planeFlagsAgreeWithSingleCalls(form: ICUNormalizationForm) throws {
    let flags = try ICUNormalizer.planeFlags(form: form)
    #expect(flags.count == 0x10000)
    var disagreements: [UInt32] = []
    for v in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(v) else {
        if flags[Int(v)] != 0 { disagreements.append(v) }
        continue
      }
      let unit = [UInt16(v)]
      let changes = try ICUNormalizer.normalize(unit, form: form) != unit
      let boundary: UInt8 = ICUNormalizer.hasBoundaryBefore(c, form: form) ? 1 : 0
      let expected = boundary | (changes ? 2 : 0)
      if flags[Int(v)] != expected { disagreements.append(v) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    // Spot checks: "A" folds, "é" composes under NFC and decomposes under NFD, a combining acute
    // has no boundary before it.
    #expect(flags[0x41] == (form == .nfkcCasefold ? 3 : 1))
    #expect(flags[0xE9] == (form == .nfd || form == .nfkd ? 3 : 1))
    #expect(flags[0x301] & 1 == 0)
  }

  /// Language tags as datasets write them: ISO 639-2/3 codes, locale IDs, any case, names.
  @Test(arguments: [
    ("spa", "es"), ("eng", "en"), ("fre", "fr"), ("fra", "fr"), ("ger", "de"), ("deu", "de"),
    ("chi", "zh"), ("zho", "zh"), ("por", "pt"), ("cat", "ca"), ("dut", "nl"), ("jpn", "ja"),
    ("en_US", "en-US"), ("es_MX", "es-MX"), ("EN", "en"), ("ES-mx", "es-MX"), ("es-419", "es-419"),
    ("Spanish", "es"), ("español", "es"), ("English", "en"), ("Deutsch", "de"), ("français", "fr"),
    (" es ", "es"), ("es", "es"), ("pt-BR", "pt-BR"), ("zh-Hant-TW", "zh-Hant-TW"),
    ("not a language", "not a language"),
  ])
  func languageTags(_ written: String, _ canonical: String) {
    #expect(ICULanguageTag.canonical(written) == canonical, "\(written)")
  }

  @Test func blankLanguageTagsAreNone() {
    #expect(ICULanguageTag.canonical("") == nil)
    #expect(ICULanguageTag.canonical("  ") == nil)
  }

  /// Tags no locale ID can hold are kept as written, whatever they hold.
  @Test(arguments: [
    String(repeating: "es-", count: 5000) + "MX", String(repeating: "x", count: 200),
    "es\u{0}MX", "🇪🇸", "es--MX", "-", "_", "@calendar=x", "es;DROP TABLE",
  ])
  func hostileLanguageTagsAreKept(_ tag: String) {
    let c = ICULanguageTag.canonical(tag)
    #expect(c != nil)
    #expect(c.map { !$0.isEmpty } == true)
  }

  @Test func caseMapping() throws {
    #expect(try ICUCaseMapping.fold("ΣΊΣΥΦΟΣ Straße") == "σίσυφοσ strasse")
    #expect(try ICUCaseMapping.lowercase("İSTANBUL", locale: "tr") == "istanbul")
    #expect(try ICUCaseMapping.uppercase("istanbul", locale: "tr") == "İSTANBUL")
  }

  @Test func transliteration() throws {
    let t = try ICUTransliterator(id: "Cyrillic-Latin/BGN")
    #expect(t.transform("Москва") == "Moskva")
    #expect(throws: ICUError.self) { try ICUTransliterator(id: "No-Such-Transform") }
    let pooled = try ICUTransliteratorPool.shared.with(id: "Greek-Latin/UNGEGN") { $0.transform("Αθήνα") }
    #expect(pooled.hasPrefix("Ath") && pooled.hasSuffix("na"))
  }

  @Test func wordBreaks() throws {
    let segs = try ICUBreakIterator.segments(Array("It's 25,000 people.".utf16), kind: .word, locale: "en")
    let words = segs.filter { $0.ruleStatus >= 100 }.map { ($0.start, $0.end) }
    #expect(words.map { $0.0 } == [0, 5, 12])
    #expect(try ICUBreakIterator.segments([], kind: .word).isEmpty)
    let sentences = try ICUBreakIterator.segments(Array("One. Two? Three.".utf16), kind: .sentence)
    #expect(sentences.count == 3)
  }

  @Test(arguments: [
    ("de", "„", "“"), ("fr", "«", "»"), ("ja", "「", "」"), ("en", "“", "”"), ("sv", "”", "”"),
  ])
  func quotationDelimiters(locale: String, start: String, end: String) throws {
    let d = try ICULocaleData.quotationDelimiters(locale: locale)
    #expect(d.start == start)
    #expect(d.end == end)
  }

  @Test func scripts() {
    #expect(ICUScript.code(of: "Ж") == "Cyrl")
    #expect(ICUScript.code(of: "a") == "Latn")
    #expect(ICUScript.code(of: "漢") == "Hani")
    #expect(ICUScript.code(of: "1") == "Zyyy")
  }

  @Test func collation() throws {
    let c = try ICUCollator(locale: "es", strength: .primary)
    #expect(c.compare("López", "lopez") == 0)
    #expect(c.compare("a", "b") < 0)
  }

  @Test func codepages() throws {
    let cp1252 = try ICUCodepage.decodeAllBytes(converter: "windows-1252")
    #expect(cp1252[0x80] == "€")
    #expect(cp1252[0x41] == "A")
    let mac = try ICUCodepage.decodeAllBytes(converter: "macintosh")
    #expect(mac[0x8E] == "é")
  }

  @Test func versions() {
    #expect(ICUVersion.icu.hasPrefix("7"))
    #expect(ICUVersion.unicode.split(separator: ".").count >= 2)
  }
}
