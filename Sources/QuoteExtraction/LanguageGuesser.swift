/// Guesses a text's language when none is given: by script first (kana → Japanese, Han →
/// Chinese, Hangul → Korean, Cyrillic → Russian or Ukrainian, Greek, Arabic, Hebrew, Thai),
/// then, for Latin script, by which built-in lexicon's function words and speech verbs occur
/// most in the first 400 words (or until one leads by eight).
///
/// ```swift
/// LanguageGuesser.guess(Array("Der Minister sagte, dass die Lage ernst ist.".unicodeScalars))  // "de"
/// ```
enum LanguageGuesser {
  /// The language (BCP 47) of `text`, or `nil` when nothing tells.
  ///
  /// - Complexity: O(min(*n*, 4000)).
  static func guess(_ text: [Unicode.Scalar]) -> String? {
    let sample = text.prefix(4000)
    var kana = 0
    var han = 0
    var hangul = 0
    var cyrillic = 0
    var ukrainian = 0
    var greek = 0
    var arabic = 0
    var hebrew = 0
    var thai = 0
    var latin = 0
    for s in sample {
      let v = s.value
      switch v {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
      case 0x3040...0x30FF: kana += 1
      case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
      case 0xAC00...0xD7AF: hangul += 1
      case 0x400...0x4FF:
        cyrillic += 1
        if v == 0x457 || v == 0x454 || v == 0x456 || v == 0x491 { ukrainian += 1 }
      case 0x370...0x3FF: greek += 1
      case 0x600...0x6FF: arabic += 1
      case 0x590...0x5FF: hebrew += 1
      case 0xE00...0xE7F: thai += 1
      default: break
      }
    }
    let scripts = [
      ("ja", kana * 3 + (kana > 0 ? han : 0)), ("zh", kana > 0 ? 0 : han * 2), ("ko", hangul * 2),
      (ukrainian > 2 ? "uk" : "ru", cyrillic), ("el", greek), ("ar", arabic), ("he", hebrew),
      ("th", thai),
    ]
    if let best = scripts.max(by: { $0.1 < $1.1 }), best.1 > latin { return best.0 }
    guard latin > 0 else { return nil }
    return byFunctionWords(sample)
  }

  /// The built-in lexicon whose stopwords occur most among the sample's words (words hashed
  /// as they are read; no strings are built).
  private static func byFunctionWords(_ sample: ArraySlice<Unicode.Scalar>) -> String? {
    var counts = [Int](repeating: 0, count: stopwordLanguages.count)
    let seed = WordKey.seed
    var h = seed
    var length = 0
    var words = 0
    func flush() {
      guard length > 0 else { return }
      words += 1
      if var bits = stopwords[h] {
        while bits != 0 {
          counts[bits.trailingZeroBitCount] += 1
          bits &= bits - 1
        }
      }
      h = seed
      length = 0
    }
    for s in sample {
      if ScalarClass.isLetter(s) {
        h = h.appending(lowercase: s)
        length += 1
      } else {
        flush()
        if words >= 400 || (words >= 40 && isDecided(counts)) { break }
      }
    }
    flush()
    var best: Int? = nil
    for (i, c) in counts.enumerated() where c > 0 && (best.map { c > counts[$0] } ?? true) {
      best = i
    }
    return best.map { stopwordLanguages[$0] }
  }

  /// One language leads the next by eight words or more.
  private static func isDecided(_ counts: [Int]) -> Bool {
    var first = 0
    var second = 0
    for c in counts {
      if c > first {
        second = first
        first = c
      } else if c > second {
        second = c
      }
    }
    return first - second >= 8
  }

  /// The languages with stopwords, in a fixed order (bit positions of ``stopwords``).
  private static let stopwordLanguages: [String] =
    CueLexicon.builtInLanguages.filter { CueLexicon.builtIn($0)?.splitsCharacters == false }

  /// The FNV-1a hash of every stopword of the built-in lexicons, with a bit per language that
  /// lists it.
  private static let stopwords: [UInt64: UInt64] = {
    var table: [UInt64: UInt64] = [:]
    for (i, l) in stopwordLanguages.enumerated() {
      // Function words, and one-word speech verbs: a short quotation paragraph often has
      // few function words but its cue ("dijo", "sagte").
      let lexicon = CueLexicon.builtIn(l)
      let cues = (lexicon?.entries(.cue) ?? []).filter { !$0.contains(" ") }
      for w in Set((lexicon?.entries(.stopword) ?? []) + cues) {
        table[WordKey.of(w), default: 0] |= 1 << UInt64(i)
      }
    }
    return table
  }()
}
