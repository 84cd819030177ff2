import Foundation
import QuoteICU

/// Identifies the language of an article or a short quotation: by Unicode script first (ICU's
/// script property), then, within Latin and Cyrillic script, by a naive Bayes model of
/// character 1–4-grams and frequent words trained from real text (Debian's handbook, man
/// pages, fortunes and translation catalogues; see `scripts/gen_language_profiles.py`).
///
/// Latin script: en, es, fr, de, it, pt, ca, nl, pl, sv, ro. Cyrillic: ru, uk, bg. By script
/// alone: ja (any kana), zh (Han without kana), ko, el, ar, he, th, hi.
///
/// ```swift
/// let id = LanguageIdentifier()
/// id.identify("Eso no va a ocurrir, dijo la presidenta.").language  // "es"
/// id.identify("That won't happen.").language                       // "en"
/// id.identify("それは起こらない").language                             // "ja"
/// id.identify("Sí", preferring: "es").language                      // "es"
/// ```
///
/// A `Sendable` value: share one across tasks.
public struct LanguageIdentifier: Sendable {
  /// The languages the statistical model may answer (by default every language it has).
  public let candidates: Set<String>

  /// An identifier choosing among `candidates` (BCP 47 primary subtags) for Latin- and
  /// Cyrillic-script text; languages the model lacks are ignored.
  ///
  /// ```swift
  /// let iberian = LanguageIdentifier(candidates: ["es", "pt", "ca"])
  /// ```
  ///
  /// - Complexity: O(1); the model loads on first use (tens of milliseconds).
  public init(candidates: Set<String>? = nil) {
    self.candidates = candidates ?? Set(LanguageProfiles.shared.languages)
  }

  /// The most likely language of `text`.
  ///
  /// - Parameters:
  ///   - text: Any text; marks, digits and punctuation are ignored.
  ///   - preferred: A language to keep when the text hardly tells (a short quote in an article
  ///     of that language): chosen when its likelihood is within a factor e^`margin` of the
  ///     best (e³ by default).
  /// - Returns: The language (`nil` when the text has no letters), its script and confidence.
  /// - Complexity: O(*n*) in the length of the text.
  public func identify(_ text: String, preferring preferred: String? = nil, margin: Float = 3)
    -> LanguageIdentification
  {
    var counts: [String: Int] = [:]
    var words: [String] = []
    // Capitalized words inside a sentence are mostly names (`Trump`, `West Virginia`), which
    // belong to no language: left out when enough other words remain.
    var names: Set<Int> = []
    var current = String.UnicodeScalarView()
    var sentenceStart = true
    func flush() {
      if !current.isEmpty {
        if !sentenceStart, let f = current.first, f.properties.isUppercase { names.insert(words.count) }
        words.append(String(current).lowercased())
        sentenceStart = false
      }
      current = String.UnicodeScalarView()
    }
    for s in text.unicodeScalars {
      if Self.isLetter(s) {
        counts[ICUScript.code(of: s), default: 0] += 1
        current.append(s)
      } else if !s.properties.isDiacritic || current.isEmpty {
        flush()
        if Self.opensSentence(s) { sentenceStart = true }
      }
    }
    flush()
    if !names.isEmpty && words.count - names.count >= Self.wordsWithoutNames {
      words = words.indices.filter { !names.contains($0) }.map { words[$0] }
    }
    guard let (script, _) = Self.dominantScript(counts) else {
      return LanguageIdentification(language: nil, script: "Zyyy", confidence: 0)
    }
    if let fixed = Self.scriptLanguages[script] {
      return LanguageIdentification(language: fixed, script: script, confidence: 1)
    }
    if script == "Hani" || script == "Hira" || script == "Kana" {
      let kana = (counts["Hira"] ?? 0) + (counts["Kana"] ?? 0)
      let lang = kana > 0 ? "ja" : "zh"
      return LanguageIdentification(language: lang, script: script, confidence: kana > 0 ? 1 : 0.9)
    }
    guard script == "Latn" || script == "Cyrl" else {
      return LanguageIdentification(language: nil, script: script, confidence: 0)
    }
    let scriptWords = words.filter { w in
      w.unicodeScalars.contains { ICUScript.code(of: $0) == script }
    }
    return statistical(scriptWords, script: script, preferred: preferred, margin: margin)
  }

