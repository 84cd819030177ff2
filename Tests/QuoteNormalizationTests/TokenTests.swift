import QuoteNormalization
import Testing

@Suite("tokens of normalized text")
struct TokenTests {
  @Test func wordsNumbersAndOriginalRanges() {
    let original = "&ldquo;It&rsquo;s 25,000!&rdquo; L&oacute;pez said\nсказал 東京"
    // Variant folding (contractions, numbers) left out to see the tokens of the folded text.
    let r = Normalizer(options: Normalizer.Options.match.subtracting(.variants)).normalize(original)
    let tokens = r.tokens()
    #expect(tokens.map(\.text) == ["it's", "25,000", "lopez", "said", "сказал", "東京"])
    #expect(tokens.map(\.kind) == [.word, .number, .word, .word, .word, .ideograph])
    let o = Array(original.unicodeScalars)
    func slice(_ t: Token) -> String {
      var s = ""
      s.unicodeScalars.append(contentsOf: o[t.originalRange])
      return s
    }
    #expect(slice(tokens[0]) == "It&rsquo;s")
    #expect(slice(tokens[2]) == "L&oacute;pez")
    #expect(slice(tokens[5]) == "東京")
  }

  @Test func variantsAreTokenized() {
    let r = Normalizer(profile: .match).normalize("It’s 25,000 organisations")
    #expect(r.tokens().map(\.text) == ["it", "is", "25000", "organizations"])
  }

  @Test func emptyText() {
    #expect(Normalizer(profile: .match).normalize("").tokens().isEmpty)
    #expect(Normalizer(profile: .match).normalize("… — !").tokens().isEmpty)
  }
}
