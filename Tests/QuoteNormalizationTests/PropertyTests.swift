import Foundation
import QuoteNormalization
import Testing

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Texts built from fragments that exercise every rule, and their combinations.
func generatedTexts(count: Int, seed: UInt64) -> [String] {
  let fragments = [
    "word", " ", "  ", "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\t", "&amp;", "&eacute;",
    "&#243;", "&#x1F600;", "&", ";", "#", "Ã©", "â€™", "Ã¢â‚¬â„¢", "Ã", "©", "\u{A0}", "\u{202F}",
    "\u{3000}", "\u{200B}", "\u{200D}", "\u{AD}", "\u{FEFF}", "\u{200E}", "e\u{301}", "\u{301}",
    "\u{308}\u{301}", "“", "”", "«", "»", "„", "‘", "’", "´", "`", "—", "–", "--", "…", "ﬁ", "Ǆ",
    "İ", "ß", "ẞ", "Ω", "Å", "Москва", "Αθήνα", "東京", "「", "」", "😀", "👨\u{200D}👩", "ل", "\u{92}",
    "\u{7}", "López", "ÉTÉ", "ǅ", "ﾊﾟ", "가", "\u{1100}\u{1161}", "ю", "й", "\u{0345}", "\u{0F73}",
    // Dates, times and numbers.
    "Nov", "November", "May", "4", "12", "31", "4th", "of", ",", ".", ":30", "2025", "p.m.", "pm",
    "PM", "a. m.", "25,000", "twenty",
  ]
  var rng = SeededGenerator(state: seed)
  return (0..<count).map { _ in
    (0..<Int.random(in: 1...24, using: &rng)).map { _ in fragments.randomElement(using: &rng) ?? "" }
      .joined()
  }
}

@Suite("properties: idempotence and offset maps")
struct PropertyTests {
  static let normalizers: [(String, Normalizer)] =
    Normalizer.Profile.allCases.map { ($0.rawValue, Normalizer(profile: $0)) } + [
      ("match+translit", Normalizer(profile: .match, transliterate: true))
    ] + Normalizer.UnicodeForm.allCases.map { ($0.rawValue, Normalizer(form: $0)) }

  @Test func seedsAreIdempotentAndMapped() throws {
    for (name, text) in try seedTexts() {
      for (label, n) in Self.normalizers {
        let once = n.normalize(text)
        let twice = n.normalize(once.text)
        #expect(scalars(twice.text) == scalars(once.text), "\(label) not idempotent on \(name)")
        expectConsistentMap(once)
      }
    }
  }

  @Test(arguments: 0..<8)
  func generatedTextIsIdempotentAndMapped(batch: Int) {
    for text in generatedTexts(count: 150, seed: UInt64(batch) &* 7919 &+ 1) {
      for (label, n) in Self.normalizers {
        let once = n.normalize(text)
        let twice = n.normalize(once.text)
        #expect(scalars(twice.text) == scalars(once.text), "\(label) not idempotent on scalars \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        expectConsistentMap(once)
      }
    }
  }

  @Test func streamingEqualsWholeText() throws {
    for (_, text) in try seedTexts() {
      let n = Normalizer(profile: .match)
      let whole = n.normalize(text)
      var stream = NormalizationStream(normalizer: n)
      var out = ""
      var edits: [Edit] = []
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map({
        $0.offset == 0 ? String($0.element) : "\n" + $0.element
      }) {
        let piece = stream.feed(line)
        out += piece.text
        edits += piece.edits
      }
      #expect(scalars(out) == scalars(whole.text))
      expectConsistentMap(NormalizedText(original: text, text: out, map: OffsetMap(edits: edits)))
    }
  }

  @Test func originalRangeOfAMatchHighlightsTheSource() throws {
    let original = "He said &ldquo;Ã©tÃ© in M&eacute;xico&rdquo; today."
    let r = Normalizer(profile: .match).normalize(original)
    #expect(r.text == "he said \"ete in mexico\" today.")
    let mexico = try #require(r.text.range(of: "mexico") as Range<String.Index>?)
    #expect(String(original[r.originalRange(for: mexico)]) == "M&eacute;xico")
    let ete = try #require(r.text.range(of: "ete") as Range<String.Index>?)
    #expect(String(original[r.originalRange(for: ete)]) == "Ã©tÃ©")
  }
}
