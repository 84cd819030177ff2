import Foundation
import QuoteNormalization
import Testing

/// Inputs the fuzzers (`make fuzz`, Fuzz/) found breaking an invariant, each fixed: the
/// minimized cases by name, and every input saved under `Fuzz/regressions/<target>/` replayed
/// through the normalizers of its target with the fuzzers' checks (idempotence, offset map).
@Suite("fuzz regressions")
struct FuzzRegressionTests {
  /// A minimized input, the normalizer it broke and the output it must give.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var normalizer: Normalizer
    var input: String
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // Case folding made an entity out of one the first phase had left alone (`&quOt;` is no
    // entity, `&quot;` is): the second pass decoded it. Fixed: a line whose match key holds
    // something the first phase acts on goes through both phases again
    // (NormalizationStream.settle).
    Case(
      name: "casefold makes an entity", normalizer: Normalizer(profile: .match),
      input: "&quOt;", expected: "\""),
    Case(
      name: "casefold makes an entity (fused path, in a sentence)",
      normalizer: Normalizer(profile: .match),
      input: "soil: &quOt;That happen&quo\u{14}t;", expected: "soil: \"that happen\""),
    // Repairing the C1 control U+0083 gives `ƒ`; after `ù` was folded to `u`, the mojibake
    // judge read `ƒ£` as MacRoman for `ģ` on the second pass only. Same fix.
    Case(
      name: "folding changes the mojibake judge's context",
      normalizer: Normalizer(profile: .match, transliterate: true),
      input: "€ù\u{83}£", expected: "€ug"),
    // An elision right after an elision (`C'C'est`) was left for the second pass: the word
    // after the first apostrophe did not count as a word start. Fixed in ContractionStep.
    Case(
      name: "elision after elision", normalizer: Normalizer(profile: .match),
      input: "C'C'est l'l'État", expected: "ce ce est le le etat"),
    // A scale word after a scale word (`19 billion  billion`, the two spaces collapsed by the
    // match phase): the first pass wrote `19000000000 billion`, the second read that as a
    // number again. Fixed in NumberStep.scale: scale words in a row multiply.
    Case(
      name: "scale word after scale word", normalizer: Normalizer(profile: .match),
      input: "$19 billion  billion", expected: "$19000000000000000000"),
    // A name key that is a word the earlier variant steps change (`Ëøne` → `eon`, British
    // `aeon`) changed on the second pass, where the key is the text as written. Fixed in
    // VariantPhase.run: the steps before the names step run again on its keys.
    Case(
      name: "name key is a word spelling changes",
      normalizer: Normalizer(
        options: Normalizer.Options.match.union(.names), language: "en",
        variants: Normalizer.Variants(spelling: .british)),
      input: "Ëøne", expected: "aeon"),
    // An ordinal suffix after a number written in groups (`0 252ẹ̉`, folded to `0 252e`) was
    // left as it was, and converted on the second pass, where the digits are one run. Fixed in
    // NumberStep: a whole number takes its ordinal suffix however it was grouped.
    Case(
      name: "ordinal after a grouped number",
      normalizer: Normalizer(profile: .match, transliterate: true),
      input: "0 252ẹ̉ 25 000e", expected: "0252nd 25000th"),
    // A number word written in digits next to a three-digit group (`zero 180` → `0 180`) was
    // joined with it on the second pass, a plain space grouping thousands. Fixed in
    // NumberStep: such a word stays a word, as digits after digits through `,` `.` `'` did.
    Case(
      name: "number word next to a thousands group", normalizer: Normalizer(profile: .match),
      input: "zero\u{2000}180, 5 two hundred, twenty 18",
      expected: "zero 180, 5 two hundred, 20 18"),
    // A number word after a rewritten neighbour (`5 percent,twenty`): the check that digits do
    // not touch letters through a comma read the text before this pass (`t` of `percent`), the
    // next pass reads `%`. Fixed in NumberStep: the neighbour is read as this pass writes it.
    Case(
      name: "number word after a rewritten percent", normalizer: Normalizer(profile: .match),
      input: "5 percent,twenty", expected: "5%,20"),
    // A lower-case-only spelling (`grey`: `Grey` is a name) was spared in a match key where the
    // text capitalized it; the key shows no case, so the second pass folded it. Fixed in
    // SpellingStep: in a case-folded key such words fold whatever their case (`ÄxË` is `axe`).
    Case(
      name: "capitalized lower-case-only spelling", normalizer: Normalizer(profile: .match),
      input: "\u{C4}x\u{CB} Grey, Tyre said", expected: "ax gray, tire said"),
    // Writing out a number (`9 billion` → `9000000000`) changed the line's script profile, and
    // with it the mojibake judge's reading of `\u{80}π` on a second pass only (MacRoman for
    // `۹`). Fixed in NormalizationStream.settle: after the variant rules change a line that
    // still holds mojibake candidates, both phases and the variant rules run again.
    Case(
      name: "variant rules change the mojibake judge's context",
      normalizer: Normalizer(profile: .match),
      input: "ke\u{FFFD}9 billion brsÂºèÁöÑ\u{80}π4erers",
      expected: "ke\u{FFFD}9000000000 brs\u{5F0F}\u{7684}\u{6F9}4erers"),
    // Once the whitespace rule had made the no-break space of `Å\u{A0}` a space, that space
    // read as the lost 0xA0 of `Š`, which completed `â€Š` (a hair space) — three passes were
    // not enough to settle, and the second normalization went one step further. Fixed in
    // NormalizationStream.run: up to `maximumPasses` passes until the line stops changing.
    // (Since the judge weighs a Latin Extended-A capital inside a word, `Š`, the run stays.)
    Case(
      name: "a repaired lost no-break space completes another sequence",
      normalizer: Normalizer(profile: .display),
      input: "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{C3}\u{A6}"
        + "\u{20AC}\u{161}\u{E2}\u{20AC}\u{B9}\u{C3}\u{A3}\u{E2}\u{201A}\u{AC}\u{EF}\u{BF}"
        + "\u{BD}\u{E2}\u{A0}\u{C3}\u{A5}\u{BF}\u{BD}\u{E2}\u{20AC}\u{C5}\u{A0}\u{C3}\u{A3}"
        + "\u{EF}\u{BF}\u{BD}",
      expected: "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{C3}\u{A6}"
        + "\u{20AC}\u{161}\u{E2}\u{20AC}\u{B9}\u{C3}\u{A3}\u{E2}\u{201A}\u{AC}\u{EF}\u{BF}"
        + "\u{BD}\u{E2} \u{5FFD}\u{E2}\u{20AC}\u{C5} \u{E3}\u{FFFD}"),
    // Each U+FFFD a marked sequence became was read, on the next pass, as a marker of the
    // sequence before it (`ã` + `�` + `�`, `а` + `�` + `�`): eight of them outlasted the
    // passes. Fixed: one unknown byte per sequence (no second marker, no guessed byte in a
    // marked one), and a fix that makes a U+FFFD takes in the incomplete sequences before it
    // (MojibakeRepairer.absorbingIncompletePrefixes). Both inputs stay garbled, now stably.
    Case(
      name: "a made U+FFFD is the marker of the sequence before it",
      normalizer: Normalizer(profile: .display),
      input: "\u{E3}\u{80}" + String(repeating: "\u{E3}\u{FFFD}", count: 7)
        + "\u{E6}\u{FFFD}\u{16}\u{FFFD}",
      expected: "\u{E3}\u{20AC}" + String(repeating: "\u{E3}\u{FFFD}", count: 7)
        + "\u{E6}\u{FFFD}\u{FFFD}"),
    Case(
      name: "decoded Cyrillic letters before made U+FFFDs",
      normalizer: Normalizer(profile: .display),
      input: "\u{FFFD}\u{CB}\u{BA}\u{E2}\u{20AC}\u{A0}\u{110}\u{13E}\u{110}\u{B1}\u{110}"
        + "\u{B0}\u{110}\u{C3}\u{A6}\u{C2}\u{FFFD}\u{100}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
        + "\u{FFFD}\u{FFFD}",
      // Since session 18 (symbols glued to signs cost more: Mac OS Roman mojibake) the later
      // passes also read `Ëºâ` as Mac OS Roman of 載 (E8 BC 89): garbled either way, stably.
      expected: "\u{FFFD}\u{8F09}\u{20AC} \u{43E}\u{431}\u{430}\u{110}\u{E6}"
        + "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
    Case(
      name: "a chain of incomplete sequences before a made U+FFFD",
      normalizer: Normalizer(profile: .repair),
      input: "x \u{E3}\u{20AC}\u{E3}\u{20AC}\u{E3}\u{20AC}\u{FFFD} y",
      expected: "x \u{FFFD} y"),
    // A chain the fix copied unchanged before the U+FFFD it made (`ã€ãªÏã¯ã„` + `�`), and a
    // two-byte lead alone in it (`Ï`): each later pass took in one more sequence. Found in
    // session 6 (fuzz-normalize-repair, 206,314 executions). Fixed: a made U+FFFD also takes
    // in the incomplete sequences its own fix copied before it, and a two-byte lead alone
    // (MojibakeRepairer.absorbInside, incompletePrefix).
    Case(
      name: "a copied chain and a lone lead before a made U+FFFD",
      normalizer: Normalizer(profile: .repair),
      input: "\u{FFFD}\u{143}\u{FFFD}\u{110}\u{15F}\u{FFFD}\u{E3}\u{80}\u{E3}\u{AA}\u{CF}"
        + "\u{E3}\u{AF}\u{E3}\u{84}\u{CF}\u{E3}\u{AF}\u{E3}\u{84}\u{CF}\u{2}\u{FFFD}",
      expected: "\u{FFFD}\u{FFFD}\u{43A}\u{FFFD}\u{FFFD}"),
    // Under Windows-1251, `Р ` with its space read as a lost 0xA0 is `Р` again, the space kept:
    // a reading identical to the run, which the judge took on a tie and `record` could not
    // trim (index out of range). Found in session 13 by all four targets that repair, within
    // 1,627–33,794 executions of the build that read lost spaces under other codepages.
    // Fixed: such a reading is not made, and `record` records nothing for it. Since session 14
    // a capital takes the space as its byte without keeping it (`Р\u{FFFD}`), which the judge
    // finds no better than `Ð ` as written.
    Case(
      name: "a lost-space reading that gives the run back",
      normalizer: Normalizer(profile: .repair),
      input: "\u{420}\u{80}\u{FFFD}\u{D0} \u{FFFD}",
      expected: "\u{408}\u{FFFD}\u{D0} \u{FFFD}"),
    // The number step wrote `1.5%` before `'n't`, where `n'` then starts a word: the
    // contraction step expanded it on the second pass only. Found in session 13
    // (fuzz-normalize-match-translit, 194,090 executions). Fixed in VariantPhase.run: the steps
    // before the last one that changed the line run again on it as written.
    Case(
      name: "a later variant step makes work for an earlier one",
      normalizer: Normalizer(profile: .match),
      input: "1,5 per cento'n't", expected: "1.5%'ne t"),
    // The date step read `Nov 4⃢` as a date and wrote `4 november`, which moved the enclosing
    // mark U+20E2 from the digit onto `r`, where the next pass folded it away. Found in session
    // 17 (fuzz-normalize-match-translit, 1,355,934 executions; the plain match profile does
    // the same). Fixed in VariantWords.isWordScalar: a combining mark of any kind belongs to
    // the word before it, so `4⃢` is no number.
    Case(
      name: "an enclosing mark on the day of a date",
      normalizer: Normalizer(profile: .match, transliterate: true),
      input: "Nov 4\u{20E2}", expected: "nov 4\u{20E2}"),
    Case(
      name: "an enclosing mark on the day of a date (match)",
      normalizer: Normalizer(profile: .match),
      input: "It was Nov 4\u{20E2} or Nov 5.", expected: "it was nov 4\u{20E2} or 5 november."),
  ]

