/// The attribution patterns, read over the tokens of a sentence around one quotation token:
/// quote-then-cue (`"…," she said` / `"…," said X` / `"…" with …, X added`), cue-then-quote
/// (`X said, "…"`, `X said that "…"`, participles such as `stating, "…"` with the subject found
/// further left), sources (`according to X`, `según X`), colon introductions (`X: "…"`) and
/// dashes (`"…" — X`). Every word comes from the lexicon: the patterns hold for any language
/// whose cues precede or follow the quotation.
///
/// ```swift
/// // tokens of: "That won't happen," Sheinbaum told reporters.
/// CuePatterns(lexicon: en).find(in: tokenized, quoteAt: 0, commaLike: true).pattern  // .quoteThenCue
/// ```
struct CuePatterns: Sendable {
  let lexicon: CueLexicon
  let text: [Unicode.Scalar]
  /// Lowercased words of the document's multi-word names, to tell a name opening a sentence
  /// from a capitalized verb.
  var knownNames: Set<WordKey> = []
  var phrases: NounPhrases { NounPhrases(lexicon: lexicon, text: text) }

  /// The attribution of the quotation at token `p`; `commaLike` tells whether its content
  /// ends with `, ! ? …` (a quotation that hands over to its cue).
  ///
  /// - Complexity: O(*w*) in the words of the sentence.
  func find(in tt: TokenizedText, quoteAt p: Int, commaLike: Bool) -> Attribution {
    let tokens = tt.tokens
    let s = tt.sentence(of: p)
    let a = s.lowerBound
    let b = s.upperBound
    var r = Attribution()
    r.sentence = tt.sentenceNumber(of: p)
    // Looks are bounded: a sentence of hundreds of tokens (a list, code) stays linear.
    r.sentenceInitial = p - a <= 40 && !tokens[a..<p].contains { $0.isWord }
    r.wholeSentence =
      r.sentenceInitial && b - p <= 40
      && !tokens[(p + 1)..<b].contains { $0.isWord || $0.kind == .quote }
    if p + 1 < b, tokens[p + 1].isWord, !tokens[p + 1].capitalized, !tokens[p + 1].caseless {
      r.narrationFollows = true
    }
    r.punctuationBefore = p > a && tokens[p - 1].kind == .punctuation
    var k = p - 1
    while k >= a, r.before.count < 4 {
      let t = tokens[k]
      if t.isWord || t.kind == .possessive {
        r.before.append(t.key)
      } else if !t.isPunctuation(",") || !r.before.isEmpty {
        break
      }
      k -= 1
    }
    let cueNext = p + 1 < b && lexicon.match(.cue, tt.tokens, at: p + 1) != nil
    if r.sentenceInitial || commaLike || cueNext, let found = after(tt, p, b) {
      found.apply(to: &r)
      r.cueFollows = true
      return r
    }
    if let found = before(tt, p, a) {
      found.apply(to: &r)
      return r
    }
    if r.sentenceInitial, let found = mixedTail(tt, p, b) {
      found.apply(to: &r)
    }
    return r
  }

  struct Found {
    var pattern: AttributionPattern
    var mention: Mention?
    var cue: Range<Int>?
    var cueEndsClause = false
    func apply(to r: inout Attribution) {
      r.pattern = pattern
      r.mention = mention
      r.cue = cue
      r.cueEndsClause = cueEndsClause
    }
  }

  func isComma(_ t: Token) -> Bool {
    t.kind == .punctuation && ScalarClass.isClausePunctuation(t.first) && !isColon(t)
  }

  func isColon(_ t: Token) -> Bool {
    t.kind == .punctuation && (t.first == ":" || t.first == "：")
  }

  func isDash(_ t: Token) -> Bool { t.kind == .punctuation && ScalarClass.isDash(t.first) }

