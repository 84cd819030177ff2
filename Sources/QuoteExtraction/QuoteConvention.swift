import QuoteICU

/// A language's quotation marks from CLDR through ICU (`ulocdata_getDelimiter`): the primary
/// pair and the alternate (nested) pair, and the tie-breaking roles they imply.
///
/// ```swift
/// let de = QuoteConvention.forLanguage("de")
/// de.primary    // ("„", "“")
/// de.prefersOpening("“", default: true)  // false: in German “ closes
/// ```
///
/// Conventions guide only the marks whose role the context leaves open; marks of every other
/// convention are still found (a German article quoting with « » or "…" extracts too).
struct QuoteConvention: Sendable {
  var language: String
  var primary: (open: String, close: String)
  var alternate: (open: String, close: String)
  /// Scalars whose preferred role this language changes: `true` opens, `false` closes.
  private var preference: [UInt32: Bool] = [:]

  init(language: String, primary: (String, String), alternate: (String, String)) {
    self.language = language
    self.primary = primary
    self.alternate = alternate
    for (o, c) in [alternate, primary] {
      guard let os = o.unicodeScalars.first, let cs = c.unicodeScalars.first else { continue }
      if os == cs {
        preference[os.value] = true
      } else {
        preference[os.value] = true
        preference[cs.value] = false
      }
    }
    // The apostrophe stays a closer/apostrophe first, whatever the nested convention says.
    preference[0x2019] = nil
  }

  /// Whether `scalar` should open when its context allows both roles.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func prefersOpening(_ scalar: Unicode.Scalar, default d: Bool) -> Bool {
    preference.isEmpty ? d : preference[scalar.value] ?? d
  }

  /// The role this language gives `scalar`, if it names one: `true` opens, `false` closes.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func role(of scalar: Unicode.Scalar) -> Bool? {
    preference.isEmpty ? nil : preference[scalar.value]
  }

  /// The convention of `language` (BCP 47; the primary subtag is looked up), cached for the
  /// common languages; English marks when ICU has none.
  ///
  /// - Complexity: O(1) for cached languages; one ICU lookup otherwise.
  static func forLanguage(_ language: String) -> QuoteConvention {
    let primary = String(language.split(separator: "-").first ?? "").lowercased()
    if let c = cached[primary] { return c }
    return load(primary)
  }

  private static let cachedLanguages = [
    "en", "es", "de", "fr", "it", "pt", "pl", "sv", "ru", "ja", "zh", "nl", "da", "nb", "nn", "no",
    "fi", "cs", "sk", "hu", "ro", "uk", "bg", "el", "he", "ar", "fa", "ko", "ca", "tr", "hr", "sr",
    "sl", "lt", "lv", "et", "vi", "id", "ga", "eu", "gl", "is", "sq", "mk", "be", "ka", "hy",
    "und",
  ]

  private static let cached: [String: QuoteConvention] = {
    var d: [String: QuoteConvention] = [:]
    for l in cachedLanguages { d[l] = load(l) }
    return d
  }()

  private static func load(_ language: String) -> QuoteConvention {
    let locale = language == "und" ? "en" : language
    guard let d = try? ICULocaleData.quotationDelimiters(locale: locale), !d.start.isEmpty else {
      return QuoteConvention(language: language, primary: ("“", "”"), alternate: ("‘", "’"))
    }
    return QuoteConvention(
      language: language, primary: (d.start, d.end), alternate: (d.alternateStart, d.alternateEnd))
  }
}
