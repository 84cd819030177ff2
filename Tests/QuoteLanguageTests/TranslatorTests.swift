import Foundation
import Testing

@testable import QuoteLanguage

@Suite struct TranslatorTests {
  static let installed = CrossLingualFixtures.apertiumInstalled

  @Test(.enabled(if: installed)) func apertiumTranslatesABatchInOrder() throws {
    let t = ApertiumTranslator()
    let texts = [
      "México es un país libre.", "", "No estamos de acuerdo.", "Línea uno\nlínea dos",
      "[^$/\\@<>]",
    ]
    var seen: [Int] = []
    var out = [String](repeating: "?", count: texts.count)
    try t.translate(texts, from: "es", to: "en") { i, s in
      seen.append(i)
      out[i] = s
    }
    #expect(seen == Array(0..<texts.count))
    #expect(out[0].contains("Mexico"))
    #expect(out[1].isEmpty)
    #expect(out[2].lowercased().contains("agree"))
    #expect(!out[3].isEmpty)
  }

  @Test(.enabled(if: installed)) func apertiumBothDirectionsAndUnknownWords() throws {
    let t = ApertiumTranslator()
    let es = try t.translate(["That won't happen."], from: "en", to: "es")
    #expect(es[0].lowercased().contains("no"))
    // Words the dictionaries lack pass through, without Apertium's `*` mark (-u).
    let en = try t.translate(["No va a suceder, dijo Sheinbaum."], from: "es-MX", to: "en")
    #expect(en[0].contains("Sheinbaum"))
    #expect(!en[0].contains("*"))
  }

  @Test func spacedPluralAbbreviationsAreJoinedForApertium() {
    let join = LexiconTranslator.joiningPluralAbbreviations
    #expect(join("EE. UU. debería duplicar la financiación") == "EE.UU. debería duplicar la financiación")
    #expect(join("las FF. AA. y los RR. HH. (CC. OO.)") == "las FF.AA. y los RR.HH. (CC.OO.)")
    // Not doubled, not capitals, or part of a longer word: unchanged.
    for text in ["J. K. Rowling", "Ee. uu. no", "AB. CD. no", "EE. UUU. no", "XEE. UU. no", "EE. UU.X"] {
      #expect(join(text).unicodeScalars.elementsEqual(text.unicodeScalars))
    }
  }

  /// The periphrastic future becomes the simple one before Apertium reads Spanish.
  @Test(arguments: [
    ("Eso no va a ocurrir.", "Eso no ocurrirá."),
    ("No vamos a tolerar a los cárteles", "No toleraremos a los cárteles"),
    ("Voy a decir la verdad", "Diré la verdad"),
    ("Van a tener que pagar", "Tendrán que pagar"),
    ("¿Vas a venir?", "¿Vendrás?"),
    // Pronouns on the infinitive go before the future.
    ("Va a hacerlo mañana.", "Lo hará mañana."),
    ("No vamos a permitirlo", "No lo permitiremos"),
    ("Voy a decírselo", "Se lo diré"),
    // Left alone: a place or a noun after `a`, the past, a line break.
    ("Trump va a México mañana.", "Trump va a México mañana."),
    ("Va a pelo", "Va a pelo"),
    ("Iba a llover.", "Iba a llover."),
    ("va a\nocurrir", "va a\nocurrir"),
  ])
  func spanishPeriphrasticFutureIsWrittenSimple(_ written: String, _ simple: String) {
    #expect(SpanishFuture.rewrite(written).unicodeScalars.elementsEqual(simple.unicodeScalars))
  }

  @Test(.enabled(if: installed)) func thePeriphrasticFutureIsTranslatedAsAFuture() throws {
    // Apertium: `This does not go to occur.` for the periphrasis as written.
    let en = try ApertiumTranslator().translate(["Eso no va a ocurrir."], from: "es", to: "en")
    #expect(en[0].contains("will not occur"), "\(en[0])")
  }

  @Test(.enabled(if: installed)) func theSpacedAbbreviationOfTheUnitedStatesIsTranslated() throws {
    // Apertium translates `EE.UU.` (`USA`) but passes `EE. UU.` through as two unknown pieces.
    let en = try ApertiumTranslator().translate(["EE. UU. no lo aceptará."], from: "es", to: "en")
    #expect(en[0].hasPrefix("USA"))
    #expect(!en[0].contains("EE"))
  }

  @Test(.enabled(if: installed)) func aBatchIsOneProcessPerStep() throws {
    // 2,000 texts through one process: fast, and every one comes back.
    let texts = (0..<2000).map { "El presidente dijo que \($0) personas llegaron." }
    let out = try ApertiumTranslator().translate(texts, from: "es", to: "en")
    #expect(out.count == 2000)
    #expect(out[1999].contains("1999"))
  }

