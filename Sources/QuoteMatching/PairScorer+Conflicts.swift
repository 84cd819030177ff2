extension PairScorer {
  /// What one side says where the two align: whether it holds a negation (`not`, `never`,
  /// `no`, `nunca`; not a lead-in `No,`, nor bracketed text) between its first and last aligned
  /// terms (and right before the first, `fromBefore`), whether it says more there than the
  /// aligned words and function words, and whether it marks an elision there.
  ///
  /// Two sides conflict only when one is negated, the other is not, neither says anything
  /// more and neither elides: the same words with a negation added or dropped, or swapped for
  /// its positive counterpart (`done nothing wrong` / `done something wrong`). Paraphrases
  /// that move
  /// the negation into a word (`no estar de acuerdo` / `estar en desacuerdo`, `cambiar o no`)
  /// leave other words unmatched and do not conflict; negative concord (`no … nunca` /
  /// `nunca`) is negated on both sides.
  ///
  /// - Complexity: O(*k*) in the aligned stretch.
  static func polarity(
    _ side: TermSlice, _ pairs: [(Int, Int)], side index: Int, fromBefore: Bool
  ) -> (negated: Bool, saysMore: Bool, elides: Bool) {
    @inline(__always) func aligned(_ k: Int) -> Int { index == 0 ? pairs[k].0 : pairs[k].1 }
    guard !pairs.isEmpty else { return (false, false, false) }
    let first = aligned(0)
    let last = aligned(pairs.count - 1)
    var negated = false
    var saysMore = false
    var elides = false
    var next = 0
    for i in (fromBefore ? max(0, first - 1) : first)...last {
      let f = side.flags[i]
      if i >= first && !f.isDisjoint(with: [.gapBefore, .gapAfter]) { elides = true }
      if !f.isDisjoint(with: [.leadIn, .bracketed]) { continue }
      if f.contains(.negation) {
        negated = true
        continue
      }
      while next < pairs.count && aligned(next) < i { next += 1 }
      if next < pairs.count && aligned(next) == i { continue }
      // `something` where the other side says `nothing` says no more: it says the opposite.
      if f.isDisjoint(with: [.function, .counterpart]) && i >= first { saysMore = true }
    }
    return (negated, saysMore, elides)
  }

  /// Whether, between two neighbouring aligned terms (or before the first, after the last),
  /// each side has a number (or a plural order of magnitude, `hundreds`:
  /// ``Lexicon/magnitudeWords``), or each a month or day, that the alignment left unmatched, and
  /// nothing else but function words: the same sentence with another figure or date, a
  /// misquotation or another statement (`rose 3%` / `rose 4%`, `in April` / `in May`). Or
  /// each side one other word there, the two English direct antonyms (``Lexicon/antonyms``:
  /// `We won the vote` / `We lost the vote`, `legal` / `illegal`), or one opposed little word
  /// and nothing else but function words (``Lexicon/polarPairs``: `voted for` / `voted
  /// against`, `with` / `without`, `before` / `after`, `más` / `menos`). Not where either side
  /// marks an elision there, nor for figures or dates the other side also has elsewhere (the
  /// same words in another order).
  ///
  /// - Complexity: O(*m* + *n*), and O(*n*) more per unmatched figure or date of A (looked up
  ///   in B; likewise for B).
  static func conflictingFacts(_ a: TermSlice, _ b: TermSlice, _ pairs: [(Int, Int)])
    -> Bool
  {
    guard !pairs.isEmpty else { return false }
    // A gap disqualifies itself with an elision or with content words beside its figures
    // (`5 y 10 centímetros` / `2 a 4 pulgadas` converts units; it does not misquote), or
    // more than one word.
    struct Gap {
      var number = false
      var temporal = false
      /// A figure or date of the gap that the other side has nowhere: not the same words in
      /// another order (`el sábado por la tarde` / `la tarde del sábado`). Two figures swapped
      /// (`3% in May and 4% in June` / `4% in May and 3% in June`) are therefore not told
      /// apart here: rarer in quotations than a translator's word order.
      var unshared = false
      var elided = false
      /// Content words other than figures, dates and opposed little words, and the last of them.
      var words = 0
      var word = 0
      /// Opposed little words (``Lexicon/polarWords``: `for`, `against`, `with`…), and the last.
      var polar = 0
      var polarWord = 0
    }
    let polarWords = Lexicon.shared.polarWords
    let magnitudes = Lexicon.shared.magnitudeWords
    func gap(_ side: TermSlice, _ range: Range<Int>, other: TermSlice) -> Gap {
      var g = Gap()
      func unshared(_ k: Int) -> Bool { !other.lexeme.contains(side.lexeme[k]) }
      for k in range {
        let f = side.flags[k]
        if !f.isDisjoint(with: [.gapBefore, .gapAfter]) { g.elided = true }
        if !f.isDisjoint(with: [.bracketed, .leadIn]) { continue }
        if polarWords.contains(side.surface[k]) {
          g.polar += 1
          g.polarWord = k
          continue
        }
        if f.contains(.function) { continue }
        if f.contains(.numeric) || magnitudes.contains(side.surface[k]) {
          g.number = true
          if unshared(k) { g.unshared = true }
        } else if f.contains(.temporal) {
          g.temporal = true
          if unshared(k) { g.unshared = true }
        } else {
          g.words += 1
          g.word = k
        }
      }
      return g
    }
    let antonyms = Lexicon.shared.antonyms
    let polarPairs = Lexicon.shared.polarPairs
    var previous = (-1, -1)
    for next in pairs + [(a.count, b.count)] {
      let ga = gap(a, (previous.0 + 1)..<next.0, other: b)
      let gb = gap(b, (previous.1 + 1)..<next.1, other: a)
      previous = next
      if ga.elided || gb.elided { continue }
      if ga.words == 0 && gb.words == 0 {
        let figures = (ga.number && gb.number) || (ga.temporal && gb.temporal)
        if figures && ga.unshared && gb.unshared { return true }
        if ga.polar == 1 && gb.polar == 1
          && polarPairs.contains(Lexicon.antonymKey(a.surface[ga.polarWord], b.surface[gb.polarWord]))
        {
          return true
        }
      } else if ga.words == 1 && gb.words == 1 && !ga.number && !gb.number && !ga.temporal && !gb.temporal
        && !a.flags[ga.word].contains(.negation) && !b.flags[gb.word].contains(.negation)
        && antonyms.contains(Lexicon.antonymKey(a.lemma[ga.word], b.lemma[gb.word]))
      {
        return true
      }
    }
    return false
  }

  /// Whether a side has words before its first aligned term (`first`), lead-ins and brackets
  /// aside.
  static func goesOnBefore(_ side: TermSlice, _ first: Int?) -> Bool {
    guard let first else { return false }
    return (0..<first).contains { side.flags[$0].isDisjoint(with: [.leadIn, .bracketed]) }
  }

  /// Weight of unmatched terms of each side lying inside an interior elision of the other
  /// (between the aligned terms around the `…`).
  static func elided(_ a: TermSlice, _ b: TermSlice, _ pairs: [(Int, Int)]) -> (Double, Double) {
    guard pairs.count >= 2 else { return (0, 0) }
    var elidedA = 0.0
    var elidedB = 0.0
    for k in 1..<pairs.count {
      let (ia, jb) = pairs[k - 1]
      let (ia2, jb2) = pairs[k]
      // A gap in A between ia and ia2 forgives B's unmatched terms between jb and jb2.
      if (ia + 1...ia2).contains(where: { a.flags[$0].contains(.gapBefore) }) {
        for j in (jb + 1)..<jb2 { elidedB += Double(b.weight[j]) }
      }
      if (jb + 1...jb2).contains(where: { b.flags[$0].contains(.gapBefore) }) {
        for i in (ia + 1)..<ia2 { elidedA += Double(a.weight[i]) }
      }
    }
    return (elidedA, elidedB)
  }
}
