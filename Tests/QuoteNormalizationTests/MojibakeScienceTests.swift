import Foundation
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
    // Signs after accented capitals that real text writes.
    "«CAFÉ», NOËL… au Nº 5, col·legi, ÉTÉ® et ÇA°C",
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

  /// Every lower-case Greek letter in the places gene and protein names put it, read as
  /// Windows-1252 by Foundation's converter (not by the tables under test); letters whose bytes
  /// Windows-1252 leaves undefined are skipped. At a word's end `Ï…` stays: an ellipsis after an
  /// accented capital is as often punctuation (`NOËL…`) as `υ`, so `υ` is checked inside words.
  @Test("Every Greek letter in a scientific name is repaired")
  func everyGreekLetter() throws {
    var checked = 0
    for value in UInt32(0x3B1)...0x3C9 where value != 0x3C2 {
      let letter = try #require(Unicode.Scalar(value))
      // Alone on its line a sequence needs a larger margin than amid others; these have three.
      var text = "levels of TNF\(letter) and IL2R\(letter)c rose, NF-\(letter)B was active"
      var garbled = String(bytes: Array(text.utf8), encoding: .windowsCP1252)
      if garbled?.contains("\u{2026} and") == true {
        text = "levels of IL2R\(letter)c rose, NF-\(letter)B was active"
        garbled = String(bytes: Array(text.utf8), encoding: .windowsCP1252)
      }
      guard let garbled else { continue }
      #expect(repair(garbled).unicodeScalars.elementsEqual(text.unicodeScalars), "\(garbled)")
      checked += 1
    }
    #expect(checked > 15)
  }
}
