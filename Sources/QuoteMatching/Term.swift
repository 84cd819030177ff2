/// What a term carries besides its identity.
struct TermFlags: OptionSet, Sendable, Hashable {
  let rawValue: UInt16
  /// Editorial text inside brackets: shown, never weighed.
  static let bracketed = TermFlags(rawValue: 1 << 0)
  /// An elision stands right before this term.
  static let gapBefore = TermFlags(rawValue: 1 << 1)
  /// An elision follows this term (the last one).
  static let gapAfter = TermFlags(rawValue: 1 << 2)
  /// A function word of the quote's language (prior weight of a very common word).
  static let function = TermFlags(rawValue: 1 << 3)
  /// A negation (`not`, `no`, `nunca`): weighed as a content word.
  static let negation = TermFlags(rawValue: 1 << 4)
  /// A discourse word opening the quotation (`No,` `Furthermore,`): weighed very little.
  static let leadIn = TermFlags(rawValue: 1 << 5)
  /// Made by a paraphrase rule (`won't` → `will not`, `is going to` → `will`).
  static let rewritten = TermFlags(rawValue: 1 << 6)
  /// Digits.
  static let numeric = TermFlags(rawValue: 1 << 7)
  /// Its lemma is a light stem (Romance languages).
  static let stemmed = TermFlags(rawValue: 1 << 8)
  /// A month or a day of the week (`April`, `mayo`, `lundi`).
  static let temporal = TermFlags(rawValue: 1 << 9)
  /// A positive counterpart of a negation (`something`, `always`; ``Lexicon/counterparts``).
  static let counterpart = TermFlags(rawValue: 1 << 10)
}

/// One unit of comparison: a word of the match key after the paraphrase rules, with its
/// lexical class.
///
/// Two terms match exactly when their ``surface`` is the same, as forms of one word when their
/// ``lemma`` is (`agreed`/`agree`), as synonyms when their ``lexeme`` is (`occur`/`happen`).
/// Outside English, ``lemma`` and ``lexeme`` are a light stem.
///
/// - Complexity: a value of four words.
struct Term: Sendable, Hashable {
  /// ``WordHash`` of the word as the rules wrote it (`will` for `'ll`, `it` for a subject `that`).
  var surface: UInt64
  /// The hash of its base form.
  var lemma: UInt64
  /// The hash of its class: the synonym class of its lemma, else its lemma. Weights, the index
  /// and the bag overlap all use this.
  var lexeme: UInt64
  /// The key tokens it stands for (several for `is going to`; one token may give two terms:
  /// `won't`).
  var tokens: Range<Int32>
  var flags: TermFlags
  /// The hash of a name's transliteration skeleton (``NameKey/transliteration(_:)``:
  /// `Zelenskyy`, `Zelensky` → `selenski`), for a word the text capitalized as a name; 0
  /// otherwise.
  var name: UInt64 = 0
}

/// How closely two terms match, as a share of their weight.
enum TermMatch {
  /// Same surface form.
  static let exact = 1.0
  /// Forms of one lemma (`agreed`, `agrees`).
  static let inflection = 0.9
  /// Same synonym class (`occur`, `happen`).
  static let synonym = 0.8
  /// Two spellings of one name (`Zelenskyy`, `Zelensky`): same ``Term/name`` skeleton.
  static let name = 0.8

  /// The credit share for `a` against `b` (0 when they do not match).
  @inline(__always)
  static func share(_ a: Term, _ b: Term) -> Double {
    if a.lexeme != b.lexeme { return a.name != 0 && a.name == b.name ? name : 0 }
    if a.surface == b.surface { return exact }
    if a.lemma == b.lemma { return inflection }
    return synonym
  }
}
