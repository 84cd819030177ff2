import QuoteNormalization

/// The periphrastic future of Spanish, Portuguese and French read like the simple one, as
/// English `going to` is read as `will` (``EnglishParaphrases``): the present of *ir* /
/// *aller* before an infinitive (`vamos a permitir`, `vamos permitir`, `nous allons permettre`)
/// is one term with the infinitive, as the future ending is one with its verb (`permitiremos`,
/// `permettrons`: the light stem of both is the infinitive's).
///
/// ```swift
/// // "No vamos a permitir ninguna intervención" / "No permitiremos ninguna intervención": same
/// ```
///
/// - Complexity: O(*n*) in the number of terms.
enum RomanceFuture {
  /// The present forms of the verb of motion, by language, and whether `a` stands between it
  /// and the infinitive.
  private static let forms:
    [String: (words: Set<UInt64>, preposition: UInt64?, endings: [String])] = [
      "es": (hashes("voy vas va vamos vais van"), WordHash.of("a"), ["ar", "er", "ir"]),
      "pt": (hashes("vou vais vai vamos ides vao"), nil, ["ar", "er", "ir", "or"]),
      "fr": (hashes("vais vas va allons allez vont"), nil, ["er", "ir", "re"]),
    ]

  private static func hashes(_ words: String) -> Set<UInt64> {
    Set(words.split(separator: " ").map { WordHash.of(String($0)) })
  }

  /// Folds the auxiliary (and `a`) of every periphrastic future in `terms` of `language` into
  /// its infinitive's term.
  static func apply(
    _ terms: inout [Term], tokens: [KeyToken], bytes: UnsafeBufferPointer<UInt8>, language: String?
  ) {
    guard let language, let f = forms[language] else { return }
    var k = 0
    while k + 1 < terms.count {
      defer { k += 1 }
      guard f.words.contains(terms[k].surface),
        terms[k].flags.isDisjoint(with: [.rewritten, .numeric])
      else { continue }
      var v = k + 1
      if let a = f.preposition {
        guard terms[v].surface == a, v + 1 < terms.count else { continue }
        v += 1
      }
      let verb = terms[v]
      guard verb.tokens.count == 1, verb.flags.isDisjoint(with: [.numeric, .rewritten]) else {
        continue
      }
      let word = bytes[tokens[Int(verb.tokens.lowerBound)].bytes]
      // An infinitive (`ser`, `permitir`, `etre`; the key is folded), not a place (`va a Mexico`).
      guard word.count >= 3, f.endings.contains(where: { word.suffix(2).elementsEqual($0.utf8) })
      else { continue }
      // The verb stands for the whole periphrasis, as `will` stands for `is going to`.
      var merged = verb
      merged.tokens = terms[k].tokens.lowerBound..<verb.tokens.upperBound
      merged.flags.formUnion(terms[k].flags.intersection(.gapBefore))
      terms.replaceSubrange(k...v, with: [merged])
    }
  }
}
