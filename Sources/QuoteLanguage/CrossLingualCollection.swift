/// Quotations in any mix of languages, prepared once for comparison: each one's language
/// (given or identified), its terms, its translations into every other language present
/// (one translator batch per language pair, not per quotation), its dictionary evidence, and
/// term weights from the whole collection. Made by ``CrossLingualScorer/prepare(_:)``.
///
/// ```swift
/// let scorer = CrossLingualScorer()
/// let c = try scorer.prepare([
///   CrossLingualQuote(id: "a", text: "México es un país libre, independiente y soberano.", language: "es"),
///   CrossLingualQuote(id: "b", text: "Mexico is a free, independent and sovereign country."),  // "en"
/// ])
/// c.quotes[1].language              // "en"
/// c.translation(of: 0, into: "en")  // "Mexico is a free country, independent and sovereign"
/// scorer.match(0, 1, in: c).verdict // .same
/// ```
public struct CrossLingualCollection: Sendable {
  /// The quotations, each with its language resolved (`und` when none could be told).
  public let quotes: [CrossLingualQuote]
  /// Problems met while preparing (a language pair no backend translates, a language that
  /// could not be identified); such quotations are still compared, on what they share verbatim.
  public let diagnostics: [String]

  let prepared: [PreparedQuote]
  let vocabulary: CrossLingualVocabulary

  init(
    quotes: [CrossLingualQuote], diagnostics: [String], prepared: [PreparedQuote],
    vocabulary: CrossLingualVocabulary
  ) {
    self.quotes = quotes
    self.diagnostics = diagnostics
    self.prepared = prepared
    self.vocabulary = vocabulary
  }

  /// The number of quotations.
  ///
  /// - Complexity: O(1).
  public var count: Int { quotes.count }

  /// Quotation `index` translated into `language` (nil for its own language or an untranslated
  /// pair).
  ///
  /// - Complexity: O(1).
  public func translation(of index: Int, into language: String) -> String? {
    prepared[index].renderings[language]?.text
  }

  /// The languages present, in order of first appearance.
  ///
  /// - Complexity: O(*n*).
  public var languages: [String] {
    var seen: [String] = []
    for q in quotes where !seen.contains(q.language ?? "und") { seen.append(q.language ?? "und") }
    return seen
  }
}

/// A quotation to compare across languages.
///
/// ```swift
/// let q = CrossLingualQuote(id: "afp-1", text: "That won't happen", language: "en")
/// ```
public struct CrossLingualQuote: Sendable, Hashable, Codable {
  /// The caller's identifier.
  public var id: String
  /// The quotation's text (its content, without the marks).
  public var text: String
  /// BCP 47 language tag; `nil` to identify it from the text.
  public var language: String?

  /// Creates a quotation.
  ///
  /// - Complexity: O(1).
  public init(id: String, text: String, language: String? = nil) {
    self.id = id
    self.text = text
    self.language = language
  }
}

/// A quotation's terms as interned ids, sorted and unique where they are sets.
struct PreparedQuote: Sendable {
  var language: String
  /// Stems of the match key, as a set.
  var terms: [Int32]
  /// The number of words and numbers.
  var length: Int
  /// Lemma stems in its own language (from the analyser; the stems when there is none).
  var lemmas: [Int32]
  var numbers: [Int32]
  var names: [Int32]
  /// Renderings in other languages, by language.
  var renderings: [String: Rendering]
}

/// A quotation rendered in another language.
struct Rendering: Sendable {
  /// The machine translation (empty when only dictionary evidence exists).
  var text: String
  /// Stems of its match key, as a set (empty without a machine translation).
  var terms: [Int32]
  /// For each word of the quotation the dictionary knows: its translations' lemma stems.
  var lexical: [[Int32]]
}
