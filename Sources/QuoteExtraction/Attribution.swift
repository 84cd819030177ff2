/// How a quotation's speaker was found.
enum AttributionPattern: Sendable, Hashable {
  /// `"…," she said.` / `"…," said the minister.` / `"…" with any intervention, X added.`
  case quoteThenCue
  /// `She said, "…"` / `X said that "…"` / `dijo el presidente: "…"`
  case cueThenQuote
  /// `X: "…"`
  case colon
  /// `"…" — Name`
  case dash
  /// `"…", according to X` / `según X, "…"`
  case source
  /// The next part of a statement split around its cue, or a quotation that follows one.
  case inherited
  /// A quotation standing alone after a sentence whose subject is the speaker.
  case previousSentence
  case none
}

/// What attribution found for one quotation, and the context kinds are read from.
struct Attribution: Sendable {
  var pattern: AttributionPattern = .none
  var mention: Mention?
  var cue: Range<Int>?
  /// The resolved speaker entity.
  var entity: Int?
  /// An earlier quotation whose statement this one continues.
  var continues: Int?
  /// Only punctuation before the quotation in its sentence.
  var sentenceInitial = false
  /// The quotation is its sentence (punctuation aside).
  var wholeSentence = false
  /// A lowercase word follows the quotation in its sentence.
  var narrationFollows = false
  /// Up to four words before the quotation in its clause, nearest first.
  var before: [WordKey] = []
  /// A punctuation mark (`,` `:`) right before the quotation.
  var punctuationBefore = false
  /// The cue (and speaker) come right after the quotation.
  var cueFollows = false
  /// Nothing but punctuation follows the cue in its sentence (`"…", aseguró.`): a subject
  /// the language dropped, not one the phrase reader missed.
  var cueEndsClause = false
  /// Global sentence number.
  var sentence = 0
}

/// The tokens and sentences of one paragraph (or of a quotation's content, for nested ones).
struct TokenizedText: Sendable {
  var tokens: [Token]
  var sentences: [Range<Int>]
  var sentenceBase: Int

  /// The index of the sentence holding token `i`.
  ///
  /// - Complexity: O(log *s*).
  func sentenceIndex(of i: Int) -> Int {
    var lo = 0
    var hi = sentences.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if sentences[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
    }
    return max(0, lo)
  }

  /// The sentence holding token `i`.
  ///
  /// - Complexity: O(log *s*).
  func sentence(of i: Int) -> Range<Int> {
    sentences.isEmpty ? 0..<tokens.count : sentences[sentenceIndex(of: i)]
  }

  /// The global number of the sentence holding token `i`.
  ///
  /// - Complexity: O(log *s*).
  func sentenceNumber(of i: Int) -> Int { sentenceBase + sentenceIndex(of: i) }

}
