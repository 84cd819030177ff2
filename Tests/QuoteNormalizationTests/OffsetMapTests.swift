import QuoteNormalization
import Testing

@Suite("offset map")
struct OffsetMapTests {
  // "caf&eacute; x" → "café x": one edit 3..<11 → 3..<4.
  let map = OffsetMap(edits: [Edit(input: 3..<11, output: 3..<4, rule: .htmlEntity)])

  @Test func mapsBackAndForth() {
    #expect(map.inputRange(forOutput: 0..<3) == 0..<3)
    #expect(map.inputRange(forOutput: 3..<4) == 3..<11)
    #expect(map.inputRange(forOutput: 2..<5) == 2..<12)
    #expect(map.inputRange(forOutput: 4..<6) == 11..<13)
    #expect(map.outputRange(forInput: 5..<6) == 3..<4)
    #expect(map.outputRange(forInput: 11..<13) == 4..<6)
    #expect(map.inputRange(forOutput: 4..<4) == 11..<11)
  }

  @Test func deletionsAreExcludedFromTheSmallestRange() {
    // "a\u{200B}b" → "ab"
    let m = OffsetMap(edits: [Edit(input: 1..<2, output: 1..<1, rule: .invisible)])
    #expect(m.inputRange(forOutput: 0..<1) == 0..<1)
    #expect(m.inputRange(forOutput: 1..<2) == 2..<3)
    #expect(m.inputRange(forOutput: 0..<2) == 0..<3)
    #expect(m.outputRange(forInput: 1..<2) == 1..<1)
  }

  @Test func composedRulesAreNamed() {
    // "Ã©" → mojibake → "é"; then NFC would not touch it, but casefold of "É" would.
    let r = Normalizer(profile: .match).normalize("CAF&Eacute;")
    #expect(r.text == "cafe")
    #expect(r.edits.last?.rule.components == [.htmlEntity, .nfkcCasefold, .diacritic])
    #expect(r.edits.last?.input == 3..<11)
  }
}
