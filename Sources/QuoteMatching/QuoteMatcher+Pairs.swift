import QuoteICU
import QuoteNormalization

/// Two quotations to compare.
///
/// ```swift
/// let p = QuotePair(id: "p1", a: "That won't happen", b: "It's not going to happen")
/// ```
public struct QuotePair: Sendable, Hashable {
  /// An identifier for the result.
  public var id: String
  public var a: String
  public var b: String
  /// BCP 47 languages of the two, when known (read as ``QuoteRecord/language`` is).
  public var languageA: String?
  public var languageB: String?

  /// Creates a pair.
  ///
  /// - Complexity: O(1).
  public init(id: String, a: String, b: String, languageA: String? = nil, languageB: String? = nil) {
    self.id = id
    self.a = a
    self.b = b
    self.languageA = languageA.flatMap(ICULanguageTag.canonical)
    self.languageB = languageB.flatMap(ICULanguageTag.canonical)
  }
}

extension QuoteMatcher {
  /// Compares many pairs, weighting words by the IDF of all their texts together (the
  /// collection being matched), on all cores.
  ///
  /// ```swift
  /// let results = QuoteMatcher().match(pairs: [
  ///   QuotePair(id: "1", a: "That won't happen", b: "It's not going to happen"),
  ///   QuotePair(id: "2", a: "That won't happen", b: "We do not agree"),
  /// ])
  /// results.map(\.verdict)  // [.same, .different]
  /// ```
  ///
  /// - Complexity: O(Σ *mᵢ* × *nᵢ*) over the pairs' word counts, divided among the cores.
  public func match(pairs: [QuotePair]) -> [QuoteMatch] {
    let chunks = Parallel.ranges(pairs.count, perCore: 8, minimum: 32)
    let analysed = Parallel.map(chunks: chunks.count) { k in
      pairs[chunks[k]].map { (analyze($0.a, language: $0.languageA), analyze($0.b, language: $0.languageB)) }
    }.flatMap { $0 }
    var statistics = TermStatistics()
    for (a, b) in analysed {
      statistics.add(a)
      statistics.add(b)
    }
    let stats = statistics
    return Parallel.map(chunks: chunks.count) { k in
      chunks[k].map { i in match(analysed[i].0, analysed[i].1, statistics: stats) }
    }.flatMap { $0 }
  }
}
