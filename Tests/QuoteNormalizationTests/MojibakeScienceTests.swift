import Testing

@testable import QuoteNormalization

/// Scientific text: Greek letters inside the Latin names of genes, proteins and particles, and
/// superscript digits after letters. Each `found` is `expected` encoded as UTF-8 and read as
/// Windows-1252 (`γ` is CE B3, `Î³`).
@Suite("MojibakeRepairer: Greek letters in scientific names, superscripts after letters")
struct MojibakeScienceTests {
  static let repairs: [RepairCase] = [
    // A Greek letter inside, after or before capitals reads as nomenclature, not script mixing.
    .init(
      "Humanized HLA-DR4.RagKO.IL2RÎ³cKO.NOD (DRAG) mice sustain the complex life cycle",
      "Humanized HLA-DR4.RagKO.IL2RγcKO.NOD (DRAG) mice sustain the complex life cycle"),
    .init(
      "levels of TNFÎ± and IFNÎ³ rose; NF-ÎºB was active",
      "levels of TNFα and IFNγ rose; NF-κB was active"),
    .init("PPARÎ³ agonists and the Î²-catenin pathway", "PPARγ agonists and the β-catenin pathway"),
    // A superscript digit after an accented capital is the second byte of a sequence.
    .init("Ã\u{81}rea de 5 kmÂ² en CÃ³rdoba", "Área de 5 km² en Córdoba"),
  ]

  @Test("Mojibake of Greek letters in scientific names is repaired", arguments: repairs)
  func repairsNomenclature(_ c: RepairCase) {
    c.check()
  }

  /// Greek letters and superscripts where real text has them, next to capitals and accented
  /// letters: footnote marks, units, exponents, Romanian and French capitals with `Î`.
  static let correct: [String] = [
    "IL2Rγc, TNFα, IFN-γ, NF-κB, PPARγ, β-catenin, the Ca²⁺ current, 5 μm, a Δ of 3%",
    "the café¹ and résumé², an area of 3 m³ or 4 km², x²y and a³",
    "ÎNCEPUT, Île-de-France, ÎN ÎNTUNERIC, ÉTÉ",
    "Η ΑΘΗΝΑ, αβγ ABC, Σ and σ: the Greek alphabet in a Latin sentence",
  ]

  @Test("Scientific and accented text is left byte-identical", arguments: correct)
  func keepsCorrectText(_ text: String) {
    #expect(repair(text).unicodeScalars.elementsEqual(text.unicodeScalars))
  }

  @Test("A lower-case Greek letter next to an ASCII capital is nomenclature")
  func nomenclature() {
    let cases: [(String, Int, Bool)] = [
      ("IL2Rγc", 4, true), ("TNFα", 3, true), ("κB", 0, true), ("aγc", 1, false),
      ("ΑΓ", 1, false), ("Rγ", 0, false),
    ]
    for (text, index, expected) in cases {
      let window = Array(text.unicodeScalars)
      #expect(MojibakeRepairer.isNomenclatureGreek(window, index) == expected, "\(text) @ \(index)")
    }
  }
}