  @Test(arguments: cases)
  func minimized(_ c: Case) {
    let once = c.normalizer.normalize(c.input)
    #expect(scalars(once.text) == scalars(c.expected))
    let twice = c.normalizer.normalize(once.text)
    #expect(scalars(twice.text) == scalars(once.text), "not idempotent")
    #expect(twice.edits.isEmpty)
    expectConsistentMap(once)
  }

  /// Leading zeros before a scale word were dropped one `removeFirst` at a time: quadratic
  /// (50,000 zeros took 2 s in release). Found while fixing the case above.
  @Test func manyLeadingZerosBeforeAScaleWord() {
    let r = Normalizer(profile: .match).normalize(String(repeating: "0", count: 100_000) + " billion")
    #expect(r.text == "0")
    expectConsistentMap(r)
  }

  /// The normalizers each fuzz target checks (as in Fuzz/Sources/fuzz-normalize-*).
  static func normalizers(forTarget target: String) -> [Normalizer] {
    switch target {
    case "fuzz-normalize-repair": [Normalizer(profile: .repair)]
    case "fuzz-normalize-display": [Normalizer(profile: .display)]
    case "fuzz-normalize-match":
      [
        Normalizer(profile: .match),
        Normalizer(options: Normalizer.Options.match.union(.names)),
        Normalizer(profile: .match, language: "tr"),
        Normalizer(
          options: Normalizer.Options.match.union(.names), language: "en",
          variants: Normalizer.Variants(spelling: .british)),
        Normalizer(options: Normalizer.Options.display.union(.spelling), language: "en"),
      ]
    case "fuzz-normalize-match-translit": [Normalizer(profile: .match, transliterate: true)]
    case "fuzz-normalize-forms": Normalizer.UnicodeForm.allCases.map { Normalizer(form: $0) }
    default: []
    }
  }

  @Test func savedInputsStayFixed() throws {
    let root = packageRoot.appendingPathComponent("Fuzz/regressions")
    let fm = FileManager.default
    var replayed = 0
    for target in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] {
      let normalizers = Self.normalizers(forTarget: target)
      let dir = root.appendingPathComponent(target)
      for file in try fm.contentsOfDirectory(atPath: dir.path).sorted() {
        let data = try Data(contentsOf: dir.appendingPathComponent(file))
        let text = String(decoding: data, as: UTF8.self)
        for n in normalizers {
          let once = n.normalize(text)
          let twice = n.normalize(once.text)
          #expect(scalars(twice.text) == scalars(once.text), "\(target)/\(file) not idempotent")
          expectConsistentMap(once)
        }
        replayed += normalizers.isEmpty ? 0 : 1
      }
    }
    #expect(replayed >= 4)
  }
}