  @Test func missingPairNamesThePackage() {
    let none = ApertiumInstallation(modesDirectory: "/nonexistent")
    #expect(none.modes.isEmpty)
    let t = ApertiumTranslator(installation: none)
    #expect(!t.canTranslate(from: "es", to: "en"))
    #expect {
      try t.translate(["Hola"], from: "es", to: "en")
    } throws: { error in
      guard let e = error as? QuoteLanguageError else { return false }
      return (e.code == .missingPair || e.code == .missingTool)
        && e.message.contains("apertium-eng-spa")
    }
  }

  @Test func aModeNamingAProgramNotInstalledIsNotUsable() throws {
    // Apertium's spa-cat mode runs cg-proc (package cg3): without it, the pair would fail on
    // its first batch, so it is not offered at all.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qn-modes-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "lt-proc -w 'x.bin' | no-such-program-qn -w 'y.bin' | lt-proc -g 'z.bin'\n"
      .write(to: dir.appendingPathComponent("spa-cat.mode"), atomically: true, encoding: .utf8)
    try "cat | cat\n".write(to: dir.appendingPathComponent("cat-spa.mode"), atomically: true, encoding: .utf8)
    let installation = ApertiumInstallation(modesDirectory: dir.path)
    #expect(installation.modes.map(\.name) == ["cat-spa"])
  }

  @Test func missingPairAdvice() {
    let direct = ApertiumInstallation.missingPairError(from: "es", to: "en")
    #expect(direct.code == .missingPair)
    #expect(direct.message.contains("apt-get install apertium apertium-eng-spa"))
    let pivot = ApertiumInstallation.missingPairError(from: "fr", to: "en")
    #expect(pivot.message.contains("apertium-fr-es") && pivot.message.contains("apertium-eng-spa"))
    let none = ApertiumInstallation.missingPairError(from: "ja", to: "es")
    #expect(none.message.contains("no such pair"))
  }

  @Test(.enabled(if: installed)) func routesPivotWhereNoDirectPairExists() {
    let a = ApertiumInstallation()
    #expect(a.route(from: "es", to: "en")?.map(\.name) == ["spa-eng"])
    #expect(a.route(from: "en", to: "es")?.map(\.name) == ["eng-spa"])
    if a.mode(from: "fr", to: "es") != nil {
      #expect(a.route(from: "fr", to: "en")?.map(\.name) == ["fr-es", "spa-eng"])
    }
    #expect(a.route(from: "ja", to: "en") == nil)
  }

  @Test(.enabled(if: installed)) func lexiconGivesEveryTranslation() throws {
    let lex = LexiconTranslator()
    let units = try lex.analyze(
      ["Dijeron que 25.000 personas llegaron a México.", "", "Hola"], from: "es", to: "en")
    #expect(units.count == 3)
    let decir = try #require(units[0].first { $0.lemma.lowercased() == "decir" })
    #expect(decir.translations.map { $0.lowercased() }.contains("say"))
    #expect(decir.translations.map { $0.lowercased() }.contains("tell"))
    #expect(units[0].contains { $0.lemma == "México" && $0.translations == ["Mexico"] })
    #expect(units[1].isEmpty)
    let gloss = try lex.translate(["Dijeron que no."], from: "es", to: "en")
    #expect(gloss[0].lowercased().hasPrefix("say"))
  }

  @Test func lexicalUnitsParse() {
    let u = LexicalUnit.parse(
      "^decir<vblex><ifi><p3><pl>/say<vblex><ifi>/tell<vblex><ifi>$ ^*Obrador/*Obrador$^.<sent>/.<sent>$"
    )
    #expect(u.count == 3)
    #expect(
      u[0].lemma == "decir" && u[0].partOfSpeech == "vblex" && u[0].translations == ["say", "tell"])
    #expect(u[1].lemma == "Obrador" && !u[1].isKnown && u[1].translations.isEmpty)
    #expect(u[2].isPunctuation)
    let multi = LexicalUnit.parse(
      "^estar# de acuerdo con<vblex><pri>/agree# with<vblex><pri>$ ^\\/<sent>/\\/<sent>$")
    #expect(multi[0].lemma == "estar de acuerdo con")
    #expect(multi[0].translations == ["agree with"])
    #expect(multi[1].lemma == "/")
  }

  @Test func escapingKeepsTheStreamFormat() {
    #expect(LexiconTranslator.escape("a/b [c] ^d$ @e") == "a\\/b \\[c\\] \\^d\\$ \\@e")
  }

  @Test func passthroughKeepsTexts() throws {
    #expect(
      try PassthroughTranslator().translate(["Hola", "Adiós"], from: "es", to: "en") == [
        "Hola", "Adiós",
      ])
  }
}
