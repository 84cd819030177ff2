import Foundation
import QuoteNormalization
import Testing

/// `display` loses no letter, digit or quotation mark except by a documented rule.
///
/// Text between edits is copied (``expectConsistentMap`` checks that), so only edits can lose
/// anything. The rules that repair damage replace what they read by design: an entity's name
/// (`&eacute;` → `é`), mojibake (`Ã©` → `é`). Every other rule of the profile — NFC, whitespace,
/// line breaks, invisible characters, stray spaces, controls, C1 controls (which add the
/// character they stand for) — keeps every letter, digit and quotation mark of the input
/// span, compared canonically decomposed (NFC composes `e` + U+0301 into `é`, the same letter).
@Suite("display preserves letters, digits and quotation marks")
struct DisplayPreservationTests {
  static let display = Normalizer(profile: .display)

  /// The rules allowed to replace the letters of what they rewrite.
  static let replacing: [NormalizationRule] = [.htmlEntity, .mojibake]

  /// Letters, decimal digits and quotation marks of `s`, canonically decomposed, counted.
  static func kept(_ s: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar: Int] {
    var text = ""
    text.unicodeScalars.append(contentsOf: s)
    var counts: [Unicode.Scalar: Int] = [:]
    for c in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      let p = c.properties
      switch p.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .decimalNumber:
        counts[c, default: 0] += 1
      default:
        if p.isQuotationMark { counts[c, default: 0] += 1 }
      }
    }
    return counts
  }

  /// Checks every edit of `display` on `text`; returns the first loss found, if any.
  static func loss(in text: String) -> String? {
    let r = display.normalize(text)
    let input = Array(r.original.unicodeScalars)
    let output = Array(r.text.unicodeScalars)
    for e in r.edits {
      if Self.replacing.contains(where: { e.rule.components.contains($0) }) { continue }
      let before = kept(input[e.input])
      let after = kept(output[e.output])
      for (c, n) in before where after[c, default: 0] < n {
        return "\(e.rule) lost U+\(String(c.value, radix: 16, uppercase: true)) in \(input[e.input].map { String($0.value, radix: 16) })"
      }
    }
    return nil
  }

  @Test func seedsAndFixturesLoseNothing() throws {
    var texts = try seedTexts().map(\.1)
    let fixtures = packageRoot.appendingPathComponent("Fixtures")
    for lang in (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [] {
      let file = fixtures.appendingPathComponent(lang).appendingPathComponent("news.txt")
      if let t = try? String(contentsOf: file, encoding: .utf8) { texts.append(t) }
    }
    #expect(texts.count >= 5)
    for t in texts {
      let problem = Self.loss(in: t)
      #expect(problem == nil, "\(problem ?? "")")
      // Decomposed, with no-break and zero-width spaces and CRLF: the same letters come back.
      let damaged = t.decomposedStringWithCanonicalMapping.replacingOccurrences(of: " ", with: "\u{A0}\u{200B}")
        .replacingOccurrences(of: "\n", with: "\r\n")
      let problemDamaged = Self.loss(in: damaged)
      #expect(problemDamaged == nil, "\(problemDamaged ?? "")")
    }
  }

  @Test(arguments: 0..<6)
  func generatedTextLosesNothing(batch: Int) {
    for text in generatedTexts(count: 200, seed: UInt64(batch) &* 104_729 &+ 17) {
      let problem = Self.loss(in: text)
      #expect(problem == nil, "\(problem ?? "") in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  /// Letters of many scripts with combining marks, spaces of every kind, invisibles, controls
  /// and quotation marks, in random order.
  @Test(arguments: 0..<4)
  func randomScalarsLoseNothing(batch: Int) {
    let pools: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0x80...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x590...0x6FF,
      0x900...0x97F, 0x1100...0x11FF, 0x2000...0x206F, 0x3000...0x303F, 0x3040...0x30FF,
      0x4E00...0x4E80, 0xAC00...0xAC80, 0xFE00...0xFE0F, 0xFF00...0xFF60, 0x1F300...0x1F64F,
    ]
    var rng = SeededGenerator(state: UInt64(batch) &+ 0xD15_F1A7)
    for _ in 0..<300 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 1...40, using: &rng) {
        let pool = pools.randomElement(using: &rng) ?? 0x20...0x7E
        if let c = Unicode.Scalar(UInt32.random(in: pool, using: &rng)) { s.append(c) }
      }
      let text = String(s)
      let problem = Self.loss(in: text)
      #expect(problem == nil, "\(problem ?? "") in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}
