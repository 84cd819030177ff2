extension CuePatterns {
  /// The speaker and cue of a sentence that introduces the next paragraph's quotation with a
  /// colon: `The minister told reporters on Monday:` / `El ministro respondió:`.
  ///
  /// - Complexity: O(*w*) in the words of the sentence.
  func introduction(in tt: TokenizedText, sentence s: Range<Int>) -> (Mention, Range<Int>)? {
    let tokens = tt.tokens
    guard s.upperBound > s.lowerBound, isColon(tokens[s.upperBound - 1]) else { return nil }
    let k = s.upperBound - 2
    var c = k
    while c >= s.lowerBound, k - c < 8, tokens[c].kind != .quote {
      if let cue = cueEnding(at: c, tt, s.lowerBound) {
        guard
          let m = phrases.left(of: cue.lowerBound - 1, in: tokens, from: s.lowerBound).map({
            subjectHead($0, tokens, from: s.lowerBound)
          }) ?? subject(before: cue.lowerBound, tt, s.lowerBound)
        else { return nil }
        return (m, span(tokens, cue.lowerBound, cue.upperBound))
      }
      c -= 1
    }
    return nil
  }

  /// Token indices of a cue phrase ending at token `c`.
  func cueEnding(at c: Int, _ tt: TokenizedText, _ a: Int) -> Range<Int>? {
    guard tt.tokens[c].isWord else { return nil }
    for n in stride(from: 4, through: 1, by: -1) {
      let s = c - n + 1
      if s >= a, lexicon.match(.cue, tt.tokens, at: s) == n { return s..<(c + 1) }
    }
    return nil
  }

  /// The nearest subject-like phrase before token `e`: a pronoun, or a name that is not a
  /// possessive and not governed by a preposition; not across a quotation longer than a few
  /// words.
  func subject(before e: Int, _ tt: TokenizedText, _ a: Int) -> Mention? {
    let tokens = tt.tokens
    var i = e - 1
    while i >= a {
      let t = tokens[i]
      // A short quotation inside the clause (`accused him of 'dithering', saying: '…'`) is
      // narration's word; a longer one has a speaker of its own.
      if t.kind == .quote {
        if t.range.count > 32 || lexicon.splitsCharacters { return nil }
        i -= 1
        continue
      }
      if t.isWord, lexicon.contains(.pronoun, key: t.key) {
        return phrases.left(of: i, in: tokens, from: i)
      }
      if phrases.isNameWord(t), !(i + 1 < tokens.count && tokens[i + 1].kind == .possessive) {
        var start = i
        while start > a, phrases.isNameWord(tokens[start - 1]) { start -= 1 }
        // A title reaching into the run (`Secretary of State Marco Rubio, speaking …, said`),
        // and the capitalized words before it (`Conservative leader Kemi Badenoch`).
        let titled = phrases.titleStart(before: start, in: tokens, from: a)
        var head = start
        if titled < start {
          head = titled
          while head > a, phrases.isNameWord(tokens[head - 1]) { head -= 1 }
        }
        let prev = head > a ? tokens[head - 1] : nil
        // A capitalized word opening the sentence is a name only if the document knows it.
        if start == a && i == start && !knownNames.contains(t.key)
          && lexicon.gender(.given, key: t.key) == nil
        {
          i = start - 1
          continue
        }
        let free =
          prev.map { p in
            p.kind == .punctuation || lexicon.contains(.determiner, key: p.key)
              || lexicon.contains(.conjunction, key: p.key)
              || lexicon.contains(.complementizer, key: p.key)
              // A role before the name: `Conservative leader Kemi Badenoch`.
              || lexicon.contains(.role, key: p.key) || lexicon.contains(.title, key: p.key)
          } ?? true
        // A name modifying a role: `A White House official, speaking …, said`.
        if free, i + 1 < e, !tokens[i + 1].capitalized, phrases.isLowercaseRole(tokens[i + 1]),
          let p = prev, lexicon.contains(.determiner, key: p.key),
          let m = phrases.right(of: head - 1, in: tokens, to: i + 2)
        {
          return m
        }
        if free,
          let m = phrases.right(of: min(start, titled), in: tokens, to: i + 1)
            ?? phrases.left(of: i, in: tokens, from: a)
        {
          return m
        }
        i = start - 1
        continue
      }
      i -= 1
    }
    return nil
  }

  /// The head of a subject that a prepositional phrase ends, `m` being that phrase's object:
  /// `a source close to Jones`, `a resident in Phoenix`, `a spokesman for the ministry` speak,
  /// not `Jones`, `Phoenix` or `the ministry`. The head is a phrase starting at token `np`,
  /// joined to `m` by at most three lower-case words, the last a function word (`to`, `in`,
  /// `for`); the longest such phrase ending in a name or a role (`a source`, not `a source
  /// close`), else the longest; `m` when the head is a document someone speaks through (`a
  /// statement from the ministry`); `nil` when there is none.
  ///
  /// - Complexity: O(*w*²) in the words between `np` and `m` (a few).
  func headBefore(_ m: Mention, from np: Int, to c: Int, _ tokens: [Token]) -> Mention? {
    guard m.kind != .pronoun, !speaksThrough(m) else { return nil }
    var fallback: Mention? = nil
    var limit = c
    while limit > np + 1 {
      defer { limit -= 1 }
      guard let head = phrases.right(of: np, in: tokens, to: limit), head.kind != .pronoun,
        head.range.upperBound < m.range.lowerBound, joins(head, to: m, np, c, tokens)
      else { continue }
      // `a statement from the ministry said`: the ministry speaks.
      if speaksThrough(head) { return m }
      if head.kind == .name || head.isRole { return head }
      if fallback == nil { fallback = head }
    }
    return fallback
  }

  /// The head of a subject ending in a phrase that is no mention of its own (`the mother of
  /// three`, `a man in his forties`): a phrase from token `np` that is a name, a role or has a
  /// determiner, then one to three lower-case words up to the cue at `c`, the first a
  /// function word and none a cue.
  ///
  /// - Complexity: O(*w*) in the words before the cue.
  func headBefore(_ c: Int, from np: Int, _ tokens: [Token]) -> Mention? {
    var k = c - 1
    while k > np, c - k <= 3, tokens[k].isWord, !tokens[k].capitalized, !tokens[k].caseless,
      !lexicon.contains(.cue, key: tokens[k].key)
    {
      if lexicon.contains(.stopword, key: tokens[k].key),
        let head = phrases.right(of: np, in: tokens, to: k), head.kind != .pronoun,
        head.range.upperBound == tokens[k - 1].range.upperBound, !speaksThrough(head)
      {
        return head
      }
      k -= 1
    }
    return nil
  }

  /// ``headBefore(_:from:to:_:)`` for a subject read leftwards from its cue: when `m`, the
  /// phrase right before the cue, is the object of a phrase ending the subject (`A spokesman
  /// for the ministry told reporters:`, `Officials in Phoenix said`), the phrase before the
  /// joining words; `m` itself otherwise.
  ///
  /// - Complexity: O(*w*) in the words of the subject.
  func subjectHead(_ m: Mention, _ tokens: [Token], from a: Int) -> Mention {
    guard m.kind != .pronoun, !speaksThrough(m),
      let start = tokens.firstIndex(where: { $0.range.lowerBound >= m.range.lowerBound })
    else { return m }
    guard start - 1 >= a, lexicon.contains(.stopword, key: tokens[start - 1].key) else { return m }
    // `k + 1 ..< start`: the joining words (one to three, the last a function word), the
    // fewest after which a name or a role ends.
    var k = start - 1
    while k > a, start - k <= 3, tokens[k].isWord, !tokens[k].capitalized, !tokens[k].caseless,
      !lexicon.contains(.cue, key: tokens[k].key)
    {
      if let head = phrases.left(of: k - 1, in: tokens, from: a), head.kind != .pronoun,
        !speaksThrough(head), head.kind == .name || head.isRole
      {
        return head
      }
      k -= 1
    }
    return m
  }

  /// Whether `m` names a document or message someone speaks through (`a statement`): its
  /// object is then the speaker (``author(of:in:to:)``).
  private func speaksThrough(_ m: Mention) -> Bool {
    m.kind == .description && m.words.contains { lexicon.contains(.vehicle, key: $0) }
  }

  /// Whether the words between `head` and `m` are at most three lower-case words, the last a
  /// function word and none a cue.
  private func joins(_ head: Mention, to m: Mention, _ np: Int, _ c: Int, _ tokens: [Token])
    -> Bool
  {
    var k = np
    while k < c, tokens[k].range.lowerBound < head.range.upperBound { k += 1 }
    var joining: [Token] = []
    while k < c, tokens[k].range.lowerBound < m.range.lowerBound {
      let t = tokens[k]
      guard t.isWord, !t.capitalized, !t.caseless, joining.count < 3,
        !lexicon.contains(.cue, key: t.key)
      else { return false }
      joining.append(t)
      k += 1
    }
    return joining.last.map { lexicon.contains(.stopword, key: $0.key) } ?? false
  }

  /// The token after a prepositional phrase starting at `k` (a function word, then a phrase:
  /// `en X`, `a EFE`, `a los periodistas`), when a word follows it before `b`; `nil` otherwise.
  ///
  /// - Complexity: O(*w*) in the words of the phrase.
  func pastPrepositionalPhrase(at k: Int, _ tokens: [Token], _ b: Int) -> Int? {
    guard k + 1 < b, tokens[k].isWord, !tokens[k].capitalized,
      lexicon.contains(.stopword, key: tokens[k].key),
      !lexicon.contains(.determiner, key: tokens[k].key), !lexicon.contains(.cue, key: tokens[k].key),
      let object = phrases.right(of: k + 1, in: tokens, to: b), object.kind != .pronoun
    else { return nil }
    var next = k + 1
    while next < b, tokens[next].range.lowerBound < object.range.upperBound { next += 1 }
    guard next < b, tokens[next].isWord else { return nil }
    return next
  }
}
