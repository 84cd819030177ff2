import QuoteICU

/// Normalizes article text for display or matching, keeping a map back to the original.
///
/// Three profiles, each idempotent, each a superset of the one before:
/// - ``Profile/repair``: undoes damage (mojibake, HTML entities, C1 controls, line breaks,
///   invisible characters, stray spaces) and leaves correct text byte-identical.
/// - ``Profile/display``: repair, then NFC and whitespace cleanup; keeps typography, accents
///   and case.
/// - ``Profile/match``: display, then quotation marks, apostrophes and dashes folded to ASCII,
///   NFKC_Casefold, Latin diacritics removed, then the variant rules: American spelling,
///   contractions expanded, numbers in digits; optionally names keyed and other scripts
///   transliterated.
///
/// ```swift
/// let n = Normalizer(profile: .match)
/// let r = n.normalize("“It’s Ã©tÃ©,” said López")
/// r.text  // "\"it is ete,\" said lopez"
/// r.map.inputRange(forOutput: 0..<1)  // 0..<1: the “
/// ```
///
/// A normalizer is a `Sendable` value: share one across tasks.
public struct Normalizer: Sendable, Hashable {
  /// A preset of ``Options``.
  public enum Profile: String, Sendable, Hashable, CaseIterable, Codable {
    case repair, display, match
  }

  /// The rules a normalizer applies; each can be switched on its own. They always run in the
  /// order listed here.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let htmlEntities = Options(rawValue: 1 << 0)
    public static let mojibake = Options(rawValue: 1 << 1)
    public static let controlCharacters = Options(rawValue: 1 << 2)
    public static let lineBreaks = Options(rawValue: 1 << 3)
    public static let invisibles = Options(rawValue: 1 << 4)
    public static let straySpaces = Options(rawValue: 1 << 5)
    public static let nfc = Options(rawValue: 1 << 6)
    public static let whitespace = Options(rawValue: 1 << 7)
    public static let punctuation = Options(rawValue: 1 << 8)
    public static let nfkcCasefold = Options(rawValue: 1 << 9)
    public static let transliteration = Options(rawValue: 1 << 10)
    public static let diacritics = Options(rawValue: 1 << 11)
    /// British, Canadian and Australian spellings written in the target spelling (American by
    /// default; see ``Normalizer/Variants``): `organisations` → `organizations`. In match keys,
    /// and on the display side when asked for.
    public static let spelling = Options(rawValue: 1 << 12)
    /// Contractions and clitics expanded in match keys: `won't` → `will not`, `del` → `de el`,
    /// `l'État` → `le etat`.
    public static let contractions = Options(rawValue: 1 << 13)
    /// Numbers written one way in match keys: `25,000`, `25.000`, `twenty-five thousand` →
    /// `25000`; `3,5` → `3.5`; `25 per cent` → `25%`; `1er` → `1st`. English dates too, day
    /// first: `Nov. 4, 2025`, `4 November 2025` → `4 november 2025`; and times, `5 p.m.` →
    /// `17:00` (``NormalizationRule/date``).
    public static let numbers = Options(rawValue: 1 << 14)
    /// Names written as their transliteration-variant key in match keys (`Zelenskyy`,
    /// `Selenskyj` → `selenski`); opt-in.
    public static let names = Options(rawValue: 1 << 15)
    /// HTML and XML tags removed, block-level ones made line breaks (`<p>`, `<br>`, `</div>`),
    /// before entities are decoded; opt-in, in no profile (correct text may hold `a < b`).
    /// ``QuoteExtractor`` turns it on for text that looks like HTML.
    public static let markup = Options(rawValue: 1 << 16)
    /// The variant rules, which need the match phase (``spelling`` works without it too).
    public static let variants: Options = [.spelling, .contractions, .numbers, .names]