  private func statistical(_ words: [String], script: String, preferred: String?, margin: Float)
    -> LanguageIdentification
  {
    let profiles = LanguageProfiles.shared
    let allowed = Self.modelScripts[script] ?? []
    let costs = profiles.costs(words: words)
    var ranked: [(String, Float)] = []
    for (i, lang) in profiles.languages.enumerated()
    where allowed.contains(lang) && candidates.contains(lang) {
      ranked.append((lang, costs[i]))
    }
    ranked.sort { $0.1 < $1.1 }
    guard let best = ranked.first else {
      return LanguageIdentification(language: nil, script: script, confidence: 0)
    }
    var chosen = best
    if let preferred, let p = ranked.first(where: { $0.0 == preferred }), p.1 - best.1 <= margin {
      chosen = p
    }
    // The posterior of the choice against the rest, from the summed costs (nats).
    var z = 0.0
    for (_, c) in ranked { z += Self.exp(Double(chosen.1 - c)) }
    return LanguageIdentification(language: chosen.0, script: script, confidence: 1 / z)
  }

  static func exp(_ x: Double) -> Double { x < -50 ? 0 : Foundation.exp(x) }

  /// Words left when names are set aside, below which they are kept (a short quote may be
  /// mostly names, and a German one capitalizes its nouns).
  static let wordsWithoutNames = 3

  /// Punctuation after which a capital opens a sentence, not a name.
  static func opensSentence(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case ".", "!", "?", ":", ";", "\"", "\u{201C}", "\u{201E}", "\u{AB}", "\u{BB}", "\u{A1}", "\u{BF}", "(", "[", "\n",
      "\u{2014}", "\u{2013}", "\u{2018}", "'":
      return true
    default: return false
    }
  }

  /// Letters (general category L*), the only scalars read.
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }

  /// The script with most letters, counting kana and Han together as one writing system, and
  /// each Han, kana or Hangul syllable as ``syllableWeight`` letters: one stands for a syllable
  /// or a word, where an alphabet needs several (`这个 socket 选项无效` is Chinese
  /// with English terms in it).
  static func dominantScript(_ counts: [String: Int]) -> (String, Int)? {
    var merged = counts
    let cjk = (counts["Hani"] ?? 0) + (counts["Hira"] ?? 0) + (counts["Kana"] ?? 0)
    if cjk > 0 {
      merged["Hira"] = nil
      merged["Kana"] = nil
      merged["Hani"] = cjk * syllableWeight
    }
    if let hangul = counts["Hang"] { merged["Hang"] = hangul * syllableWeight }
    return merged.filter { $0.key != "Zyyy" && $0.key != "Zinh" }.max {
      $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value
    }.map { ($0.key, $0.value) }
  }

  /// How many letters of an alphabet one Han, kana or Hangul character counts as.
  static let syllableWeight = 3

  /// Scripts that name one language.
  static let scriptLanguages: [String: String] = [
    "Hang": "ko", "Grek": "el", "Arab": "ar", "Hebr": "he", "Thai": "th", "Deva": "hi",
    "Geor": "ka", "Armn": "hy",
  ]

  /// Languages of the statistical model by script.
  static let modelScripts: [String: Set<String>] = [
    "Latn": ["en", "es", "fr", "de", "it", "pt", "ca", "nl", "pl", "sv", "ro"],
    "Cyrl": ["ru", "uk", "bg"],
  ]
}

/// What ``LanguageIdentifier`` found.
///
/// ```swift
/// let r = LanguageIdentifier().identify("Wir schaffen das.")
/// r.language    // "de"
/// r.script      // "Latn"
/// r.confidence  // ≈ 1
/// ```
public struct LanguageIdentification: Sendable, Hashable, Codable {
  /// The language (BCP 47 primary subtag), or `nil` when the text has no letters or its
  /// script is not one the identifier knows.
  public var language: String?
  /// The ISO 15924 code of the dominant script (`Latn`, `Cyrl`, `Hani`…; `Zyyy` without
  /// letters).
  public var script: String
  /// The posterior probability of `language` among the candidates (1 when the script decides).
  public var confidence: Double

  /// Creates a result.
  ///
  /// - Complexity: O(1).
  public init(language: String?, script: String, confidence: Double) {
    self.language = language
    self.script = script
    self.confidence = confidence
  }
}
