extension Attributor {
  /// A quotation without a cue: the next part of the statement before it, or the subject
  /// of the sentence before it.
  func inheritOrFloat(
    _ att: inout Attribution, _ i: Int, _ spans: [QuoteSpan], _ out: inout [Attribution],
    _ previousTop: Int?,
    _ paragraphs: [TokenizedText], _ location: [(paragraph: Int, token: Int)?],
    _ patterns: CuePatterns,
    _ entities: inout EntityTable, _ text: [Unicode.Scalar], _ lastSpeaker: Int?
  ) {
    guard att.sentenceInitial else { return }
    if let prev = previousTop, spans[prev].paragraph == spans[i].paragraph,
      out[prev].sentence >= att.sentence - 1,
      out[prev].entity != nil || out[prev].mention != nil
    {
      att.pattern = .inherited
      att.entity = out[prev].entity
      att.mention = out[prev].mention
      if out[prev].pattern == .quoteThenCue || out[prev].pattern == .inherited {
        att.continues = prev
      }
      return
    }
    guard att.wholeSentence, let loc = location[i] else { return }
    // The subject of the sentence before, in this paragraph or at the end of the last.
    let tt = paragraphs[loc.paragraph]
    let s = tt.sentence(of: loc.token)
    var subject: Mention? = nil
    if s.lowerBound > 0 {
      subject = firstSubject(tt, tt.sentence(of: s.lowerBound - 1), patterns)
    } else if loc.paragraph > 0, let last = paragraphs[loc.paragraph - 1].sentences.last {
      // A paragraph ending with its cue and a colon introduces this one.
      if let (m, cue) = patterns.introduction(in: paragraphs[loc.paragraph - 1], sentence: last) {
        att.pattern = .colon
        att.mention = m
        att.cue = cue
        att.entity = resolve(
          m, &entities, text: text, sentence: att.sentence, outer: nil, lastSpeaker: lastSpeaker)
        return
      }
      subject = firstSubject(paragraphs[loc.paragraph - 1], last, patterns)
    }
    if let m = subject {
      att.pattern = .previousSentence
      att.mention = m
      att.entity = resolve(
        m, &entities, text: text, sentence: att.sentence, outer: nil, lastSpeaker: lastSpeaker)
    } else if let prev = previousTop, spans[i].paragraph - spans[prev].paragraph <= 2,
      out[prev].entity != nil,
      // Dialogue turns without a cue alternate (question, answer): none inherits.
      !(spans[i].family == .dash && spans[prev].family == .dash)
    {
      att.pattern = .inherited
      att.entity = out[prev].entity
      att.mention = out[prev].mention
    }
  }

  /// The first name or pronoun of a sentence that is followed by a verb-like word.
  func firstSubject(_ tt: TokenizedText, _ s: Range<Int>, _ patterns: CuePatterns)
    -> Mention?
  {
    let phrases = patterns.phrases
    var i = s.lowerBound
    while i < s.upperBound, i - s.lowerBound < 12 {
      let t = tt.tokens[i]
      if t.kind == .quote { return nil }
      if phrases.isPronoun(t) {
        return phrases.left(of: i, in: tt.tokens, from: i)
      }
      if phrases.isNameWord(t) {
        var j = i
        while j + 1 < s.upperBound, phrases.isNameWord(tt.tokens[j + 1]) { j += 1 }
        if j + 1 < s.upperBound, tt.tokens[j + 1].kind == .possessive {
          i = j + 2
          continue
        }
        return phrases.right(of: i, in: tt.tokens, to: j + 1)
      }
      i += 1
    }
    return nil
  }
}