    /// The `repair` profile.
    public static let repair: Options = [
      .htmlEntities, .mojibake, .controlCharacters, .lineBreaks, .invisibles, .straySpaces,
    ]
    /// The `display` profile.
    public static let display: Options = repair.union([.nfc, .whitespace])
    /// The `match` profile (without transliteration and names, which are opt-in).
    public static let match: Options = display.union([
      .punctuation, .nfkcCasefold, .diacritics, .spelling, .contractions, .numbers,
    ])
  }

  /// A Unicode normalization form, applied alone by ``init(form:)``.
  public enum UnicodeForm: String, Sendable, Hashable, CaseIterable, Codable {
    case nfc, nfd, nfkc, nfkd
    case nfkcCasefold = "nfkc-casefold"

    var icu: ICUNormalizationForm {
      switch self {
      case .nfc: .nfc
      case .nfd: .nfd
      case .nfkc: .nfkc
      case .nfkd: .nfkd
      case .nfkcCasefold: .nfkcCasefold
      }
    }

    var rule: NormalizationRule {
      switch self {
      case .nfc: .nfc
      case .nfd: .nfd
      case .nfkc: .nfkc
      case .nfkd: .nfkd
      case .nfkcCasefold: .nfkcCasefold
      }
    }
  }

  /// The rules this normalizer applies (empty when it applies exactly one ``form``).
  public let options: Options
  /// The steps, worked out once: normalizers are often used for many short texts.
  let plan: NormalizationPlan
  /// The only Unicode form applied, for a normalizer made by ``init(form:)``.
  public let form: UnicodeForm?
  /// The language of the text (BCP 47, read as ICU reads a tag: `tur` is `tr`), when known:
  /// Turkish and Azerbaijani fold `I` to `ı`
  /// and `İ` to `i` under case folding; the variant rules read number words and clitics of
  /// English, Spanish, French and Italian by it (all of them when it is unknown); the mojibake
  /// repair reads the runs that ISO 8859-2 and Windows-1250 read differently in it (`mĂĄs` is
  /// `más` in Spanish, `mås` in Norwegian) where the line's other letters do not tell.
  public let language: String?
  /// The configuration of the variant rules (spelling target, aliases).
  public let variants: Variants

  /// How the variant rules (``Options/spelling``, ``Options/names``…) are configured.
  ///
  /// ```swift
  /// let uk = Normalizer(options: .display.union(.spelling), variants: .init(spelling: .british))
  /// uk.normalize("The color of the organization").text  // "The colour of the organisation"
  /// ```
  ///
  /// - Complexity: O(1) to make; aliases are folded once per normalizer.
  public struct Variants: Sendable, Hashable {
    /// The spelling that English words are written in.
    public enum Spelling: String, Sendable, Hashable, CaseIterable, Codable {
      /// American spelling (`organization`, `color`, `while`): the default match key.
      case american = "us"
      /// British spelling (`organisation`, `colour`) for American words that are not British
      /// words themselves (`license`, a British verb, stays).
      case british = "uk"
    }

    /// The target spelling.
    public var spelling: Spelling
    /// The user's aliases, applied to match keys.
    public var aliases: AliasTable

    public init(spelling: Spelling = .american, aliases: AliasTable = AliasTable()) {
      self.spelling = spelling
      self.aliases = aliases
    }
  }

  /// A normalizer for a profile; `transliterate` adds transliteration of other scripts to Latin
  /// (meaningful for ``Profile/match``).
  ///
  /// - Complexity: O(1).
  public init(
    profile: Profile = .display, transliterate: Bool = false, language: String? = nil,
    variants: Variants = Variants()
  ) {
    var o: Options =
      switch profile {
      case .repair: .repair
      case .display: .display
      case .match: .match
      }
    if transliterate { o.insert(.transliteration) }
    self.init(options: o, language: language, variants: variants)
  }

  /// A normalizer applying exactly `options`.
  ///
  /// - Complexity: O(1).
  public init(options: Options, language: String? = nil, variants: Variants = Variants()) {
    self.init(
      options: options, form: nil, language: language, allowsFusedMatch: true, variants: variants)
  }

  init(
    options: Options, form: UnicodeForm?, language: String?, allowsFusedMatch: Bool,
    variants: Variants = Variants(), allowsVariantWindows: Bool = true
  ) {
    self.options = options
    self.form = form
    let language = language.flatMap(ICULanguageTag.canonical)
    self.language = language
    self.variants = variants
    self.allowsFusedMatch = allowsFusedMatch
    self.allowsVariantWindows = allowsVariantWindows
    self.plan = NormalizationPlan(
      options: options, form: form, language: language, allowsFusedMatch: allowsFusedMatch,
      variants: variants, allowsVariantWindows: allowsVariantWindows)
  }

  /// The same normalizer with the match phase run step by step (tests compare the two).
  var unfused: Normalizer {
    Normalizer(
      options: options, form: form, language: language, allowsFusedMatch: false, variants: variants)
  }

  /// The same normalizer with the variant rules run on whole lines, never on windows around
  /// what the trigger found (``VariantWindows``): the tests and the fuzzers check that the two
  /// give the same text and edits.
  ///
  /// - Complexity: O(1).
  @_spi(Testing) public var unwindowed: Normalizer {
    Normalizer(
      options: options, form: form, language: language, allowsFusedMatch: allowsFusedMatch,
      variants: variants, allowsVariantWindows: false)
  }

  public static func == (a: Normalizer, b: Normalizer) -> Bool {
    a.options == b.options && a.form == b.form && a.language == b.language
      && a.allowsFusedMatch == b.allowsFusedMatch && a.variants == b.variants
      && a.allowsVariantWindows == b.allowsVariantWindows
  }

  public func hash(into h: inout Hasher) {
    h.combine(options)
    h.combine(form)
    h.combine(language)
    h.combine(variants)
  }

  /// A normalizer applying exactly one Unicode normalization form and nothing else.
  ///
  /// ```swift
  /// Normalizer(form: .nfd).normalize("é").text.unicodeScalars.count  // 2
  /// ```
  ///
  /// - Complexity: O(1).
  public init(form: UnicodeForm) {
    self.init(options: [], form: form, language: nil, allowsFusedMatch: true)
  }

  /// Normalizes `text`, line by line.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func normalize(_ text: String) -> NormalizedText {
    var stream = NormalizationStream(normalizer: self)
    var copy = text
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    var edits: [Edit] = []
    copy.withUTF8 { stream.feed(utf8: $0, into: &out, edits: &edits) }
    // No edit, no change (the edits reproduce the output from the input): the text as given,
    // with no String built from the bytes.
    let result = edits.isEmpty ? text : String(decoding: out, as: UTF8.self)
    return NormalizedText(original: text, text: result, map: OffsetMap(edits: edits))
  }

  /// Whether the match phase may run as one fused pass (tests turn this off to compare).
  let allowsFusedMatch: Bool
  /// Whether the variant rules may run on windows of a line (tests turn this off to compare).
  let allowsVariantWindows: Bool

  /// The steps to run, in order.
  var steps: [any NormalizationStep] { plan.steps }
}
