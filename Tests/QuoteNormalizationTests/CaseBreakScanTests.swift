import Testing

@testable import QuoteNormalization

/// The line scan is the repairer's prefilter: a line it does not flag never reaches the
/// repairer. Whatever evidence of a Windows-1251 or -1250 lead without its no-break space the
/// repairer reads on a line (``MojibakeRepairer/caseBreakCodepage(in:)``) the scan must flag,
/// for the neighbours both read (ASCII letters, spaces, hyphens, apostrophes). The scan reads
/// ASCII neighbours only: after a non-ASCII lower-case letter (`crééГ  il`) the lead is read
/// only on a line that other mojibake flags.
@Suite("line scan flags every case break the repairer reads")
struct CaseBreakScanTests {
  /// Lines of words around the capitals that are such leads (`Г`, `Ă`, and `Р`, a Cyrillic
  /// capital that is not one), with ASCII neighbours of every kind.
  static func lines(count: Int, seed: UInt64) -> [String] {
    let fragments = [
      "creer", "il", "VOUS", "c'est", "-", "'", " ", "  ", "Г", "Ă", "Р", "L", "a", "x", "Rome",
      "dire", "Ca", "\n",
    ]
    var rng = SeededGenerator(state: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 2...12, using: &rng)).map { _ in
        fragments.randomElement(using: &rng) ?? ""
      }.joined()
    }
  }

  @Test(arguments: 0..<4)
  func scanFlagsWhatTheRepairerReads(batch: Int) {
    var read = 0
    for line in Self.lines(count: 1_000, seed: UInt64(batch) &* 7_919 &+ 3) {
      let scalars = Array(line.unicodeScalars)
      guard MojibakeRepairer.caseBreakCodepage(in: scalars) != nil else { continue }
      read += 1
      #expect(
        LineFeatures.scan(scalars: scalars).contains(.mojibakeCandidate),
        "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    // The generator makes such lines: the property is not checked on nothing.
    #expect(read > 20)
  }

  @Test(
    "Both read the same neighbours",
    arguments: [
      ("creerГ  il", true), ("c'est-Ă -dire", true), ("traduction Ă  <x>", true),
      ("LГ m", true), ("Litera Ă este", false), ("ВГ  да", false),
    ])
  func examples(line: String, read: Bool) {
    let scalars = Array(line.unicodeScalars)
    #expect((MojibakeRepairer.caseBreakCodepage(in: scalars) != nil) == read)
    if read { #expect(LineFeatures.scan(scalars: scalars).contains(.mojibakeCandidate)) }
  }
}
