/// A phrase that may name a speaker: a name, a pronoun or a description.
struct Mention: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case name, pronoun, description }
  var kind: Kind
  /// Scalar range of the whole phrase ("the left-wing Sheinbaum").
  var range: Range<Int>
  /// Keys of the name's words without titles ("claudia sheinbaum"), of the description
  /// without its determiner ("senior official"), or of the pronoun.
  var words: [WordKey]
  /// Scalar range of those words.
  var coreRange: Range<Int>
  var gender: CueLexicon.Gender?
  /// A description introduced by an indefinite determiner ("a senior official").
  var indefinite = false
  /// The description's head is a role noun (leader, official, spokeswoman).
  var isRole = false
  /// Preceded by a title or role word ("President Claudia Sheinbaum").
  var titled = false
}

/// Reads noun phrases from tokens: speaker phrases next to a cue, and names (capitalized
/// words, with lowercase particles between them, titles stripped).
///
/// ```swift
/// // tokens of "the left-wing Sheinbaum added"
/// NounPhrases(lexicon: en, text: t).left(of: 2, in: tokens, from: 0)?.kind  // .name
/// ```
struct NounPhrases: Sendable {
  var lexicon: CueLexicon
  var text: [Unicode.Scalar]

  /// Whether a token can be part of a name: a capitalized word that is not a function word.
  @inline(__always)
  func isNameWord(_ t: Token) -> Bool {
    t.isWord && t.capitalized && !lexicon.contains(.stopword, key: t.key)
      && !lexicon.contains(.pronoun, key: t.key)
      && !lexicon.contains(.source, key: t.key) && !lexicon.contains(.boilerplate, key: t.key)
  }

  @inline(__always)
  func isPronoun(_ t: Token) -> Bool { t.isWord && lexicon.contains(.pronoun, key: t.key) }

  /// Whether `t` may stand between a speaker and a cue (`later`, `has`, adverbs in -ly).
  func isSkippable(_ t: Token) -> Bool {
    guard t.isWord, !t.capitalized else { return false }
    if lexicon.contains(.skip, key: t.key) { return true }
    return hasSuffix(t, lexicon.adverbSuffixes, minimumStem: 3)
  }

  /// Whether the word ends with one of `suffixes` after at least `minimumStem` scalars.
  func hasSuffix(_ t: Token, _ suffixes: [String], minimumStem: Int) -> Bool {
    for suffix in suffixes {
      let n = suffix.unicodeScalars.count
      guard t.range.count >= n + minimumStem else { continue }
      var k = t.range.upperBound - n
      var ok = true
      for c in suffix.unicodeScalars {
        if WordKey.seed.appending(lowercase: text[k]) != WordKey.seed.appending(c.value) {
          ok = false
          break
        }
        k += 1
      }
      if ok { return true }
    }
    return false
  }

  private func pronoun(_ t: Token) -> Mention {
    Mention(
      kind: .pronoun, range: t.range, words: [t.key], coreRange: t.range,
      gender: lexicon.gender(.pronoun, key: t.key))
  }

  /// The phrase ending at token `e` (skipping words allowed before a cue), not reaching before
  /// token `lower`.
  ///
  /// - Complexity: O(*w*) in the words of the phrase.
  func left(of e: Int, in tokens: [Token], from lower: Int) -> Mention? {
    var end = e
    var skipped = 0
    // A word in -ly after a determiner is a noun (`the family`, `an ally`), not an adverb.
    while end >= lower, skipped < 3, isSkippable(tokens[end]), !isPronoun(tokens[end]),
      lexicon.contains(.skip, key: tokens[end].key) || end == lower
        || !lexicon.contains(.determiner, key: tokens[end - 1].key)
    {
      end -= 1
      skipped += 1
    }
    guard end >= lower else { return nil }
    let last = tokens[end]
    if isPronoun(last) { return pronoun(last) }
    if last.caseless && last.isWord { return cjk(endingAt: end, tokens, lower) }
    guard last.isWord, !lexicon.contains(.stopword, key: last.key) else { return nil }
    // Extend left over the phrase: names, particles, adjectives, up to a determiner.
    var start = end
    var k = end - 1
    while k >= lower, end - k < 7 {
      let t = tokens[k]
      if t.kind == .possessive
        || (t.isWord && (isNameWord(t) || !t.capitalized) && !lexicon.contains(.cue, key: t.key)
          && !lexicon.contains(.skip, key: t.key) && !lexicon.contains(.stopword, key: t.key)
          && (isNameWord(t) || !lexicon.contains(.determiner, key: t.key)))
      {
        start = k
        k -= 1
        continue
      }
      if t.isWord, lexicon.contains(.particle, key: t.key), k > lower,
        isNameWord(tokens[k - 1]) || lexicon.contains(.particle, key: tokens[k - 1].key),
        particlesLeadToName(tokens, k, end + 1)
      {
        start = k
        k -= 1
        continue
      }
      break
    }
    // A title that ends inside the run: "la presidente del Consiglio Giorgia Meloni".
    let titled = titleStart(before: start, in: tokens, from: lower)
    if titled < start {
      start = titled
      k = titled - 1
    }
    var determiner: Token? = nil
    if k >= lower, tokens[k].isWord, lexicon.contains(.determiner, key: tokens[k].key) {
      determiner = tokens[k]
    }
    // A possessive determines what it owns (`Mexico's foreign ministry`).
    let possessed = tokens[start...end].contains { $0.kind == .possessive }
    return build(Array(tokens[start...end]), determiner: determiner, determined: possessed)
  }

