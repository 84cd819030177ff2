/// Writes names in match keys as their ``NameKey/transliteration(_:)`` skeleton, so that the
/// romanizations of one name agree (`Zelenskyy`, `Zelensky`, `Selenskyj` → `selenski`). A name
/// is a word the original text capitalized (`Zelensky`, not `zelensky` or `ZELENSKY`) that is
/// not a common function word (`The`, `But`, `El`, `Der`…). Opt-in (``Normalizer/Options/names``):
/// it merges more than spelling does (see the false-merge rate in the README).
///
/// - Complexity: O(*n*).
struct NameStep: VariantStep {
  /// Capitalized words that are not names, in the languages of the corpus.
  static let stopWords: Set<String> = [
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "i", "if", "in",
    "it", "its", "my", "no", "not", "of", "on", "or", "our", "she", "so", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "to", "we", "what", "when", "where", "which",
    "while", "who", "why", "with", "you", "your", "el", "la", "los", "las", "lo", "un", "una", "y",
    "en", "de", "del", "con", "por", "para", "pero", "que", "se", "su", "sus", "es", "le", "les",
    "des", "du", "et", "il", "elle", "ils", "nous", "vous", "je", "ce", "cette", "mais", "dans",
    "sur", "pour", "der", "die", "das", "und", "ein", "eine", "ist", "er", "sie", "wir", "ich",
    "mit", "auf", "im", "von", "zu", "den", "dem", "gli", "di", "che", "non", "per", "o", "e",
    "mr", "mrs", "ms", "dr", "st",
  ]

  /// Whether a key cannot be read by an earlier variant step (which would make the phase not
  /// idempotent): not one letter (`ẞ` → `s` before `'`), not a number word or clitic (`Dell`
  /// → `del`), not a British spelling.
  static func isSafe(_ key: [Unicode.Scalar]) -> Bool {
    guard key.count >= 2 else { return false }
    let w = String(String.UnicodeScalarView(key))
    if NumberWords.english.contains(w) || NumberWords.spanish.contains(w) || w == "al" || w == "del"
      || ContractionStep.elisions[w] != nil || ContractionStep.negatives[w] != nil
    {
      return false
    }
    return SpellingTable.shared.entry(british: key[...]) == nil
  }

  func apply(to s: [Unicode.Scalar], context: VariantContext) -> StepResult? {
    var rw = ScalarRewriter(s)
    VariantWords.forEach(in: s) { range in
      guard range.count >= 2, context.isCapitalized(range) else { return }
      let original = context.originalScalars(for: range)
      // ZELENSKY or NATO: an acronym or a shouted word, not a name written as a name.
      if original.count > 1, original.allSatisfy({ !$0.properties.isLowercase }) { return }
      let word = s[range]
      if Self.stopWords.contains(String(String.UnicodeScalarView(word))) { return }
      let key = NameKey.skeleton(word)
      if key.elementsEqual(word) || !Self.isSafe(key) { return }
      rw.replace(range, with: key, rule: .name)
    }
    return rw.finish()
  }
}
