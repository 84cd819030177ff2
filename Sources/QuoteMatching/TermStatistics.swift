#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Document frequencies of term classes in the collection being matched: the inverse document
/// frequency (IDF) that weighs each word.
///
/// Weights blend the collection with a prior of ``TermWeighting/pseudoDocuments`` imaginary
/// quotations in which function words (the Snowball stop words of the quote's language, and the
/// English modals the English list leaves out: `must`, `would`, `could`) are common and every
/// other word rare, so that a small collection, even a single pair, still weighs `the` below
/// `sovereignty`; a large one speaks for itself.
///
/// ```swift
/// let m = QuoteMatcher()
/// let quotes = ["That won't happen", "It's not going to happen", "We do not agree"].map { m.analyze($0) }
/// let stats = TermStatistics(quotes)
/// stats.documents  // 3
/// m.match(quotes[0], quotes[1], statistics: stats).verdict  // .same
/// ```
public struct TermStatistics: Sendable {
  /// How many quotations were added.
  public private(set) var documents: Int = 0
  /// Quotations holding each class (``Term/lexeme``).
  private(set) var frequencies: [UInt64: Int32] = [:]

  /// Empty statistics: weights then come from the prior alone.
  ///
  /// - Complexity: O(1).
  public init() {}

  /// Statistics of `quotes`.
  ///
  /// - Complexity: O(*n*) in their total number of words.
  public init(_ quotes: some Sequence<AnalyzedQuote>) {
    for q in quotes { add(q) }
  }

  /// Counts one more quotation.
  ///
  /// - Complexity: O(*k*) in its number of words.
  public mutating func add(_ quote: AnalyzedQuote) {
    documents += 1
    var seen = Set<UInt64>()
    for t in quote.terms where !t.flags.contains(.bracketed) && seen.insert(t.lexeme).inserted {
      frequencies[t.lexeme, default: 0] += 1
    }
  }

  /// The weight of `term` in this collection.
  ///
  /// - Complexity: O(1).
  func weight(of term: Term) -> Float {
    TermWeighting.weight(
      documentFrequency: Int(frequencies[term.lexeme] ?? 0), documents: documents, flags: term.flags)
  }
}

/// How a term's weight follows from its document frequency and its kind.
enum TermWeighting {
  /// The size of the prior collection blended with the real one.
  static let pseudoDocuments = 200.0
  /// A lead-in word (`No,` `Furthermore,`) weighs this share of its IDF.
  static let leadInShare: Float = 0.15

  /// The share of the prior quotations that hold a term of this kind.
  static func prior(_ flags: TermFlags) -> Double {
    if flags.contains(.function) { return 0.4 }
    if flags.contains(.negation) { return 0.05 }
    if flags.contains(.numeric) { return 0.01 }
    return 0.003
  }

  /// `ln((N + N₀ + 1) / (df + N₀·prior + ½))`; 0 for bracketed (editorial) terms.
  ///
  /// - Complexity: O(1).
  static func weight(documentFrequency df: Int, documents n: Int, flags: TermFlags) -> Float {
    if flags.contains(.bracketed) { return 0 }
    let idf = Float(log((Double(n) + pseudoDocuments + 1) / (Double(df) + pseudoDocuments * prior(flags) + 0.5)))
    let w = max(idf, 0.05)
    return flags.contains(.leadIn) ? w * leadInShare : w
  }
}
