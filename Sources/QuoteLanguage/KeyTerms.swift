import QuoteNormalization

/// The terms a quotation is compared by across languages, read from the match key of
/// `Normalizer(profile: .match, language:)` (so contractions are expanded, numbers are digits,
/// spelling is American, case and accents are folded): word stems (the first five letters, which
/// unify inflections — `attacks`/`attacking` — and many cognates — `socialize`/`socializa`),
/// numbers whole, and names (words capitalised inside a sentence) as anchors.
///
/// ```swift
/// let k = KeyTerms("López Obrador dijo que llegaron 25.000 personas.", language: "es")
/// k.stems    // ["lopez", "obrad", "dijo", "que", "llega", "25000", "perso"]
/// k.numbers  // ["25000"]
/// k.names    // ["obrador"] (the sentence's first word is not taken for a name)
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
struct KeyTerms: Sendable, Hashable {
  /// Stems of the words and numbers, in text order.
  var stems: [String]
  /// Numbers in the match key's digits (`25,000` and `25.000` are `25000`).
  var numbers: [String]
  /// Capitalised words not at the start of a sentence, folded.
  var names: [String]

  /// The length of a stem.
  static let stemLength = 5

  init(_ text: String, language: String?) {
    let key = Normalizer(profile: .match, language: language).normalize(text)
    let original = Array(text.unicodeScalars)
    var stems: [String] = []
    var numbers: [String] = []
    var names: [String] = []
    for token in key.tokens() {
      let t = token.text
      if token.kind == .number
        || t.unicodeScalars.allSatisfy({
          $0.properties.numericType != nil || $0 == "." || $0 == "%"
        })
      {
        stems.append(t)
        numbers.append(t)
        continue
      }
      stems.append(Self.stem(t))
      if Self.isName(at: token.originalRange, in: original) { names.append(t) }
    }
    self.stems = stems
    self.numbers = numbers
    self.names = names
  }

  /// The stem of a folded word: its first ``stemLength`` characters.
  static func stem(_ word: some StringProtocol) -> String {
    String(word.prefix(stemLength))
  }

  /// Whether the word at `range` of the original text starts with a capital and follows other
  /// words of its sentence.
  static func isName(at range: Range<Int>, in original: [Unicode.Scalar]) -> Bool {
    guard range.lowerBound < original.count, original[range.lowerBound].properties.isUppercase,
      range.count > 1
    else { return false }
    var i = range.lowerBound - 1
    while i >= 0 {
      let s = original[i]
      if s.properties.isAlphabetic || s.properties.numericType != nil { return true }
      if ".!?¿¡:;\"“”«»„‘’'—–(\n".unicodeScalars.contains(s) { return false }
      i -= 1
    }
    return false
  }
}
