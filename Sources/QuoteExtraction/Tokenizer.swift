/// A word, punctuation mark or whole quotation in the narration around quotations.
struct Token: Sendable, Hashable {
  enum Kind: UInt8, Sendable { case word, punctuation, quote, possessive }
  var kind: Kind
  /// Scalar offsets in the text.
  var range: Range<Int>
  /// The word's ``WordKey`` (lowercased); for punctuation the key of its scalar.
  var key: WordKey
  /// The first scalar (the punctuation mark itself for punctuation).
  var first: Unicode.Scalar
  /// A word starting with an uppercase letter.
  var capitalized = false
  /// A word of a script without case (CJK, Arabic, …).
  var caseless = false
  /// For ``Kind/quote``: the quotation's index; for a quotation, also whether its content ends
  /// with sentence-final punctuation.
  var quote = -1
  var endsSentence = false

  var isWord: Bool { kind == .word }

  /// A punctuation token that is `s`.
  @inline(__always)
  func isPunctuation(_ s: Unicode.Scalar) -> Bool { kind == .punctuation && first == s }
}

/// Splits narration into tokens, each quotation standing as one token, and tokens into
/// sentences. Words keep inner apostrophes and hyphens (`don't`, `left-wing`), dotted
/// abbreviations (`U.S.`) and split off possessives (`Trump's`, `Victims'`) and pronouns
/// hyphenated to verbs (`déclare-t-il`). Each CJK character is a word of its own. Words are
/// compared by ``WordKey``: no strings are built.
///
/// ```swift
/// let t = Array(#"Trump's aide said, "No." Then"#.unicodeScalars)
/// Tokenizer(lexicon: nil).tokens(t, 0..<t.count, quotes: [(18..<24, 0, true)]).map(\.kind)
/// // [.word, .possessive, .word, .word, .punctuation, .quote, .word]
/// ```
struct Tokenizer: Sendable {
  var lexicon: CueLexicon?

  /// The tokens of `range`; `quotes` are (range with marks, index, ends a sentence), sorted,
  /// within the range, not overlapping.
  ///
  /// - Complexity: O(*n*) in the length of the range.
  func tokens(_ t: [Unicode.Scalar], _ range: Range<Int>, quotes: [(Range<Int>, Int, Bool)])
    -> [Token]
  {
    var out: [Token] = []
    out.reserveCapacity(range.count / 4)
    var i = range.lowerBound
    var q = 0
    let hi = range.upperBound
    while i < hi {
      if q < quotes.count, i >= quotes[q].0.lowerBound {
        let (r, index, ends) = quotes[q]
        out.append(
          Token(
            kind: .quote, range: r, key: 0, first: t[r.lowerBound], quote: index, endsSentence: ends
          ))
        i = max(i, r.upperBound)
        q += 1
        continue
      }
      let limit = q < quotes.count ? min(hi, quotes[q].0.lowerBound) : hi
      let s = t[i]
      if ScalarClass.isSpace(s) {
        i += 1
        continue
      }
      if ScalarClass.isLetter(s) || ScalarClass.isDigit(s) {
        if ScalarClass.isCJK(s) {
          out.append(
            Token(
              kind: .word, range: i..<(i + 1), key: WordKey.seed.appending(s.value), first: s,
              caseless: true))
          i += 1
          continue
        }
        i = word(t, i, limit, into: &out)
        continue
      }
      out.append(
        Token(
          kind: .punctuation, range: i..<(i + 1), key: WordKey.seed.appending(s.value), first: s))
      i += 1
    }
    return out
  }

