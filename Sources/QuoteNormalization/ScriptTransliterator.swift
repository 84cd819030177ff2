import QuoteICU

/// Writes words of non-Latin scripts in Latin letters with ICU's transforms: the BGN/PCGN or
/// UNGEGN romanization where ICU has one for the script (`Москва` → `Moskva`), `Any-Latin`
/// otherwise (`東京` → `dōng jīng`). Each word (a run of letters and marks of one script) is one
/// edit, so offsets stay word-precise. Diacritics the transform adds are folded by the
/// diacritic rule when it runs after this one.
///
/// - Complexity: O(*n*); each distinct script opens its transliterator once per process.
struct ScriptTransliterator: NormalizationStep {
  var triggers: LineFeatures { .aboveLatin }

  /// Case-fold (NFKC_Casefold) what the transform writes, when the pipeline folds case.
  var casefold = false

  /// Preferred transform per ISO 15924 script code.
  static let transforms: [String: String] = [
    "Cyrl": "Cyrillic-Latin/BGN", "Grek": "Greek-Latin/UNGEGN", "Arab": "Arabic-Latin/BGN",
    "Hebr": "Hebrew-Latin/BGN", "Armn": "Armenian-Latin/BGN", "Geor": "Georgian-Latin/BGN",
    "Hang": "Korean-Latin/BGN", "Thaa": "Maldivian-Latin/BGN",
  ]

  func apply(to s: [Unicode.Scalar]) -> StepResult? {
    guard s.contains(where: { $0.value >= 0x370 && !DiacriticFolder.isLatinRange($0.value) })
    else { return nil }
    var rw = ScalarRewriter(s)
    var i = 0
    while i < s.count {
      let c = s[i]
      guard c.value >= 0x370, c.properties.isAlphabetic, !DiacriticFolder.isLatinRange(c.value)
      else { i += 1; continue }
      let script = ICUScript.code(of: c)
      if script == "Latn" || script == "Zyyy" || script == "Zinh" { i += 1; continue }
      var j = i + 1
      while j < s.count, s[j].value >= 0x300,
        s[j].properties.isAlphabetic || s[j].properties.generalCategory == .nonspacingMark
          || s[j].properties.generalCategory == .spacingMark
      {
        let sc = ICUScript.code(of: s[j])
        if sc != script && sc != "Zinh" && !(Self.cjk(sc) && Self.cjk(script)) { break }
        j += 1
      }
      let word = String(String.UnicodeScalarView(s[i..<j]))
      var latin = Self.transliterate(word, script: script)
      if casefold, let folded = try? ICUNormalizer.normalize(latin, form: .nfkcCasefold) {
        latin = folded
      }
      if latin != word { rw.replace(i..<j, with: latin.unicodeScalars, rule: .transliteration) }
      i = j
    }
    return rw.finish()
  }

  static func cjk(_ script: String) -> Bool { ["Hani", "Hira", "Kana", "Hang"].contains(script) }

  static func transliterate(_ word: String, script: String) -> String {
    let pool = ICUTransliteratorPool.shared
    if let id = transforms[script], let r = try? pool.with(id: id, { $0.transform(word) }) {
      return r
    }
    return (try? pool.with(id: "Any-Latin") { $0.transform(word) }) ?? word
  }
}
