/// What a quotation is doing in its text.
///
/// ```swift
/// let r = QuoteExtractor().extract(from: #"Cartels are "terrorist" groups, he said."#, language: "en")
/// r.quotes[0].kind  // .scare
/// ```
///
/// The kinds, by the tests the extractor applies:
/// - ``direct``: reported speech, a whole sentence or clause (`"We will win," she said.`).
/// - ``partial``: a quoted fragment inside narration (`said the plan was "not imminent"`).
/// - ``mixed``: a quotation that opens a sentence and runs on as narration
///   (`"We do not agree" with any intervention, she added.`).
/// - ``scare``: a quoted word or short term the writer distances themselves from
///   (`designated as "terrorist" organisations`).
/// - ``headline``: speech quoted in a title, caption or standfirst line.
/// - ``title``: the name of a work (book, film, law), and everything in Chinese 《…》 or 〈…〉.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
  case direct, partial, mixed, scare, headline, title

  /// Whether the kind reports speech: ``direct``, ``mixed`` and ``headline``.
  ///
  /// ```swift
  /// QuoteKind.mixed.isSpeech  // true
  /// ```
  ///
  /// - Complexity: O(1).
  public var isSpeech: Bool { self == .direct || self == .mixed || self == .headline }
}

/// Which part of a document a quotation stands in.
///
/// ```swift
/// let r = QuoteExtractor().extract(from: "News\nExplore\nStar reports 'broken jaw' in loss\n")
/// r.quotes[0].region  // .boilerplate
/// ```
///
/// - ``body``: article text.
/// - ``heading``: a line that does not end a sentence: title, caption, standfirst fragment,
///   crosshead.
/// - ``boilerplate``: related links, "Explore"/"Related"/"Read more" lists, repeated captions,
///   copyright lines: not article text. Quotations here are returned, marked with this region.
public enum QuoteRegion: String, Sendable, Hashable, Codable, CaseIterable {
  case body, heading, boilerplate
}
