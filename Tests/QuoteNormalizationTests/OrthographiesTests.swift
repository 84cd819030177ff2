import Testing

@testable import QuoteNormalization

/// The orthographies read from CLDR's exemplar characters, which the mojibake judge asks whether
/// two accented letters can stand next to each other.
@Suite("Orthographies")
struct OrthographiesTests {
  static func together(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    Orthographies.mask(of: a.value) & Orthographies.mask(of: b.value) != 0
  }

  @Test("Letters of one orthography share it, in both cases")
  func sameOrthography() {
    #expect(Self.together("ř", "á"))  // Czech
    #expect(Self.together("Ř", "Á"))
    #expect(Self.together("ł", "ź"))  // Polish
    #expect(Self.together("ø", "å"))  // Danish, Norwegian
    #expect(Self.together("ễ", "ư"))  // Vietnamese
    #expect(Self.together("ş", "ă"))  // Romanian with the cedilla forms
    #expect(Self.together("ï", "é"))  // French
  }

  @Test("Letters no orthography writes together share none")
  func clashes() {
    #expect(!Self.together("Ă", "Ť"))
    #expect(!Self.together("Ă", "Ž"))
    #expect(!Self.together("Ă", "Ą"))
    #expect(!Self.together("Ţ", "Ą"))
  }

  @Test("Letters outside the Latin blocks, and non-letters, have no verdict")
  func outside() {
    #expect(Orthographies.mask(of: 0xD7) == 0)  // ×
    #expect(Orthographies.mask(of: 0x416) == 0)  // Ж
    #expect(Orthographies.mask(of: 0x61) == 0)  // ASCII `a`: not an accented letter
    #expect(Orthographies.mask(of: 0xE9) != 0)  // é
  }
}

extension OrthographiesTests {
  @Test("A line's languages are those that write the most of its accented letters")
  func lineLanguages() {
    let bit = { (code: String) -> UInt64 in
      Orthographies.languages.firstIndex(of: code).map { 1 << UInt64($0) } ?? 0
    }
    let spanish = Orthographies.lineLanguages(Array("línea, página, también, año".unicodeScalars))
    #expect(spanish & bit("es") != 0)
    #expect(spanish & bit("sv") == 0)
    #expect(Orthographies.foreignLetterCost(Array("pågina".unicodeScalars), languages: spanish) == 1)
    #expect(Orthographies.foreignLetterCost(Array("página".unicodeScalars), languages: spanish) == 0)
    // No accented letter, no verdict: nothing is foreign.
    #expect(Orthographies.lineLanguages(Array("plain ASCII".unicodeScalars)) == 0)
    #expect(Orthographies.foreignLetterCost(Array("å".unicodeScalars), languages: 0) == 0)
  }
}
