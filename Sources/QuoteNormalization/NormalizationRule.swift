/// The name of the rule that made an ``Edit``, so a user can see why text changed.
///
/// Rules are an open set of names (`"mojibake"`, `"html-entity"`, `"nfc"`…); an edit produced
/// by several rules touching the same text carries their names joined by `+`
/// (`"mojibake+nfc"`).
///
/// ```swift
/// let r = Normalizer(profile: .repair).normalize("caf&eacute;")
/// r.edits[0].rule == .htmlEntity  // true
/// ```
public struct NormalizationRule: RawRepresentable, Sendable, Hashable, Codable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public var description: String { rawValue }

  /// The individual rules of a combined edit, in the order they ran.
  ///
  /// - Complexity: O(*n*) in the length of the name.
  public var components: [NormalizationRule] {
    rawValue.split(separator: "+").map { NormalizationRule(rawValue: String($0)) }
  }

  /// Combines two rules, keeping each name once.
  func combined(with other: NormalizationRule) -> NormalizationRule {
    var names = components
    for c in other.components where !names.contains(c) { names.append(c) }
    return NormalizationRule(rawValue: names.map(\.rawValue).joined(separator: "+"))
  }

  // Repair
  /// A named, decimal or hexadecimal HTML/XML character reference decoded.
  public static let htmlEntity: Self = "html-entity"
  /// UTF-8 that had been decoded as Windows-1252, Latin-1 or MacRoman, decoded again.
  public static let mojibake: Self = "mojibake"
  /// A lone C1 control (U+0080–U+009F) read as the Windows-1252 character it stands for.
  public static let c1Control: Self = "c1-control"
  /// A control character with no meaning in text removed.
  public static let controlCharacter: Self = "control"
  /// CRLF, CR, U+2028, U+2029, NEL, VT or FF turned into line feeds.
  public static let lineBreak: Self = "line-break"
  /// An invisible character (ZWSP, WJ, BOM, soft hyphen, stray joiner or bidi control) removed.
  public static let invisible: Self = "invisible"
  /// A non-ASCII space next to an ordinary space or at a line end removed.
  public static let straySpace: Self = "stray-space"
  // Display
  /// Canonical composition.
  public static let nfc: Self = "nfc"
  /// Unicode spaces made ASCII, runs of spaces collapsed, trailing spaces removed.
  public static let whitespace: Self = "whitespace"
  // Match
  /// Compatibility composition with case folding.
  public static let nfkcCasefold: Self = "nfkc-casefold"
  /// A quotation mark, apostrophe, prime, backtick or acute made `"` or `'`.
  public static let quotationMark: Self = "quotation-mark"
  /// A dash made `-`.
  public static let dash: Self = "dash"
  /// An ellipsis made `...`.
  public static let ellipsis: Self = "ellipsis"
  /// A diacritic removed from a Latin letter, or ł ø æ œ ß đ þ spelled in ASCII.
  public static let diacritic: Self = "diacritic"
  /// Another script written in Latin letters.
  public static let transliteration: Self = "transliteration"
  // Exact forms
  /// Canonical decomposition.
  public static let nfd: Self = "nfd"
  /// Compatibility composition.
  public static let nfkc: Self = "nfkc"
  /// Compatibility decomposition.
  public static let nfkd: Self = "nfkd"
}
