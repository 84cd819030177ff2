/// Finds each quotation's speaker and cue: tokenizes every paragraph (quotations as single
/// tokens), collects the document's names, applies ``CuePatterns`` to each quotation (and,
/// for nested ones, to its parent's words), resolves pronouns and descriptions through the
/// ``EntityTable``, and gives a quotation without a cue the speaker of the one before it (the
/// second part of a statement split around its cue) or of the sentence before it.
///
/// ```swift
/// let a = Attributor(lexicon: CueLexicon.builtIn("en")!)
/// let result = a.attribute(text, layout: layout, spans: spans)
/// result.attributions[0].entity.map { result.entities.entities[$0].display }  // "Claudia Sheinbaum"
/// ```
struct Attributor: Sendable {
  let lexicon: CueLexicon

  struct Output: Sendable {
    var attributions: [Attribution]
    var entities: EntityTable
    var text: [Unicode.Scalar]
    /// The speaker's display name for an entity, canonical form.
    func name(_ e: Int?) -> String? { e.map { entities.display(entities.canonical($0), in: text) } }
    /// Whether an entity is known by a description only (`the spokeswoman`), not a name.
    func isDescription(_ e: Int?) -> Bool {
      e.map { entities.entities[entities.canonical($0)].description } ?? false
    }
  }

  /// Attributes every span.
  ///
  /// - Complexity: O(*n*) in the length of the text, plus O(*q* · *s*) for *q* quotations
  ///   and *s* sentences considered for pronouns.
  func attribute(_ text: [Unicode.Scalar], layout: TextLayout, spans: [QuoteSpan]) -> Output {
    let tokenizer = Tokenizer(lexicon: lexicon)
    let phrases = NounPhrases(lexicon: lexicon, text: text)
    var patterns = CuePatterns(lexicon: lexicon, text: text)
    var entities = EntityTable(lexicon: lexicon)
    var paragraphs: [TokenizedText] = []
    var location = [(paragraph: Int, token: Int)?](repeating: nil, count: spans.count)
    var byParagraph: [Int: [Int]] = [:]
    for (i, s) in spans.enumerated() where s.depth == 0 {
      byParagraph[s.paragraph, default: []].append(i)
    }
    var sentenceBase = 0
    // Names and pronoun context come from the paragraphs around quotations and from the
    // opening ones (headline, lede); the others of a long text are not read.
    var near = Set(0..<min(6, layout.paragraphs.count))
    for p in byParagraph.keys { near.formUnion(max(0, p - 3)...(p + 1)) }
    for (pi, range) in layout.paragraphs.enumerated() {
      guard near.contains(pi) else {
        paragraphs.append(TokenizedText(tokens: [], sentences: [], sentenceBase: sentenceBase))
        sentenceBase += 1
        continue
      }
      let quotes = (byParagraph[pi] ?? []).map {
        (Self.outer(spans[$0]), $0, Self.endsSentence(spans[$0], text))
      }
      let tokens = tokenizer.tokens(text, range, quotes: quotes)
      let sentences = tokenizer.sentences(tokens)
      for (ti, t) in tokens.enumerated() where t.kind == .quote { location[t.quote] = (pi, ti) }
      entities.collect(
        tokens, sentences: sentences, sentenceBase: sentenceBase, text: text, phrases: phrases)
      paragraphs.append(
        TokenizedText(tokens: tokens, sentences: sentences, sentenceBase: sentenceBase))
      sentenceBase += max(1, sentences.count)
    }
    entities.link()
    patterns.knownNames = Set(entities.entities.filter { $0.words.count > 1 }.flatMap(\.words))

    var childrenOf: [Int: [Int]] = [:]
    for (i, s) in spans.enumerated() {
      if let p = s.parent { childrenOf[p, default: []].append(i) }
    }
    var out = [Attribution](repeating: Attribution(), count: spans.count)
    var inner: [Int: TokenizedText] = [:]
    var lastSpeaker: Int? = nil
    var previousTop: Int? = nil
    for (i, span) in spans.enumerated() {
      let commaLike = Self.handsOver(span, text)
      var att: Attribution
      if span.depth == 0, let loc = location[i] {
        att = patterns.find(in: paragraphs[loc.paragraph], quoteAt: loc.token, commaLike: commaLike)
      } else if let parent = span.parent {
        if inner[parent] == nil {
          let children = childrenOf[parent] ?? []
          let quotes = children.map {
            (Self.outer(spans[$0]), $0, Self.endsSentence(spans[$0], text))
          }
          let tokens = tokenizer.tokens(text, spans[parent].content, quotes: quotes)
          inner[parent] = TokenizedText(
            tokens: tokens, sentences: tokenizer.sentences(tokens),
            sentenceBase: out[parent].sentence)
        }
        guard let tt = inner[parent], let ti = tt.tokens.firstIndex(where: { $0.quote == i }) else {
          continue
        }
        att = patterns.find(in: tt, quoteAt: ti, commaLike: commaLike)
        att.sentence = out[parent].sentence
      } else {
        continue
      }
      let outerSpeaker = span.parent.flatMap { out[$0].entity }
      if let m = att.mention {
        att.entity = resolve(
          m, &entities, text: text, sentence: att.sentence, outer: outerSpeaker,
          lastSpeaker: lastSpeaker)
      }
      // A cue without a subject (`"Seguiremos trabajando", aseguró.`: Spanish, Italian,
      // Portuguese drop it) speaks for the speaker of the quotation just before.
      if span.depth == 0, att.pattern == .quoteThenCue, att.mention == nil, att.cueEndsClause,
        let prev = previousTop,
        spans[i].paragraph - spans[prev].paragraph <= 1, out[prev].entity != nil
      {
        att.entity = out[prev].entity
        att.mention = out[prev].mention
      }
      if span.depth == 0 && att.pattern == .none {
        inheritOrFloat(
          &att, i, spans, &out, previousTop, paragraphs, location, patterns, &entities, text,
          lastSpeaker)
      }
      // "…," the official said, adding: "…": a cue without a subject after a quotation of the
      // same sentence speaks for that quotation's speaker.
      if span.depth == 0, att.mention == nil, att.cue != nil, att.pattern == .cueThenQuote,
        let prev = previousTop, out[prev].sentence == att.sentence, out[prev].mention != nil
      {
        att.entity = out[prev].entity
        att.mention = out[prev].mention
      }
      // "…," he said, "…": the cue between two quotations of one sentence serves both.
      if span.depth == 0, let prev = previousTop, let cue = att.cue, out[prev].cue == cue,
        spans[prev].paragraph == span.paragraph
      {
        att.continues = prev
        att.entity = out[prev].entity ?? att.entity
        if att.mention == nil { att.mention = out[prev].mention }
      }
      // Doubled marks (“"…"”): a nested quotation that is its parent's whole content.
      if let parent = span.parent, att.pattern == .none, Self.outer(span) == spans[parent].content {
        att.entity = out[parent].entity
        att.mention = out[parent].mention
        att.pattern = .inherited
      }
      if span.statement != i, att.entity == nil {
        att.entity = out[span.statement].entity
        att.mention = out[span.statement].mention
      }
      out[i] = att
      if span.depth == 0 {
        previousTop = i
        if att.entity != nil { lastSpeaker = att.entity }
      }
    }
    // A statement over several paragraphs often names its speaker only after the last part.
    for i in spans.indices where spans[i].statement != i {
      let first = spans[i].statement
      if out[first].entity == nil, let e = out[i].entity {
        out[first].entity = e
        out[first].mention = out[i].mention
        out[first].cue = out[first].cue ?? out[i].cue
      }
    }
    return Output(attributions: out, entities: entities, text: text)
  }