  /// Reads one word from `start`, appending it (and a split-off possessive or pronoun).
  private func word(_ t: [Unicode.Scalar], _ start: Int, _ limit: Int, into out: inout [Token])
    -> Int
  {
    var i = start
    var key = WordKey.seed
    var dot = false
    // The last hyphenated segment, for pronouns hyphenated to verbs.
    var segmentStart = -1
    var segmentKey = WordKey.seed
    var beforeSegment = -1
    while i < limit {
      let s = t[i]
      if ScalarClass.isLetter(s) || ScalarClass.isDigit(s) {
        if ScalarClass.isCJK(s) { break }
        key = key.appending(lowercase: s)
        segmentKey = segmentKey.appending(lowercase: s)
        i += 1
        continue
      }
      let nextIsWord =
        i + 1 < limit && (ScalarClass.isLetter(t[i + 1]) || ScalarClass.isDigit(t[i + 1]))
      if (s == "'" || s == "’") && nextIsWord {
        // Possessive 's ends the word; other inner apostrophes stay (don't, O'Brien).
        if (t[i + 1] == "s" || t[i + 1] == "S")
          && (i + 2 >= limit || !ScalarClass.isLetter(t[i + 2]))
        {
          break
        }
        key = key.appending(0x27)
        segmentKey = segmentKey.appending(0x27)
        i += 1
        continue
      }
      if (s == "-" || s == "‐") && nextIsWord {
        key = key.appending(0x2D)
        beforeSegment = segmentStart
        segmentStart = i + 1
        segmentKey = .seed
        i += 1
        continue
      }
      // Dotted abbreviation: U.S., e.g.
      if s == ".", nextIsWord, i + 2 < limit, t[i + 2] == ".", i - start <= 2 {
        key = key.appending(0x2E)
        dot = true
        i += 1
        continue
      }
      if s == ".", dot, i - start <= 6 {
        key = key.appending(0x2E)
        i += 1
      }
      break
    }
    // A title abbreviated with a dot (`Sen.`, `Rep.`, `Mr.`, `Dr.`) keeps it: one word, and no
    // sentence ends there.
    if !dot, i < limit, t[i] == ".", i > start, let lexicon,
      lexicon.contains(.title, key: key.appending(0x2E))
    {
      key = key.appending(0x2E)
      i += 1
    }
    let capitalized = ScalarClass.isUpper(t[start])
    if segmentStart > start, let lexicon, lexicon.contains(.pronoun, key: segmentKey) {
      // déclare-t-il → déclare + il; a-t-elle → a + elle.
      var headEnd = segmentStart - 1
      let tBefore = beforeSegment > start ? beforeSegment : -1
      if tBefore > 0, headEnd - tBefore == 1, t[tBefore] == "t" || t[tBefore] == "T" {
        headEnd = tBefore - 1
      }
      var headKey = WordKey.seed
      for k in start..<headEnd { headKey = headKey.appending(lowercase: t[k]) }
      out.append(
        Token(
          kind: .word, range: start..<headEnd, key: headKey, first: t[start],
          capitalized: capitalized))
      out.append(
        Token(kind: .word, range: segmentStart..<i, key: segmentKey, first: t[segmentStart]))
    } else if let apostrophe = cliticApostrophe(t, start, i) {
      // I've said → I + 've; we'll, they'd: the pronoun stays a pronoun.
      var headKey = WordKey.seed
      for k in start..<apostrophe { headKey = headKey.appending(lowercase: t[k]) }
      var cliticKey = WordKey.seed.appending(0x27)
      for k in (apostrophe + 1)..<i { cliticKey = cliticKey.appending(lowercase: t[k]) }
      out.append(
        Token(
          kind: .word, range: start..<apostrophe, key: headKey, first: t[start],
          capitalized: capitalized))
      out.append(Token(kind: .word, range: apostrophe..<i, key: cliticKey, first: t[apostrophe]))
    } else {
      out.append(
        Token(kind: .word, range: start..<i, key: key, first: t[start], capitalized: capitalized))
    }
    // Possessive: 's / ’s, or an apostrophe after s (Victims').
    if i + 1 < limit, t[i] == "'" || t[i] == "’", t[i + 1] == "s" || t[i + 1] == "S" {
      out.append(Token(kind: .possessive, range: i..<(i + 2), key: Self.possessiveKey, first: t[i]))
      return i + 2
    }
    if i < limit, t[i] == "'" || t[i] == "’", t[i - 1] == "s" || t[i - 1] == "S" {
      out.append(Token(kind: .possessive, range: i..<(i + 1), key: Self.possessiveKey, first: t[i]))
      return i + 1
    }
    return i
  }

  /// The apostrophe of a pronoun with a contracted auxiliary after it (`I've`, `we'll`,
  /// `they'd`): one apostrophe, a pronoun of the lexicon before it and one or two
  /// letters after it; `nil` for any other word (`don't`, `O'Brien`, `l'État`).
  ///
  /// - Complexity: O(*n*) in the length of the word.
  private func cliticApostrophe(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
    guard let lexicon else { return nil }
    guard let a = (start..<end).first(where: { t[$0] == "'" || t[$0] == "’" }), a > start,
      end - a - 1 >= 1, end - a - 1 <= 2,
      !(a + 1..<end).contains(where: { !ScalarClass.isLetter(t[$0]) })
    else { return nil }
    var key = WordKey.seed
    for k in start..<a { key = key.appending(lowercase: t[k]) }
    return lexicon.contains(.pronoun, key: key) ? a : nil
  }

  /// The key of `'s`, for every possessive.
  static let possessiveKey = WordKey.of("'s")

  /// Sentence ranges (token indices): a sentence ends at `. ! ? …` (not after an abbreviation
  /// or an initial, nor before a letter glued to it: `D-N.Y.`) or at a quotation ending one, when
  /// what follows starts a sentence.
  ///
  /// - Complexity: O(*k*) in the number of tokens.
  func sentences(_ tokens: [Token]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for (i, tok) in tokens.enumerated() {
      guard i + 1 < tokens.count else { break }
      let next = tokens[i + 1]
      let startsNext =
        next.kind == .quote || next.capitalized || next.caseless || ScalarClass.isDigit(next.first)
      var ends = false
      if tok.kind == .punctuation, ScalarClass.isTerminal(tok.first) {
        let s = tok.first
        if s == "。" || s == "！" || s == "？" {
          ends = true
        } else if startsNext {
          // Not after an abbreviation, nor inside one (`N.Y.`: a letter glued to the period;
          // `"eth0".Se puede` is a missing space).
          let glued =
            next.isWord && next.range.count == 1 && next.range.lowerBound == tok.range.upperBound
          ends = !(s == "." && ((i > 0 && isAbbreviation(tokens[i - 1])) || glued))
        }
      } else if tok.kind == .quote && tok.endsSentence && startsNext {
        ends = true
      }
      if ends {
        out.append(start..<(i + 1))
        start = i + 1
      }
    }
    if start < tokens.count { out.append(start..<tokens.count) }
    return out
  }

  private func isAbbreviation(_ tok: Token) -> Bool {
    guard tok.isWord else { return false }
    if tok.range.count == 1 && tok.capitalized { return true }
    return lexicon?.contains(.abbreviation, key: tok.key.appending(0x2E)) ?? false
  }
}

extension ScalarClass {
  /// Han ideographs, kana, Hangul syllables: scripts written without spaces between words.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
      return true
    default: return false
    }
  }
}