  /// The phrase starting at token `s`, not reaching token `upper`.
  ///
  /// - Complexity: O(*w*) in the words of the phrase.
  func right(of s: Int, in tokens: [Token], to upper: Int) -> Mention? {
    guard s < upper, tokens[s].isWord else { return nil }
    let first = tokens[s]
    if isPronoun(first) { return pronoun(first) }
    if first.caseless { return cjk(startingAt: s, tokens, upper) }
    var i = s
    var determiner: Token? = nil
    if lexicon.contains(.determiner, key: first.key) {
      determiner = first
      i += 1
    }
    var words: [Token] = []
    var sawName = false
    // Past a possessive (`the minister's`, `Mexico's`) the owned noun follows, as after a
    // determiner.
    var possessed = false
    while i < upper, words.count < 7 {
      let t = tokens[i]
      if t.kind == .possessive, !words.isEmpty, i + 1 < upper, tokens[i + 1].isWord {
        possessed = true
        sawName = false
        i += 1
        continue
      }
      if !sawName, let n = lexicon.match(.title, tokens, at: i, upper: upper), n > 1 {
        words += tokens[i..<(i + n)]
        i += n
        continue
      }
      let stop = lexicon.contains(.stopword, key: t.key)
      let cue = lexicon.contains(.cue, key: t.key)
      if isNameWord(t) {
        sawName = true
      } else if t.isWord && sawName && particlesLeadToName(tokens, i, upper) {
      } else if sawName && !t.capitalized && !t.caseless && isLowercaseRole(t) {
        // A name modifying a role: `an Oregon farmer`, `Obama spokesman Josh Earnest`.
      } else if t.isWord && !t.capitalized && !sawName && (determiner != nil || possessed) && !stop
        && !cue
      {
      } else if t.isWord && !t.capitalized && !t.caseless && !sawName && words.count < 2 && !stop
        && !cue
        && (lexicon.contains(.role, key: t.key) || lookaheadName(tokens, i + 1, upper))
      {
      } else {
        break
      }
      words.append(t)
      i += 1
    }
    // `a source close to`, `una fuente cercana a`: the words after the role, before a function
    // word, begin what qualifies the role.
    if determiner != nil, !sawName, i < upper, tokens[i].isWord,
      lexicon.contains(.stopword, key: tokens[i].key), let last = words.last,
      !isLowercaseRole(last), let r = words.lastIndex(where: isLowercaseRole)
    {
      i -= words.count - r - 1
      words.removeSubrange((r + 1)...)
    }
    guard !words.isEmpty, let m = build(words, determiner: determiner, determined: possessed)
    else { return nil }
    // An apposition names the described: `el secretario de Seguridad, Omar García Harfuch,`
    // (the description's complement, a few words, may come before the comma).
    var comma = i
    while comma < upper, comma - i < 5, tokens[comma].isWord { comma += 1 }
    if m.kind == .description, comma + 1 < upper, tokens[comma].isPunctuation(","),
      isNameWord(tokens[comma + 1]), var name = right(of: comma + 1, in: tokens, to: upper),
      name.kind == .name
    {
      let end = tokens.firstIndex { $0.range.lowerBound >= name.range.upperBound } ?? upper
      if end >= upper || tokens[end].isPunctuation(",") || tokens[end].isPunctuation(".")
        || tokens[end].kind == .quote
      {
        name.range = m.range.lowerBound..<name.range.upperBound
        name.titled = true
        name.gender = name.gender ?? m.gender
        return name
      }
    }
    return m
  }

  /// Whether a name word follows within two lowercase words.
  private func lookaheadName(_ tokens: [Token], _ i: Int, _ upper: Int) -> Bool {
    var k = i
    while k < upper, k - i < 2 {
      if isNameWord(tokens[k]) { return true }
      if !tokens[k].isWord || tokens[k].capitalized
        || lexicon.contains(.stopword, key: tokens[k].key)
      {
        return false
      }
      k += 1
    }
    return false
  }

  /// Whether a particle run starting at `i` ("de la", "van der") is followed by a name word.
  func particlesLeadToName(_ tokens: [Token], _ i: Int, _ upper: Int) -> Bool {
    var k = i
    while k < upper, k - i < 3, tokens[k].isWord, lexicon.contains(.particle, key: tokens[k].key) {
      k += 1
    }
    return k > i && k < upper && isNameWord(tokens[k])
  }

