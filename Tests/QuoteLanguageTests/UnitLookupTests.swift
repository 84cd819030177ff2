import Foundation
import Testing

@testable import QuoteLanguage

/// Per-unit Apertium programs run over a batch's distinct units give what they give on the
/// whole stream.
@Suite struct UnitLookupTests {
  static let installed = CrossLingualFixtures.apertiumInstalled

  static func units(_ s: String) -> [String] {
    let b = Array(s.utf8)
    return UnitLookup.units(in: b).map { String(decoding: b[$0], as: UTF8.self) }
  }

  @Test func unitsAreTopLevelAndSkipEscapesAndSuperblanks() {
    #expect(Self.units("^de<pr>$ ^casa<n>$") == ["^de<pr>$", "^casa<n>$"])
    // An escaped `$` or `^` is part of the unit or the blank.
    #expect(Self.units(#"^a\$b<n>$ x\^y ^c$"#) == [#"^a\$b<n>$"#, "^c$"])
    // A chunk, its own units inside, is one unit.
    #expect(
      Self.units("^nom<SN>{^casa<n><3>$ ^blanco<adj>$}$ ^pr<PREP>{^de<pr>$}$")
        == ["^nom<SN>{^casa<n><3>$ ^blanco<adj>$}$", "^pr<PREP>{^de<pr>$}$"])
    #expect(Self.units("[^not a unit$] ^a$") == ["^a$"])
    #expect(Self.units("no units at all").isEmpty)
    #expect(Self.units("^open but never closed").isEmpty)
  }

  @Test func onlyProgramsThatReadEachUnitAloneAreLookedUp() {
    func stage(_ program: String, _ arguments: String...) -> ProcessPipeline.Stage {
      .init(executable: "/usr/bin/" + program, arguments: arguments)
    }
    #expect(UnitLookup.handles(stage("lt-proc", "-z", "-b", "x.autobil.bin")))
    #expect(UnitLookup.handles(stage("lt-proc", "-z", "-n", "x.autogen.bin")))
    #expect(UnitLookup.handles(stage("lt-proc", "-z", "-g", "x.autogen.bin")))
    #expect(UnitLookup.handles(stage("apertium-postchunk", "-z", "x.t3x", "x.t3x.bin")))
    // Analysis and post-generation look across words; so do tagging and transfer.
    #expect(!UnitLookup.handles(stage("lt-proc", "-z", "x.automorf.bin")))
    #expect(!UnitLookup.handles(stage("lt-proc", "-z", "-p", "x.autopgen.bin")))
    #expect(!UnitLookup.handles(stage("lt-proc", "-z", "-b", "-p", "x.bin")))
    #expect(!UnitLookup.handles(stage("apertium-transfer", "-z", "-b", "x.t1x", "x.t1x.bin")))
    #expect(!UnitLookup.handles(stage("apertium-tagger", "-z", "-g", "x.prob")))
  }

  @Test func textWithoutUnitsPassesThroughUntouched() throws {
    // No unit, so the program never runs (this one would fail if it did).
    let lookup = UnitLookup(stage: .init(executable: "/nonexistent/lt-proc", arguments: ["-b"]))
    #expect(try lookup.run(["plain", "", "  "]) == ["plain", "", "  "])
  }

  @Test func unitsGoInGroupsAndComeBackInOrder() throws {
    guard let cat = ApertiumInstallation.findExecutable("cat") else { return }
    let units = (0..<(UnitLookup.groupSize * 2 + 3)).map { "^w\($0)<n>$" }
    #expect(try UnitLookup(stage: .init(executable: cat, arguments: [])).lookUp(units) == units)
  }

  @Test func aGroupThatDoesNotSplitBackIsLookedUpUnitByUnit() throws {
    // `tr` rewrites the separator too: the groups no longer split, and each unit goes alone.
    guard let tr = ApertiumInstallation.findExecutable("tr") else { return }
    let lookup = UnitLookup(stage: .init(executable: tr, arguments: ["@", "x"]))
    #expect(try lookup.lookUp(["^a@b$", "^c$", "^@$"]) == ["^axb$", "^c$", "^x$"])
    #expect(try lookup.run(["^a@b$ ^c$", "^c$."]) == ["^axb$ ^c$", "^c$."])
  }

  @Test(.enabled(if: installed)) func lookupsGiveWhatTheWholePipelineGives() throws {
    let texts = [
      "Dijeron que no.", "El marcador era 1-0", "No estamos de acuerdo.", "",
      "El presidente dijo que el presidente no vendrá.", "Los aranceles del 25% no ayudan.",
      "¿Qué pasará con los precios de las casas en México?",
    ]
    for (source, target) in [("es", "en"), ("en", "es")] {
      let inputs = source == "es" ? texts : ["They said no.", "The score was 1-0", "", "The"
        + " president's words: \"That won't happen.\"", "Prices rose by 25% in 2024."]
      let a = ApertiumInstallation()
      let mode = try #require(a.mode(from: source, to: target))
      let split = try #require(
        ApertiumTranslator.splitMode(try String(contentsOfFile: mode.path, encoding: .utf8)))
      // The stages must include some that are looked up, or this tests nothing.
      #expect((split.analysis + split.generation).filter(UnitLookup.handles).count >= 2)
      let records = inputs.map(LexiconTranslator.record)
      var whole = [String](repeating: "", count: records.count)
      try ProcessPipeline(stages: split.analysis + split.generation).run(
        records, separator: 0
      ) { i, s in whole[i] = s }
      var bilingual = [String](repeating: "", count: records.count)
      try UnitLookup.run(split.analysis, over: records) { i, s in bilingual[i] = s }
      var looked = [String](repeating: "", count: records.count)
      try UnitLookup.run(split.generation, over: bilingual) { i, s in looked[i] = s }
      #expect(looked == whole, "\(source)→\(target)")
      #expect(bilingual.contains { $0.contains("/") })  // the dictionary's translations
    }
  }
}
