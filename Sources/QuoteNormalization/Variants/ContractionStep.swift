/// Expands contractions and clitics in match keys, so that `won't` and `will not`, `it's` and
/// `it is`, `del` and `de el`, `l'État` and `le État` give one key. It runs on folded text,
/// where every apostrophe variant (`’`, `ʼ`, `´`, `` ` ``) is already `'`.
///
/// - English: `won't` → `will not`, `can't` → `cannot`, `shan't` → `shall not`, *aux*`n't` →
///   *aux* `not`; `'re` → `are`, `'ve` → `have`, `'ll` → `will`, `'d` → `would`, `'m` → `am`
///   after a pronoun; `'s` → `is` after `it`, `he`, `she`, `that`, `what`, `there`, `here`, `who`,
///   `where`, `how`, `when`, `why` (and `let's` → `let us`). Any other `'s` is a possessive and
///   stays; `its` has no apostrophe and stays.
/// - Spanish (text in Spanish or of unknown language): `al` → `a el`, `del` → `de el`.
/// - French and Italian elisions before a word: `l'` → `le` (`lo` in Italian), `d'` → `de`,
///   `qu'` → `que`, `c'` → `ce`, `j'` → `je`, `n'` → `ne`, `m'` → `me`, `t'` → `te`, `s'` → `se`
///   (`s'il` → `si il`), `jusqu'`, `lorsqu'`, `puisqu'`, `quoiqu'`; `dell'` → `dello`, `nell'`,
///   `all'`, `dall'`, `sull'`, `un'` → `una`. The key writes one form for `le`/`la`, `lo`/`la`:
///   it cannot know the gender, and needs none to be the same for every writer.
///
/// - Complexity: O(*n*).
struct ContractionStep: VariantStep {
  /// The text's language (BCP 47), when known.
  let language: String?

  static let negatives: [String: String] = [
    "won": "will not", "can": "cannot", "shan": "shall not", "don": "do not", "doesn": "does not",
    "didn": "did not", "isn": "is not", "aren": "are not", "wasn": "was not", "weren": "were not",
    "haven": "have not", "hasn": "has not", "hadn": "had not", "wouldn": "would not",
    "shouldn": "should not", "couldn": "could not", "mustn": "must not", "needn": "need not",
    "mightn": "might not", "daren": "dare not",
  ]
  static let isAfter: Set<String> = [
    "it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "when", "why",
  ]
  /// Clitic → (expansion, words it may follow).
  static let clitics: [String: (String, Set<String>)] = [
    "re": ("are", ["you", "we", "they", "who", "what", "there", "where", "how", "why", "when"]),
    "ve": ("have", ["i", "you", "we", "they", "who", "would", "could", "should", "might", "must"]),
    "ll": ("will", ["i", "you", "he", "she", "it", "we", "they", "who", "what", "that", "there"]),
    "d": ("would", ["i", "you", "he", "she", "it", "we", "they", "who", "that", "there"]),
    "m": ("am", ["i"]),
  ]
  static let elisions: [String: String] = [
    "l": "le", "d": "de", "qu": "que", "c": "ce", "j": "je", "n": "ne", "m": "me", "t": "te",
    "s": "se", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique",
    "dell": "dello", "nell": "nello", "all": "allo", "dall": "dallo", "sull": "sullo", "un": "una",
  ]

  var isItalian: Bool { language.map { $0.lowercased().hasPrefix("it") } ?? false }
  var foldsSpanishArticles: Bool { language.map { $0.lowercased().hasPrefix("es") } ?? true }

  func apply(to s: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    var rw = ScalarRewriter(s)
    let n = s.count
    var i = 0
    // An apostrophe between two letters or digits (`rock'n'roll`, `1000'del`), not a quotation
    // mark before or after a word (`'it's over'`). Digits count, as numbers are written after
    // this step.
    func inner(_ k: Int) -> Bool {
      s[k] == "'" && k > 0 && k + 1 < n && VariantWords.isWordScalar(s[k - 1])
        && VariantWords.isWordScalar(s[k + 1])
    }
    func lower(_ r: Range<Int>) -> String {
      VariantWords.string(s[r], lowercased: true)
    }
    // The word at `i` follows an elision just expanded: `c'c'est` is `ce c'est`, whose second
    // `c'` must expand in the same pass (the result is idempotent).
    var afterElision = false
    while i < n {
      let startsWord =
        i == 0 || afterElision || !VariantWords.isWordScalar(s[i - 1]) && !inner(i - 1)
      afterElision = false
      guard s[i].isASCIILetter, startsWord else {
        i += 1
        continue
      }
      var j = i + 1
      while j < n, s[j].isASCIILetter { j += 1 }
      let apostrophe = j + 1 < n && s[j] == "'" && s[j + 1].isASCIILetter
      // Only words before an apostrophe, and `al`/`del`, can change: no string for the others.
      let article =
        foldsSpanishArticles && !apostrophe
        && (j - i == 2 && s[i].value | 0x20 == 0x61 && s[i + 1].value | 0x20 == 0x6C
          || j - i == 3 && s[i].value | 0x20 == 0x64 && s[i + 1].value | 0x20 == 0x65
            && s[i + 2].value | 0x20 == 0x6C)
      // Every word the step expands before an apostrophe is in the table as such.
      guard
        article || apostrophe
          && VariantWordTable.shared.flags(s[i..<j]).contains(.beforeApostrophe)
      else {
        i = j
        continue
      }
      let word = lower(i..<j)
      if apostrophe {
        var k = j + 2
        while k < n, s[k].isASCIILetter { k += 1 }
        let closed = k == n || !VariantWords.isWordScalar(s[k]) && !inner(k)
        let tail = lower((j + 1)..<k)
        if closed, let replacement = expansion(word: word, tail: tail) {
          rw.replace(i..<k, with: replacement.unicodeScalars, rule: .contraction)
          i = k
          continue
        }
        if let full = elision(word) {
          // `l'homme` → `le homme`; `s'il` → `si il`.
          let out = word == "s" && (tail == "il" || tail == "ils") ? "si " : full + " "
          rw.replace(i..<(j + 1), with: out.unicodeScalars, rule: .contraction)
          i = j + 1
          afterElision = true
          continue
        }
      } else if foldsSpanishArticles, word == "al" || word == "del",
        j == n || !VariantWords.isWordScalar(s[j]) && !inner(j)
      {
        rw.replace(i..<j, with: (word == "al" ? "a el" : "de el").unicodeScalars, rule: .contraction)
      }
      i = j
    }
    return rw.finish()
  }

  /// The expansion of an English contraction `word'tail`, or nil.
  func expansion(word: String, tail: String) -> String? {
    if tail == "t", let neg = Self.negatives[word] { return neg }
    if tail == "s" {
      if word == "let" { return "let us" }
      return Self.isAfter.contains(word) ? word + " is" : nil
    }
    if let (full, after) = Self.clitics[tail], after.contains(word) { return word + " " + full }
    return nil
  }

  /// The full form of an elided French or Italian word, or nil.
  func elision(_ word: String) -> String? {
    if word == "l" && isItalian { return "lo" }
    return Self.elisions[word]
  }
}
