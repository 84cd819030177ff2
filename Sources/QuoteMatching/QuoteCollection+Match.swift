extension QuoteCollection {
  /// Compares quotations `i` and `j` of the collection with its own weights, with the
  /// alignment over their texts; nil when the records were not kept.
  ///
  /// ```swift
  /// let c = QuoteCollection(records)
  /// c.match(0, 1)?.verdict  // .same
  /// ```
  ///
  /// - Complexity: O(*m* + *n*) to analyse the two texts again, O(*m* × *n*) to align them.
  public func match(_ i: Int, _ j: Int) -> QuoteMatch? {
    guard let a = analyzed(i), let b = analyzed(j) else { return nil }
    return matcher.match(a, b, weight: weight(of:))
  }

  /// Compares an outside quotation (a search query) with quotation `j`, weighting words by
  /// this collection; nil when the records were not kept.
  ///
  /// - Complexity: O(*m* + *n*) to analyse the target again, O(*m* × *n*) to align.
  public func match(_ query: AnalyzedQuote, _ j: Int) -> QuoteMatch? {
    guard let b = analyzed(j) else { return nil }
    return matcher.match(query, b, weight: weight(of:))
  }

  /// The full analysis of quotation `i` (from its kept record).
  ///
  /// - Complexity: O(*n*) in the length of its text.
  public func analyzed(_ i: Int) -> AnalyzedQuote? {
    guard let r = records?[i] else { return nil }
    return matcher.analyze(r.text, language: r.language)
  }

  /// The weight of a term in this collection (a class it has never seen counts as seen in no
  /// quotation).
  func weight(of term: Term) -> Float {
    weight(lexeme: vocabulary[term.lexeme], flags: term.flags)
  }
}