  func span(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Range<Int> {
    tokens[lo].range.lowerBound..<tokens[hi - 1].range.upperBound
  }

  /// Patterns after the quotation.
  private func after(_ tt: TokenizedText, _ p: Int, _ b: Int) -> Found? {
    let tokens = tt.tokens
    var j = p + 1
    while j < b,
      isComma(tokens[j])
        || (isDash(tokens[j]) && j + 1 < b && lexicon.match(.cue, tt.tokens, at: j + 1) != nil)
    {
      j += 1
    }
    guard j < b else { return nil }
    if isDash(tokens[j]), let m = phrases.right(of: j + 1, in: tokens, to: b), m.kind != .pronoun {
      return Found(pattern: .dash, mention: m, cue: tokens[j].range)
    }
    if let n = lexicon.match(.source, tt.tokens, at: j),
      let m = phrases.right(of: j + n, in: tokens, to: b)
    {
      return Found(pattern: .source, mention: author(of: m, in: tokens, to: b), cue: span(tokens, j, j + n))
    }
    // An auxiliary or adverb may open the inverted cue: `», ha commentato Elly Schlein`,
    // `», a ensuite tranché Marine Le Pen` (the lexicon holds the participles).
    var at = j
    while at + 1 < b, at - j < 2, tokens[at].isWord, lexicon.match(.cue, tt.tokens, at: at) == nil,
      lexicon.contains(.skip, key: tokens[at].key), !lexicon.contains(.pronoun, key: tokens[at].key)
    {
      at += 1
    }
    if let n = lexicon.match(.cue, tt.tokens, at: at) {
      let n = at - j + n
      // Inverted: "…," said the minister. Japanese: X は「…」と述べた (the topic before).
      var m = phrases.right(of: j + n, in: tokens, to: b)
      // `», escribió en X el expresidente`, `», dijo a EFE la portavoz`: past a short phrase.
      if m == nil, let k = pastPrepositionalPhrase(at: j + n, tokens, b) {
        m = phrases.right(of: k, in: tokens, to: b).flatMap { $0.kind == .pronoun ? nil : $0 }
      }
      if m == nil {
        let a = tt.sentence(of: p).lowerBound
        var k = p - 1
        while k >= a, !lexicon.contains(.topicParticle, key: tokens[k].key) { k -= 1 }
        if k >= a { m = phrases.left(of: k, in: tokens, from: a) }
      }
      let ends = j + n >= b || tokens[j + n].kind == .punctuation
      return Found(
        pattern: .quoteThenCue, mention: m, cue: span(tokens, j, j + n), cueEndsClause: ends)
    }
    // "…," she said / Sheinbaum told reporters / the left-wing Sheinbaum added / X zufolge /
    // « … », a-t-il déclaré (the auxiliary before the pronoun skipped).
    var np = j
    while np + 1 < b, tokens[np].isWord, lexicon.contains(.skip, key: tokens[np].key),
      !lexicon.contains(.pronoun, key: tokens[np].key)
    {
      np += 1
    }
    var c = np + 1
    while c < min(b, j + 10) {
      if tokens[c].kind != .word {
        if tokens[c].kind == .quote || tokens[c].isPunctuation(".") { break }
        c += 1
        continue
      }
      let n = lexicon.match(.cue, tt.tokens, at: c) ?? lexicon.match(.postSource, tt.tokens, at: c)
      // `the mother of three said`: what ends the subject is no phrase of its own.
      if let n, phrases.left(of: c - 1, in: tokens, from: j) == nil,
        let head = headBefore(c, from: np, tokens)
      {
        return Found(pattern: .quoteThenCue, mention: head, cue: span(tokens, c, c + n))
      }
      if let n, let m = phrases.left(of: c - 1, in: tokens, from: j) {
        if m.range.lowerBound == tokens[np].range.lowerBound {
          return Found(pattern: .quoteThenCue, mention: m, cue: span(tokens, c, c + n))
        }
        if let head = headBefore(m, from: np, to: c, tokens) {
          return Found(pattern: .quoteThenCue, mention: head, cue: span(tokens, c, c + n))
        }
      }
      c += 1
    }
    return relativeClauseThenCue(tt, np, b)
  }

  /// "…," the spokesperson, who asked not to be named, said: a phrase, a clause set off by
  /// commas (one of a few words), then the cue.
  private func relativeClauseThenCue(_ tt: TokenizedText, _ np: Int, _ b: Int) -> Found? {
    let tokens = tt.tokens
    // Words, possessives and punctuation inside a word (`Ocasio-Cortez`).
    func inWord(_ k: Int) -> Bool {
      k > np && k + 1 < b && tokens[k - 1].range.upperBound == tokens[k].range.lowerBound
        && tokens[k].range.upperBound == tokens[k + 1].range.lowerBound && tokens[k + 1].isWord
    }
    var comma = np
    while comma < min(b, np + 8),
      tokens[comma].isWord || tokens[comma].kind == .possessive || inWord(comma)
    {
      comma += 1
    }
    guard comma > np, comma < b, tokens[comma].isPunctuation(","),
      var m = phrases.right(of: np, in: tokens, to: comma),
      m.range.upperBound == tokens[comma - 1].range.upperBound, m.kind != .pronoun
    else { return nil }
    // `the minister's spokeswoman, Ana Torres, said`: the apposition names the described.
    if m.kind == .description, let named = phrases.right(of: np, in: tokens, to: b),
      named.kind == .name, named.range.lowerBound == m.range.lowerBound
    {
      m = named
    }
    var k = comma + 1
    while k < min(b, comma + 14) {
      let t = tokens[k]
      // A period glued to what follows is an abbreviation's (`D-N.Y.,`), not the sentence's.
      let glued = k + 1 < b && tokens[k + 1].range.lowerBound == t.range.upperBound
      if t.kind == .quote || (t.isPunctuation(".") && !glued) { return nil }
      if t.isPunctuation(","), k + 1 < b, let n = lexicon.match(.cue, tt.tokens, at: k + 1) {
        return Found(pattern: .quoteThenCue, mention: m, cue: span(tokens, k + 1, k + 1 + n))
      }
      k += 1
    }
    return nil
  }

  /// "…" with any intervention, the left-wing Sheinbaum added: the cue further on, its
  /// speaker set off by a comma.
  private func mixedTail(_ tt: TokenizedText, _ p: Int, _ b: Int) -> Found? {
    let tokens = tt.tokens
    for c in (p + 1)..<min(b, p + 40) where tokens[c].isWord {
      guard let n = lexicon.match(.cue, tt.tokens, at: c) else { continue }
      guard let m = phrases.left(of: c - 1, in: tokens, from: p + 1) else { return nil }
      let i = tokens.firstIndex { $0.range.lowerBound == m.range.lowerBound } ?? 0
      if i > 0, tokens[i - 1].isPunctuation(",") {
        return Found(pattern: .quoteThenCue, mention: m, cue: span(tokens, c, c + n))
      }
      return nil
    }
    return nil
  }

  /// Patterns before the quotation.
  private func before(_ tt: TokenizedText, _ p: Int, _ a: Int) -> Found? {
    let tokens = tt.tokens
    var k = p - 1
    var colon: Int? = nil
    while k >= a, tokens[k].kind == .punctuation,
      isComma(tokens[k]) || isColon(tokens[k]) || isDash(tokens[k])
    {
      if isColon(tokens[k]) { colon = k }
      k -= 1
    }
    if k >= a, lexicon.contains(.complementizer, key: tokens[k].key) { k -= 1 }
    // The nearest cue within a few words, not across another quotation.
    var c = k
    while c >= a, k - c < 8, tokens[c].kind != .quote {
      if let cue = cueEnding(at: c, tt, a) {
        // `He was told, "…"`: spoken to, by someone unnamed (`she was saying` is no passive).
        if cue.lowerBound > a, lexicon.contains(.passive, key: tokens[cue.lowerBound - 1].key),
          !phrases.hasSuffix(tokens[cue.lowerBound], ["ing"], minimumStem: 2)
        {
          return Found(pattern: .cueThenQuote, mention: nil, cue: span(tokens, cue.lowerBound, cue.upperBound))
        }
        let left = phrases.left(of: cue.lowerBound - 1, in: tokens, from: a).map {
          subjectHead($0, tokens, from: a)
        }
        let before = left ?? subject(before: cue.lowerBound, tt, a)
        // Inverted: said Trump: "…" / dijo el presidente: "…". With nothing between the
        // phrase and the quotation, a speaker before the cue comes first: in `Schumer saying
        // the vote "buys us time"`, `Ce dernier a jugé la situation « préoccupante »` the
        // phrase after the cue is what the quotation is about.
        let punctuated = k < p - 1 || lexicon.splitsCharacters
        // A name right before the cue is its subject, the phrase after it the object: `Trump
        // warns Mexico: "…"` is Trump's.
        if c < k, left?.kind != .name || lexicon.splitsCharacters,
          let m = phrases.right(of: c + 1, in: tokens, to: k + 1),
          m.range.upperBound == tokens[k].range.upperBound,
          m.kind != .pronoun || tokens[c + 1].kind == .word,
          punctuated || before == nil
        {
          return Found(
            pattern: .cueThenQuote, mention: m, cue: span(tokens, cue.lowerBound, cue.upperBound))
        }
        let m = before
        return Found(
          pattern: .cueThenQuote, mention: m, cue: span(tokens, cue.lowerBound, cue.upperBound))
      }
      c -= 1
    }
    // According to X, "…"
    var i = max(a, p - 40)
    while i < p {
      if let n = lexicon.match(.source, tt.tokens, at: i),
        let m = phrases.right(of: i + n, in: tokens, to: p)
      {
        return Found(pattern: .source, mention: author(of: m, in: tokens, to: p), cue: span(tokens, i, i + n))
      }
      i += 1
    }
    if let colon {
      if let m = phrases.right(of: a, in: tokens, to: colon) {
        return Found(pattern: .colon, mention: m, cue: tokens[colon].range)
      }
      if let found = cueInIntroduction(tt, a, colon) { return found }
      return Found(pattern: .colon, mention: nil, cue: tokens[colon].range)
    }
    // Headlines in Chinese and Japanese set the speaker right before the quotation: 首相「…」
    if lexicon.splitsCharacters, p > a, tokens[p - 1].isWord, tokens[p - 1].caseless,
      let m = phrases.left(of: p - 1, in: tokens, from: a)
    {
      return Found(pattern: .colon, mention: m, cue: nil)
    }
    // A fragment further into a sentence whose cue came earlier: X has said that … "…".
    c = k - 8
    while c >= max(a, k - 40) {
      if tokens[c].kind == .quote { break }
      if let cue = cueEnding(at: c, tt, a) {
        let m =
          phrases.left(of: cue.lowerBound - 1, in: tokens, from: a)
          ?? subject(before: cue.lowerBound, tt, a)
        return Found(
          pattern: .cueThenQuote, mention: m, cue: span(tokens, cue.lowerBound, cue.upperBound))
      }
      c -= 1
    }
    return nil
  }

}