  /// The length of a title or role starting at word `i` of `words`.
  private func titleLength(_ words: [Token], at i: Int) -> Int? {
    if let n = lexicon.match(.title, words, at: i) ?? lexicon.match(.role, words, at: i) {
      return n
    }
    return isCompoundRole(words[i]) ? 1 : nil
  }

  /// Whether `t` is a role or title word written in lower case (`farmer`, `spokesman`).
  func isLowercaseRole(_ t: Token) -> Bool {
    t.isWord && (lexicon.contains(.role, key: t.key) || lexicon.contains(.title, key: t.key)
      || isCompoundRole(t))
  }

  /// "SPD-Politiker", "Oppositionsführer": a hyphenated or closed compound ending in a role.
  func isCompoundRole(_ t: Token) -> Bool {
    guard t.isWord, t.range.count >= 7 else { return false }
    if !lexicon.roleSuffixes.isEmpty, hasSuffix(t, lexicon.roleSuffixes, minimumStem: 3) {
      return true
    }
    var k = t.range.upperBound - 1
    while k > t.range.lowerBound, text[k] != "-" { k -= 1 }
    guard k > t.range.lowerBound else { return false }
    var key = WordKey.seed
    for j in (k + 1)..<t.range.upperBound { key = key.appending(lowercase: text[j]) }
    return lexicon.contains(.role, key: key) || lexicon.contains(.title, key: key)
  }

  /// A name, or else a description, from the words of a phrase.
  func build(_ all: [Token], determiner: Token?, determined: Bool = false) -> Mention? {
    let words = all.filter { $0.isWord }
    guard let lastWord = words.last, let firstToken = all.first else { return nil }
    let start = determiner?.range.lowerBound ?? firstToken.range.lowerBound
    let range = start..<lastWord.range.upperBound
    // The name: the capitalized run at the end, after the last title or role.
    var runStart = words.count
    while runStart > 0,
      isNameWord(words[runStart - 1])
        || (lexicon.contains(.particle, key: words[runStart - 1].key) && runStart < words.count)
    {
      runStart -= 1
    }
    var nameStart = runStart
    var titleGender: CueLexicon.Gender? = nil
    var titled = false
    var roleAtEnd = false
    // An organization keeps its title words (`the Justice Department`).
    let organization =
      runStart < words.count && lastWord.capitalized
      && lexicon.contains(.organization, key: lastWord.key)
    var i = organization ? words.count : 0
    while i < words.count {
      guard let n = titleLength(words, at: i) else {
        i += 1
        continue
      }
      // A title or role ending the phrase is its head ("der Kanzler", "le chef de l'État")
      // unless a name came before it ("Juan Fuente").
      let atEnd = i + n == words.count
      if atEnd && words[i].capitalized
        && words[..<i].contains(where: { isNameWord($0) && titleLength([$0], at: 0) == nil })
      {
        break
      }
      titled = true
      let keys = words[i..<(i + n)].map(\.key)
      titleGender = lexicon.gender(.title, keys) ?? lexicon.gender(.role, keys) ?? titleGender
      nameStart = max(nameStart, i + n)
      roleAtEnd = atEnd
      i += n
    }
    while nameStart < words.count, lexicon.contains(.particle, key: words[nameStart].key) {
      nameStart += 1
    }
    // A capitalized word glued before a given name and a surname is the title's complement or
    // an affiliation, not part of the name: `PiS Jarosław Kaczyński`, `России Дмитрий Песков`.
    if words.count - nameStart >= 3, lexicon.gender(.given, key: words[nameStart].key) == nil,
      lexicon.gender(.given, key: words[nameStart + 1].key) != nil,
      isNameWord(words[nameStart + 1])
    {
      nameStart += 1
    }
    if nameStart < words.count, isNameWord(words[nameStart]) {
      let name = Array(words[nameStart...])
      return Mention(
        kind: .name, range: range, words: name.map(\.key),
        coreRange: name[0].range.lowerBound..<lastWord.range.upperBound, gender: titleGender,
        titled: titled)
    }
    // A description: "a senior official", "the Mexican leader", "der Minister".
    let isRole = roleAtEnd || lexicon.contains(.role, key: lastWord.key) || isCompoundRole(lastWord)
    guard determiner != nil || determined || isRole else { return nil }
    let indefinite = determiner.map { lexicon.isIndefinite($0.key) } ?? false
    return Mention(
      kind: .description, range: range, words: words.map(\.key),
      coreRange: words[0].range.lowerBound..<lastWord.range.upperBound,
      gender: titleGender ?? lexicon.gender(.role, key: lastWord.key), indefinite: indefinite,
      isRole: isRole)
  }

}
