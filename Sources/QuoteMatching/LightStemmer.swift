/// A light stemmer for Romance languages (Spanish, Portuguese, Catalan, Italian, French), where
/// two renderings of one sentence differ most often by number and gender (`propuesta` /
/// `propuestas`, `miembro` / `miembros`, `nuevo` / `nueva`): a final `-s` (or `-es` after a
/// consonant) and then a final vowel are removed from words of five letters or more; the
/// plural persons of the simple future are their infinitive (`ganaremos`, `ganarán` → `ganar`,
/// as `ganará` → `ganar` by its vowel). It runs on
/// match keys, where accents are already folded. Both sides of a comparison are stemmed alike,
/// and a stem match earns the credit of another form of the word (0.9), not of the word itself.
///
/// ```swift
/// LightStemmer.stem("propuestas") == LightStemmer.stem("propuesta")  // true
/// ```
///
/// - Complexity: O(*k*) in the word's length.
enum LightStemmer {
  static let languages: Set<String> = ["es", "pt", "ca", "it", "fr", "gl"]

  static func stem(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var n = word.count
    func isVowel(_ b: UInt8) -> Bool { "aeiou".utf8.contains(b) }
    // The simple future's plural persons are the infinitive and an ending (`permitir-emos`,
    // `ganar-an`, `vencer-ao`, `gagner-ons`): the infinitive is the stem, as it is of the
    // singular ones once the vowel goes (`permitira`).
    func ends(_ suffix: String) -> Bool { n >= suffix.utf8.count && word[(n - suffix.utf8.count)...].elementsEqual(suffix.utf8) }
    for suffix in ["emos", "eis", "an", "ao", "ons", "ont", "ez"] where n >= 7 && ends(suffix) {
      let r = n - suffix.utf8.count
      if word[r - 1] == UInt8(ascii: "r") && isVowel(word[r - 2]) {
        return WordHash.of(UnsafeBufferPointer(rebasing: word[..<r]))
      }
      break
    }
    if n >= 6, word[n - 1] == UInt8(ascii: "s"), word[n - 2] == UInt8(ascii: "e"), !isVowel(word[n - 3]) {
      n -= 2
    } else if n >= 5, word[n - 1] == UInt8(ascii: "s") {
      n -= 1
    }
    if n >= 5, isVowel(word[n - 1]) { n -= 1 }
    return WordHash.of(UnsafeBufferPointer(rebasing: word[..<n]))
  }

  static func stem(_ word: String) -> UInt64 {
    var w = word
    return w.withUTF8 { stem($0) }
  }
}
