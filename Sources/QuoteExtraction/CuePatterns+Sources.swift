extension CuePatterns {
  /// The speaker a source preposition names: `m` itself, or, when `m` is a document or message
  /// someone speaks through (a ``CueLexicon/Category/vehicle``: `a statement`, `un comunicado`)
  /// followed by its author (after a ``CueLexicon/Category/authorLink``: `from`, `issued by`,
  /// `del`), the author: `according to a statement from the ministry` is the ministry's word,
  /// and so is `según un comunicado del Ministerio de Hacienda` (or `selon un communiqué du
  /// ministère`, the link holding the article). A document named without its
  /// author stays the speaker (`according to the report`).
  ///
  /// ```swift
  /// // tokens of `"…", according to a statement from the Interior Ministry.`
  /// author(of: aStatement, in: tokens, to: end).words  // ["interior", "ministry"]
  /// ```
  ///
  /// - Complexity: O(*k*) in the tokens up to the author's phrase.
  func author(of m: Mention, in tokens: [Token], to upper: Int) -> Mention {
    guard m.kind == .description, let first = tokens.firstIndex(where: { $0.range.lowerBound >= m.range.lowerBound })
    else { return m }
    // The last document word of the phrase (`a joint statement issued`: the phrase may run on
    // into the link), then the link right after it.
    var vehicle: Int? = nil
    var i = first
    while i < upper, tokens[i].range.upperBound <= m.range.upperBound {
      if tokens[i].isWord && lexicon.contains(.vehicle, key: tokens[i].key) { vehicle = i }
      i += 1
    }
    guard let v = vehicle, let n = lexicon.match(.authorLink, tokens, at: v + 1, upper: upper) else { return m }
    let k = v + 1
    if let author = phrases.right(of: k + n, in: tokens, to: upper) {
      return author.kind == .pronoun ? m : author
    }
    // A link that holds the article (`du ministère`, `della polizia`): the common noun after
    // it, up to a function word, is the author.
    var words: [Token] = []
    i = k + n
    while i < upper, words.count < 3, tokens[i].isWord, !lexicon.contains(.stopword, key: tokens[i].key) {
      words.append(tokens[i])
      i += 1
    }
    return words.isEmpty ? m : (phrases.build(words, determiner: tokens[k + n - 1]) ?? m)
  }

  /// A colon introduction that does not open with its speaker, but has a cue further back than
  /// the quotation's nearest words: `Tal como comentó Paul Mills-Hicks, director comercial de
  /// Sainsbury's: "…"` (the inverted subject right after the cue), `As the head of the agency
  /// told reporters on Monday in a long briefing: "…"` (the subject before it).
  ///
  /// - Complexity: O(*k*) in the introduction's tokens.
  func cueInIntroduction(_ tt: TokenizedText, _ a: Int, _ colon: Int) -> Found? {
    let tokens = tt.tokens
    var c = colon - 1
    while c >= a, tokens[c].kind != .quote {
      if let cue = cueEnding(at: c, tt, a) {
        let after = phrases.right(of: cue.upperBound, in: tokens, to: colon)
        guard
          let m = after.flatMap({ $0.kind == .pronoun ? nil : $0 })
            ?? phrases.left(of: cue.lowerBound - 1, in: tokens, from: a) ?? subject(before: cue.lowerBound, tt, a)
        else { return nil }
        return Found(pattern: .cueThenQuote, mention: m, cue: span(tokens, cue.lowerBound, cue.upperBound))
      }
      c -= 1
    }
    return nil
  }
}
