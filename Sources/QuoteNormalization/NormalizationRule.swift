/// The name of the rule that made an ``Edit``, so a user can see why text changed.
///
/// Each rule has a name (`"mojibake"`, `"html-entity"`, `"nfc"`…); an edit produced by several
/// rules touching the same text carries their names joined by `+`, in the order the rules ran
/// (`"mojibake+nfc"`).
///
/// ```swift
/// let r = Normalizer(profile: .repair).normalize("caf&eacute;")
/// r.edits[0].rule == .htmlEntity  // true
/// ```
public struct NormalizationRule: RawRepresentable, Sendable, Hashable, Codable,
  CustomStringConvertible
{
  /// One bit per rule, in pipeline order, so that combining is a union and a combined name
  /// lists its rules in the order they ran. Edits stay plain values (no string per edit).
  let bits: UInt32

  /// Every rule name, by bit.
  static let names = [
    "html-entity", "mojibake", "c1-control", "control", "line-break", "invisible", "stray-space",
    "nfc", "whitespace", "quotation-mark", "dash", "ellipsis", "nfkc-casefold", "transliteration",
    "diacritic", "nfd", "nfkc", "nfkd", "spelling", "contraction", "date", "number", "name", "alias",
    "markup",
  ]

  init(bit: Int) { bits = 1 << UInt32(bit) }
  init(bits: UInt32) { self.bits = bits }

  /// A rule from its name, or a combined rule from names joined by `+`; nil for unknown names.
  public init?(rawValue: String) {
    var b: UInt32 = 0
    for part in rawValue.split(separator: "+") {
      guard let i = Self.names.firstIndex(of: String(part)) else { return nil }
      b |= 1 << UInt32(i)
    }
    guard b != 0 else { return nil }
    bits = b
  }

  /// The rule's name, e.g. `"mojibake"`, or `"mojibake+nfc"` for a combined edit.
  public var rawValue: String {
    if bits & (bits - 1) == 0 { return Self.names[bits.trailingZeroBitCount] }
    return components.map { Self.names[Int($0.bits.trailingZeroBitCount)] }.joined(separator: "+")
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let name = try c.decode(String.self)
    guard let r = NormalizationRule(rawValue: name) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown rule \(name)")
    }
    self = r
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public var description: String { rawValue }

  /// Rules are equal when they name the same rules: compared by their bits, not by building
  /// their names (which `RawRepresentable`'s defaults would do on every comparison).
  ///
  /// - Complexity: O(1).
  public static func == (a: NormalizationRule, b: NormalizationRule) -> Bool { a.bits == b.bits }

  /// Hashes the rule's bits (see ``==(_:_:)``).
  ///
  /// - Complexity: O(1).
  public func hash(into hasher: inout Hasher) { hasher.combine(bits) }

  /// The individual rules of a combined edit, in the order they ran.
  ///
  /// - Complexity: O(1) per rule.
  public var components: [NormalizationRule] {
    var out: [NormalizationRule] = []
    var b = bits
    while b != 0 {
      let i = b.trailingZeroBitCount
      out.append(NormalizationRule(bit: i))
      b &= b - 1
    }
    return out
  }

  /// Combines two rules.
  @inline(__always)
  func combined(with other: NormalizationRule) -> NormalizationRule {
    NormalizationRule(bits: bits | other.bits)
  }

  // Repair
  /// A named, decimal or hexadecimal HTML/XML character reference decoded.
  public static let htmlEntity = NormalizationRule(bit: 0)
  /// UTF-8 that had been decoded as Windows-1252, Latin-1, MacRoman, Windows-1251, -1250,
  /// -1253, -1254 or -1257, codepage 437 or ISO 8859-2, decoded again (a byte a lossy step
  /// replaced becomes one U+FFFD for its sequence).
  public static let mojibake = NormalizationRule(bit: 1)
  /// A lone C1 control (U+0080–U+009F) read as the Windows-1252 character it stands for.
  public static let c1Control = NormalizationRule(bit: 2)
  /// A control character with no meaning in text removed.
  public static let controlCharacter = NormalizationRule(bit: 3)
  /// CRLF, CR, U+2028, U+2029, VT or FF (and NEL where no C1 repair ran first) turned into line
  /// feeds.
  public static let lineBreak = NormalizationRule(bit: 4)
  /// An invisible character (ZWSP, WJ, BOM, soft hyphen, stray joiner or bidi control) removed.
  public static let invisible = NormalizationRule(bit: 5)
  /// A non-ASCII space next to an ordinary space or at a line end removed.
  public static let straySpace = NormalizationRule(bit: 6)
  // Display
  /// Canonical composition.
  public static let nfc = NormalizationRule(bit: 7)
  /// Unicode spaces made ASCII, runs of spaces collapsed, trailing spaces removed.
  public static let whitespace = NormalizationRule(bit: 8)
  // Match
  /// Compatibility composition with case folding.
  public static let nfkcCasefold = NormalizationRule(bit: 12)
  /// A quotation mark, apostrophe, prime, backtick or acute made `"` or `'`.
  public static let quotationMark = NormalizationRule(bit: 9)
  /// A dash made `-`.
  public static let dash = NormalizationRule(bit: 10)
  /// An ellipsis made `...`.
  public static let ellipsis = NormalizationRule(bit: 11)
  /// A diacritic removed from a Latin letter, or ł ø æ œ ß đ þ spelled in ASCII.
  public static let diacritic = NormalizationRule(bit: 14)
  /// Another script written in Latin letters.
  public static let transliteration = NormalizationRule(bit: 13)
  // Exact forms
  /// Canonical decomposition.
  public static let nfd = NormalizationRule(bit: 15)
  /// Compatibility composition.
  public static let nfkc = NormalizationRule(bit: 16)
  /// Compatibility decomposition.
  public static let nfkd = NormalizationRule(bit: 17)
  // Variants (match keys; spelling also on the display side)
  /// A word written in the target spelling (`organisations` → `organizations`).
  public static let spelling = NormalizationRule(bit: 18)
  /// A contraction or clitic expanded (`won't` → `will not`, `del` → `de el`, `l'` → `le `).
  public static let contraction = NormalizationRule(bit: 19)
  /// An English date written day first, month spelled out (`Nov. 4, 2025` → `4 november 2025`), or
  /// a time of day on the 24-hour clock (`5 p.m.` → `17:00`).
  public static let date = NormalizationRule(bit: 20)
  /// A number written one way (`25,000` → `25000`, `twenty-five` → `25`, `25 per cent` → `25%`).
  public static let number = NormalizationRule(bit: 21)
  /// A name written as its transliteration-variant key (`Zelenskyy` → `selenski`).
  public static let name = NormalizationRule(bit: 22)
  /// A user alias replaced by its canonical name (`AMLO` → `andres manuel lopez obrador`).
  public static let alias = NormalizationRule(bit: 23)
  /// An HTML or XML tag removed, a block-level one made a line break (opt-in:
  /// ``Normalizer/Options/markup``).
  public static let markup = NormalizationRule(bit: 24)
}
