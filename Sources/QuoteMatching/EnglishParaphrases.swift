/// The English paraphrases that matter in quotes, applied to terms so that `That won't happen`,
/// `This will not happen`, `It won't happen` and `It's not going to happen` give one sequence:
/// `it will not happen`.
///
/// - Contractions, where the match key still has them (variant folding expands them in the
///   key itself; these rules then find nothing to do): `won't` → `will not`, `can't` →
///   `can not`, *aux*`n't` → *aux* `not`, `'ll` → `will`, `'re` → `are`, `'ve` → `have`,
///   `'m` → `am`, `'d` → `would`, `'s` → `is` after a pronoun (`let's` → `let us`; any other
///   `'s` is a possessive, matched by its base word), and `cannot` → `can not`.
/// - Future: `shall` → `will`; `am`/`is`/`are` [`not`] `going to` *verb* → `will` [`not`]
///   *verb* (`gonna` is `going to`), also opening a quotation without its be-verb (`"not going
///   to happen"`); not before a determiner or pronoun (`going to the
///   border` is a journey).
/// - Subject pronoun: `that` and `this` opening a clause and followed by an auxiliary or `not`
///   become `it` (`That won't happen` / `This will not happen` / `It won't happen`).
/// - Indefinite pronouns: `no one` → `nobody`; `anybody`, `somebody`, `everybody` are one class
///   with `anyone`, `someone`, `everyone`.
/// - Elsewhere `this`, `that` and `which` are one class (`within this framework, which has` /
///   `within that framework that has`): function words that translations swap freely.
///
/// ```swift
/// // terms of "It's not going to happen" and of "That won't happen": it will not happen
/// ```
///
/// - Complexity: O(*n*) in the number of terms.
enum EnglishParaphrases {
  static let will = WordHash.of("will")
  static let not = WordHash.of("not")
  static let it = WordHash.of("it")
  static let going = WordHash.of("going")
  static let to = WordHash.of("to")
  static let gonna = WordHash.of("gonna")
  static let shall = WordHash.of("shall")
  static let no = WordHash.of("no")
  static let one = WordHash.of("one")
  static let nobody = WordHash.of("nobody")
  /// `-body` and `-one` indefinite pronouns are one class (`anybody` / `anyone`).
  static let indefiniteClass: [UInt64: UInt64] = [
    WordHash.of("anybody"): WordHash.of("anyone"), WordHash.of("somebody"): WordHash.of("someone"),
    WordHash.of("everybody"): WordHash.of("everyone"),
  ]
  static let cannot = WordHash.of("cannot")
  static let can = WordHash.of("can")
  static let us = WordHash.of("us")
  static let be: Set<UInt64> = hashes("am is are")
  static let demonstratives: Set<UInt64> = hashes("that this")
  static let auxiliaries: Set<UInt64> = hashes(
    "will would is was can could has had does did may might must should shall not")
  static let pronounsBeforeIs: Set<UInt64> = hashes(
    "it he she that what there here who where how when why")
  static let notVerbs: Set<UInt64> = hashes(
    """
    the a an my your his her our their its this that these those me him them us you it some any \
    every each no all school work church bed war court jail prison hospital town market
    """)
  /// The first part of *x*`n't` when it is not a word by itself.
  static let negativeStems: [UInt64: UInt64] = [
    WordHash.of("wo"): will, WordHash.of("ca"): can, WordHash.of("sha"): will,
    WordHash.of("ai"): WordHash.of("is"),
  ]
  static let clitics: [String: UInt64] = [
    "ll": will, "re": WordHash.of("are"), "ve": WordHash.of("have"), "m": WordHash.of("am"),
    "d": WordHash.of("would"),
  ]