  /// The entity a speaker mention stands for.
  func resolve(
    _ m: Mention, _ entities: inout EntityTable, text: [Unicode.Scalar], sentence: Int, outer: Int?,
    lastSpeaker: Int?
  ) -> Int? {
    switch m.kind {
    case .name:
      let found = entities.entity(for: m)
      let e = entities.canonical(found)
      entities.noteSpeaker(e, gender: nil, sentence: sentence, position: m.range.lowerBound)
      return e
    case .pronoun:
      switch m.gender {
      case .firstPerson: return outer
      case .masculine, .feminine:
        guard
          let e = entities.resolve(
            gender: m.gender, sentence: sentence, position: m.range.lowerBound,
            lastSpeaker: lastSpeaker)
        else { return nil }
        entities.noteSpeaker(e, gender: m.gender, sentence: sentence, position: m.range.lowerBound)
        return e
      case .neuter:
        // `"…," the Red Cross said. "…," it added.`: the organization that just spoke.
        guard let ls = lastSpeaker, entities.isOrganizationLike(ls),
          let spoke = entities.lastSpoken(ls), sentence - spoke <= 2
        else { return nil }
        entities.noteSpeaker(ls, gender: nil, sentence: sentence, position: m.range.lowerBound)
        return ls
      default: return nil
      }
    case .description:
      if !m.indefinite, let head = m.words.last, let e = entities.describedEntity(head: head) {
        return e
      }
      if m.isRole, !m.indefinite, m.gender != .plural,
        let e = entities.resolve(
          gender: m.gender, sentence: sentence, position: m.range.lowerBound,
          lastSpeaker: lastSpeaker, titledOnly: true, role: entities.reading(of: m, text))
      {
        entities.noteSpeaker(e, gender: m.gender, sentence: sentence, position: m.range.lowerBound)
        return e
      }
      return entities.describe(m)
    }
  }

  /// The quotation with its marks.
  static func outer(_ s: QuoteSpan) -> Range<Int> {
    (s.open?.lowerBound ?? s.content.lowerBound)..<(s.close?.upperBound ?? s.content.upperBound)
  }

  /// The content ends with sentence-final punctuation (`."`, `?”`).
  static func endsSentence(_ s: QuoteSpan, _ t: [Unicode.Scalar]) -> Bool {
    guard !s.content.isEmpty else { return false }
    let last = t[s.content.upperBound - 1]
    if ScalarClass.isTerminal(last) { return true }
    // A nested quotation closing at the very end: "… ‘…!’"
    if let m = QuotationMark.info(for: last), m.canClose, s.content.count > 1 {
      return ScalarClass.isTerminal(t[s.content.upperBound - 2])
    }
    return false
  }

  /// The content ends with `, ! ? …` or `;`, handing over to a cue.
  static func handsOver(_ s: QuoteSpan, _ t: [Unicode.Scalar]) -> Bool {
    guard !s.content.isEmpty else { return false }
    var k = s.content.upperBound - 1
    if let m = QuotationMark.info(for: t[k]), m.canClose, k > s.content.lowerBound { k -= 1 }
    let last = t[k]
    return last == "," || last == "!" || last == "?" || last == "…" || last == "、" || last == "，"
      || last == ";"
      || (last == "." && k >= 2 && t[k - 1] == "." && t[k - 2] == ".")
  }
}
