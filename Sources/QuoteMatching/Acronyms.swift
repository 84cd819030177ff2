import QuoteNormalization

/// English acronyms and the phrases they stand for, read as one term: `the United States`,
/// `the U.S.`, `the US` and `USA` compare equal, and so do `NATO` and `the North Atlantic Treaty
/// Organization`. The pairs come from WordNet (``Lexicon/acronymData``): a synset holding a
/// phrase and a lemma spelling its initials.
///
/// An acronym that is also a common word (`us`, `who`, `it`), or has two letters (`un` is a
/// Spanish and French article), counts only when written as one: with dots (`u.s.` in the key)
/// or in capitals in the text as written. The term of an acronym is not the word's (`US` is not
/// `us`).
///
/// ```swift
/// // terms of "the United States will act" and of "the U.S. will act": the [us] will act
/// ```
///
/// - Complexity: O(*n*) in the number of terms.
enum Acronyms {
  /// The term identity of an acronym, apart from the word with the same letters.
  static func mark(_ acronym: UInt64) -> UInt64 { acronym ^ 0x6163_726F_6E79_6D21 }

  /// Folds phrases and acronyms in `terms` (whose tokens are `tokens`, over the key `bytes`);
  /// `original` tells how the text as written capitalized them (nil: not known).
  static func apply(
    _ terms: inout [Term], tokens: [KeyToken], bytes: UnsafeBufferPointer<UInt8>,
    original: OriginalCase?
  ) {
    let lexicon = Lexicon.shared
    guard !lexicon.acronyms.isEmpty else { return }
    var out: [Term] = []
    out.reserveCapacity(terms.count)
    var i = 0
    let n = terms.count
    while i < n {
      let t = terms[i]
      if let candidates = lexicon.acronymPhrases[t.surface], !t.flags.contains(.numeric) {
        var found: (Int, UInt64)? = nil
        for c in candidates where i + c.rest.count < n {
          var k = 0
          while k < c.rest.count && terms[i + 1 + k].surface == c.rest[k] { k += 1 }
          if k == c.rest.count {
            found = (c.rest.count + 1, c.acronym)
            break
          }
        }
        if let (length, acronym) = found {
          let last = terms[i + length - 1]
          var merged = EnglishParaphrases.rewritten(t, mark(acronym))
          merged.tokens = t.tokens.lowerBound..<last.tokens.upperBound
          merged.flags.remove(.gapAfter)
          merged.flags.formUnion(last.flags.intersection(.gapAfter))
          out.append(merged)
          i += length
          continue
        }
      }
      var term = t
      if let common = lexicon.acronyms[t.surface], t.tokens.count == 1, !t.flags.contains(.numeric) {
        let token = tokens[Int(t.tokens.lowerBound)]
        let dotted = bytes[token.bytes].contains(UInt8(ascii: "."))
        if !common || dotted || original?.isCapitals(token.scalars) == true {
          term = EnglishParaphrases.rewritten(t, mark(lexicon.acronymVariants[t.surface] ?? t.surface))
        }
      }
      out.append(term)
      i += 1
    }
    terms = out
  }
}
