import QuoteMatching

extension CrossLingualScorer {
  /// Whether quotations in `language` are also compared through their English translations
  /// when matched with quotations of their own language: not for English, an unknown
  /// language or the `none` backend, and only when the backend translates the language into
  /// English here. See ``CrossLingualClusterer/readsThroughEnglish(_:)``.
  ///
  /// ```swift
  /// CrossLingualScorer().readsThroughEnglish("es")  // true with apertium-eng-spa
  /// ```
  ///
  /// - Complexity: O(number of installed pairs).
  public func readsThroughEnglish(_ language: String) -> Bool {
    let translator = configuration.translator
    return language != CrossLingualClusterer.readingLanguage && language != "und"
      && !(translator is PassthroughTranslator)
      && translator.canTranslate(from: language, to: CrossLingualClusterer.readingLanguage)
  }

  /// The same-language comparisons `own` of `pairs` (from `matcher`'s
  /// ``QuoteMatching/QuoteMatcher/match(pairs:)``), each pair of one language other than
  /// English raised by the comparison of the two texts' English translations
  /// (``QuoteMatching/QuoteMatcher/combine(_:translated:)``, the rule clustering uses), with
  /// those translations. Pairs of two languages, of English, or of a language the backend
  /// does not translate into English, come back as they were, without translations.
  ///
  /// ```swift
  /// let pairs = [QuotePair(id: "1", a: "No debe rebelarse.", b: "No debe ser desafiante.",
  ///                        languageA: "es", languageB: "es")]
  /// let r = try CrossLingualScorer().throughEnglish(pairs, own: QuoteMatcher().match(pairs: pairs),
  ///                                                 matcher: QuoteMatcher())
  /// r[0].translation  // ("It does not have to rebel", "It does not have to be defiant")
  /// ```
  ///
  /// - Throws: ``QuoteLanguageError`` when a backend process fails.
  /// - Complexity: one translation batch per language, then O(*m* × *n*) per pair.
  public func throughEnglish(
    _ pairs: [QuotePair], own: [QuoteMatch], matcher: QuoteMatcher, minimumConfidence: Double = 0.95
  ) throws -> [(match: QuoteMatch, translation: (a: String, b: String)?)] {
    var result: [(match: QuoteMatch, translation: (a: String, b: String)?)] = own.map { ($0, nil) }
    guard pairs.count == own.count else { return result }
    let identifier = configuration.identifier
    var byLanguage: [String: [Int]] = [:]
    for (k, p) in pairs.enumerated() {
      guard
        let la = identifier.language(of: p.a, given: p.languageA, minimumConfidence: minimumConfidence),
        let lb = identifier.language(of: p.b, given: p.languageB, minimumConfidence: minimumConfidence),
        la == lb, readsThroughEnglish(la)
      else { continue }
      byLanguage[la, default: []].append(k)
    }
    let english = CrossLingualClusterer.readingLanguage
    var translatedPairs: [QuotePair] = []
    var positions: [Int] = []
    for language in byLanguage.keys.sorted() {
      guard let members = byLanguage[language] else { continue }
      let texts = try configuration.translator.translate(
        members.flatMap { [pairs[$0].a, pairs[$0].b] }, from: language, to: english)
      for (n, k) in members.enumerated() {
        translatedPairs.append(
          QuotePair(id: pairs[k].id, a: texts[2 * n], b: texts[2 * n + 1], languageA: english, languageB: english))
        positions.append(k)
      }
    }
    if translatedPairs.isEmpty { return result }
    let translated = matcher.match(pairs: translatedPairs)
    for (n, k) in positions.enumerated() {
      result[k] = (matcher.combine(own[k], translated: translated[n]), (translatedPairs[n].a, translatedPairs[n].b))
    }
    return result
  }
}