  static func hashes(_ words: String) -> Set<UInt64> {
    Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })
  }

  /// The terms a word with an apostrophe stands for: (surface, lemma) pairs, or nil when it is
  /// no contraction. A possessive gives one term whose lemma is the word before `'s`.
  static func contraction(_ word: ArraySlice<UInt8>) -> [(UInt64, UInt64)]? {
    guard let p = word.lastIndex(of: UInt8(ascii: "'")) else { return nil }
    let head = word[word.startIndex..<p]
    let tail = String(decoding: word[(p + 1)...], as: UTF8.self)
    let headHash = WordHash.of(head)
    if tail == "t", head.last == UInt8(ascii: "n") {
      let stem = WordHash.of(head.dropLast())
      let base = negativeStems[stem] ?? stem
      return [(base, base), (not, not)]
    }
    if tail == "s" {
      if pronounsBeforeIs.contains(headHash) {
        let isHash = WordHash.of("is")
        return [(headHash, headHash), (isHash, isHash)]
      }
      if headHash == WordHash.of("let") { return [(headHash, headHash), (us, us)] }
      return [(WordHash.of(word), headHash)]
    }
    if let c = clitics[tail] { return [(headHash, headHash), (c, c)] }
    return nil
  }

  /// Applies the future and subject rules to `terms` (whose tokens are `tokens`).
  static func apply(_ terms: inout [Term], tokens: [KeyToken]) {
    var out: [Term] = []
    out.reserveCapacity(terms.count)
    var i = 0
    let n = terms.count
    while i < n {
      var t = terms[i]
      if t.surface == cannot {
        out.append(rewritten(t, can))
        out.append(rewritten(t, not))
        i += 1
        continue
      }
      // no one → nobody (`No one is above the law` / `Nobody is above the law`).
      if t.surface == no, i + 1 < n, terms[i + 1].surface == one {
        var w = rewritten(t, nobody)
        w.tokens = t.tokens.lowerBound..<terms[i + 1].tokens.upperBound
        w.flags.remove(.numeric)
        out.append(w)
        i += 2
        continue
      }
      if let c = indefiniteClass[t.surface] {
        t.lemma = c
        t.lexeme = c
        t.flags.insert(.rewritten)
      }
      if t.surface == shall { t = rewritten(t, will) }
      // am/is/are [not] going to VERB → will [not] VERB; gonna = going to.
      if be.contains(t.surface) {
        var k = i + 1
        let negated = k < n && terms[k].surface == not
        if negated { k += 1 }
        if let e = futureVerb(terms, at: k) {
          var w = rewritten(t, will)
          w.tokens = t.tokens.lowerBound..<terms[e - 1].tokens.upperBound
          out.append(w)
          if negated { out.append(terms[i + 1]) }
          i = e
          continue
        }
      }
      // A quotation opening on [not] going to VERB (its be-verb left outside the quotation
      // marks: `said it was "not going to happen"`) → will [not] VERB.
      if i == 0 {
        let negated = t.surface == not
        let k = negated ? 1 : 0
        if let e = futureVerb(terms, at: k) {
          var w = rewritten(terms[k], will)
          w.tokens = t.tokens.lowerBound..<terms[e - 1].tokens.upperBound
          out.append(w)
          if negated { out.append(t) }
          i = e
          continue
        }
      }
      // that/this opening a clause before an auxiliary → it.
      if demonstratives.contains(t.surface), i + 1 < n, auxiliaries.contains(terms[i + 1].surface),
        Int(t.tokens.lowerBound) < tokens.count, tokens[Int(t.tokens.lowerBound)].flags.contains(.clauseStart)
      {
        t = rewritten(t, it)
      } else if let c = demonstrativeClass[t.surface] {
        t.lemma = c
        t.lexeme = c
        t.flags.insert(.rewritten)
      }
      out.append(t)
      i += 1
    }
    terms = out
  }

  /// The index of the verb when `terms` hold `going to` *verb* or `gonna` *verb* at `k` (not
  /// `going to the border`, nor a number).
  ///
  /// - Complexity: O(1).
  static func futureVerb(_ terms: [Term], at k: Int) -> Int? {
    let n = terms.count
    var end: Int? = nil
    if k + 1 < n, terms[k].surface == going, terms[k + 1].surface == to {
      end = k + 2
    } else if k < n, terms[k].surface == gonna {
      end = k + 1
    }
    guard let e = end, e < n, !notVerbs.contains(terms[e].surface), !terms[e].flags.contains(.numeric)
    else { return nil }
    return e
  }

  /// The class of `this`/`that`/`which` when not rewritten.
  static let demonstrativeClass: [UInt64: UInt64] = [
    WordHash.of("this"): WordHash.of("that"), WordHash.of("which"): WordHash.of("that"),
  ]

  static func rewritten(_ t: Term, _ word: UInt64) -> Term {
    var r = t
    r.surface = word
    r.lemma = word
    r.lexeme = word
    r.flags.insert(.rewritten)
    return r
  }
}
