/// One word (or multiword) of a text as ``LexiconTranslator`` found it: its lemma, its part of
/// speech, and every translation the bilingual dictionary gives.
///
/// ```swift
/// let u = LexicalUnit.parse("^decir<vblex><ifi><p3><pl>/say<vblex><ifi>/tell<vblex><ifi>$")[0]
/// u.lemma         // "decir"
/// u.partOfSpeech  // "vblex"
/// u.translations  // ["say", "tell"]
/// u.isKnown       // true
/// ```
public struct LexicalUnit: Sendable, Hashable, Codable {
  /// The lemma as the analyser gives it (case kept: names are capitalised); for an unknown
  /// word, the word itself.
  public var lemma: String
  /// The first tag (`n`, `vblex`, `np`, `num`, `sent`…), empty for unknown words.
  public var partOfSpeech: String
  /// The target-language lemmas, deduplicated, in the dictionary's order; empty when the
  /// dictionary lacks the word.
  public var translations: [String]
  /// Whether the analyser knew the word.
  public var isKnown: Bool

  /// Creates a unit.
  ///
  /// - Complexity: O(1).
  public init(lemma: String, partOfSpeech: String, translations: [String], isKnown: Bool) {
    self.lemma = lemma
    self.partOfSpeech = partOfSpeech
    self.translations = translations
    self.isKnown = isKnown
  }

  /// Whether the unit is punctuation (Apertium's `sent`, `cm`, `lpar`… tags).
  public var isPunctuation: Bool {
    ["sent", "cm", "lpar", "rpar", "lquot", "rquot", "apos", "guio", "percent"].contains(
      partOfSpeech)
  }

  /// The units of one text in the output stream of `lt-proc -b` (`^src<tags>/tgt<tags>/…$`,
  /// with `\` escapes); text between units (blanks) is skipped.
  ///
  /// - Complexity: O(*n*) in the length of the stream.
  public static func parse(_ stream: String) -> [LexicalUnit] {
    // On UTF-8 bytes: every delimiter is ASCII, and a field becomes a String once.
    var units: [LexicalUnit] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var inside = false
    var escaped = false
    for c in stream.utf8 {
      if escaped {
        if inside { field.append(c) }
        escaped = false
        continue
      }
      switch c {
      case UInt8(ascii: "\\"): escaped = true
      case UInt8(ascii: "^") where !inside:
        inside = true
        fields.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)
      case UInt8(ascii: "/") where inside:
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
      case UInt8(ascii: "$") where inside:
        fields.append(String(decoding: field, as: UTF8.self))
        inside = false
        if let u = unit(fields) { units.append(u) }
      default:
        if inside { field.append(c) }
      }
    }
    return units
  }

  /// A unit from its fields: the source analysis, then the translations.
  static func unit(_ fields: [String]) -> LexicalUnit? {
    guard let first = fields.first, !first.isEmpty else { return nil }
    let unknown = first.hasPrefix("*")
    let (lemma, tag) = split(unknown ? String(first.dropFirst()) : first)
    guard !lemma.isEmpty else { return nil }
    var translations: [String] = []
    for f in fields.dropFirst() where !f.hasPrefix("@") && !f.hasPrefix("*") && !f.hasPrefix("#") {
      let (t, _) = split(f)
      if !t.isEmpty && !translations.contains(t) { translations.append(t) }
    }
    return LexicalUnit(
      lemma: lemma, partOfSpeech: tag, translations: translations, isKnown: !unknown)
  }

  /// The lemma of an analysis (tags removed, a multiword's `#` queue joined: `take<vblex># off`
  /// → `take off`) and its first tag.
  static func split(_ analysis: String) -> (String, String) {
    var lemma: [UInt8] = []
    var tag: [UInt8] = []
    var firstTag: String?
    var inTag = false
    for c in analysis.utf8 {
      switch c {
      case UInt8(ascii: "<"):
        inTag = true
        tag.removeAll(keepingCapacity: true)
      case UInt8(ascii: ">"):
        inTag = false
        if firstTag == nil { firstTag = String(decoding: tag, as: UTF8.self) }
      case UInt8(ascii: "#") where !inTag: continue
      default:
        if inTag { tag.append(c) } else { lemma.append(c) }
      }
    }
    let text = String(decoding: lemma, as: UTF8.self)
    let clean =
      text.contains(" ")
      ? text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") : text
    return (clean, firstTag ?? "")
  }
}
